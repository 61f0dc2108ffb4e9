// Compressed request bodies (`Content-Encoding`), decoded within MAX_REQUEST_BYTES: a 20 KB gzip
// body can inflate to 20 MB, so the limit is on the decoded bytes, and decoding stops there.
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { GraphQLError } from 'graphql';
import { quoteInput } from '../../untrusted.js';

type Decode = (body: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

/** What Node's zlib decodes (zstd needs Node 22); `deflate` is the zlib format, as HTTP says. */
const DECODERS: Record<string, Decode> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};
/** Tokens that mean "not encoded". */
const IDENTITY = new Set(['', 'identity', 'none']);

export const tooLarge = (limit: number) =>
  new GraphQLError(`The request body is larger than the ${limit} bytes this gateway accepts (MAX_REQUEST_BYTES); send a shorter query.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

/**
 * The encodings of a Content-Encoding header in the order they were applied (none: []), or a
 * coded 415 naming the header (at most 64 characters of it) when one cannot be decoded.
 */
export function contentEncodings(header: string | null): string[] {
  const encodings = (header ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => !IDENTITY.has(token));
  if (encodings.some((encoding) => !(encoding in DECODERS))) {
    throw new GraphQLError(`The request's Content-Encoding, ${quoteInput(header ?? '')}, is not one this gateway decodes; send the body as it is, or compressed with gzip, deflate or br.`, {
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
    });
  }
  return encodings;
}

/** The body's bytes, refused with a 413 as soon as they pass `limit` (the rest is not read). */
export async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (bytes > limit) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks, bytes);
}

/**
 * Undoes `encodings` (the last applied first), each step stopped by zlib once its output passes
 * `limit` (`maxOutputLength`: at most one 16 KiB chunk more is inflated), on libuv's thread pool.
 * Beyond the limit: a 413; a body that is not what its header says: a coded 400.
 */
export async function decodeBody(body: Uint8Array, encodings: readonly string[], limit: number): Promise<Uint8Array> {
  let decoded = body;
  for (const encoding of [...encodings].reverse()) {
    try {
      decoded = await DECODERS[encoding]!(decoded, { maxOutputLength: limit });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
      throw new GraphQLError(`The request body is not valid ${encoding}, as its Content-Encoding header says; send it compressed with ${encoding} whole, or uncompressed without that header.`, {
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      });
    }
  }
  return decoded;
}
