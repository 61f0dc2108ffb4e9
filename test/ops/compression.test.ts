// Answers go over the wire compressed when the client accepts it, byte for byte the same once
// decompressed; small answers and streamed ones go as they are.
import { request } from 'node:http';
import { gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, MIN_COMPRESSED_BYTES } from '../../src/ops/compression.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Raw {
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GraphQL POST's bytes as sent, without the decompression fetch would do. */
function postRaw(query: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...(acceptEncoding !== undefined && { 'accept-encoding': acceptEncoding }) };
    const req = request(h.url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject).end(JSON.stringify({ query }));
  });
}

const PAGE = '{ sessions(first: 100) { edges { node { id kind createdAt } } } }';

describe('response compression', () => {
  it('sends a large answer gzip-compressed when accepted, the same bytes once inflated, with its length and Vary', async () => {
    const plain = await postRaw(PAGE);
    const gzip = await postRaw(PAGE, 'gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
  });

  it('follows the client’s weights: deflate when preferred, nothing when every encoding it names is refused', async () => {
    const plain = await postRaw(PAGE);
    const deflated = await postRaw(PAGE, 'gzip;q=0.5, deflate');
    expect(deflated.headers['content-encoding']).toBe('deflate');
    expect(inflateSync(deflated.body).toString()).toBe(plain.body.toString());
    const refused = await postRaw(PAGE, 'gzip;q=0, deflate;q=0, br');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(plain.body.toString());
  });

  it('sends a small answer as it is', async () => {
    const small = await postRaw('{ __typename }', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'gzip'],
    ['deflate, gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['deflate', 'deflate'],
    ['gzip;q=0.2, deflate;q=0.8', 'deflate'],
    [' gzip ; q=0 , deflate', 'deflate'],
    ['*', 'gzip'],
    ['*;q=0', undefined],
    ['br, zstd', undefined],
    ['identity', undefined],
    ['gzip;q=nonsense', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
