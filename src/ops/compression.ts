import { promisify } from 'node:util';
import { deflate, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/** Responses sent as they happen: a compressor would hold their events back until its buffer fills. */
const STREAMED = /^\s*(text\/event-stream|multipart\/mixed)/i;

/** Below this many bytes compressing saves less than it costs (the bound of Express's `compression`). */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESS = { gzip: promisify(gzip), deflate: promisify(deflate) };
export type ContentEncoding = keyof typeof COMPRESS;

/**
 * The encoding to answer in, from an Accept-Encoding header: gzip or deflate, whichever the client
 * weighs highest (q-values; `*` stands for gzip; q=0 refuses), gzip on a tie; undefined: none.
 */
export function chooseEncoding(acceptEncoding: string | null | undefined): ContentEncoding | undefined {
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [token = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const encoding = token === '*' ? 'gzip' : token;
    if (encoding !== 'gzip' && encoding !== 'deflate') continue;
    if (weight > bestWeight || (weight === bestWeight && weight > 0 && encoding === 'gzip')) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * gzip/deflate when the client accepts it (GraphiQL's 9 MB page goes out as 2.4 MB), except for
 * subscriptions and @defer/@stream answers (each of their events must reach the client at once)
 * and answers under MIN_COMPRESSED_BYTES. @whatwg-node/server's own plugin compressed every answer
 * (a 30-byte one too) through a web-stream CompressionStream, took only the header's first exact
 * token (`gzip;q=0` or ` deflate` were not understood), and set neither `Vary: Accept-Encoding`
 * (a shared cache could hand gzip to a client that never asked) nor the length. Here a whole
 * answer is compressed in one piece on libuv's thread pool. Its request half, which inflated
 * compressed request bodies without bound, is not used: useRequestBodyLimit
 * (src/graph/security/http.ts) decodes them within MAX_REQUEST_BYTES.
 */
export function useCompression(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.headers.has('content-encoding') || STREAMED.test(response.headers.get('content-type') ?? '')) return;
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      if (!encoding) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'Accept-Encoding');
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      let body: Buffer | undefined;
      if (!(length < MIN_COMPRESSED_BYTES)) {
        body = Buffer.from(await response.arrayBuffer());
        if (body.length >= MIN_COMPRESSED_BYTES) {
          body = await COMPRESS[encoding](body);
          headers.set('content-encoding', encoding);
        }
        headers.set('content-length', String(body.length));
      }
      // A Buffer is a Uint8Array, which a Response takes; TypeScript's DOM types want its ArrayBuffer narrower.
      setResponse(new fetchAPI.Response((body as Uint8Array<ArrayBuffer> | undefined) ?? response.body, { status: response.status, statusText: response.statusText, headers }));
    },
  } as Plugin;
}
