// GraphiQL's page (9 MB of inline HTML and scripts) goes over the wire compressed.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The page's bytes as sent, without the decompression fetch would do. */
function getRaw(acceptEncoding?: string): Promise<{ encoding?: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const headers = { accept: 'text/html', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) };
    request(h.url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
    })
      .on('error', reject)
      .end();
  });
}

describe('GraphiQL', () => {
  it('is served gzip-compressed to a browser, far below its 9 MB', async () => {
    const plain = await getRaw();
    const gzip = await getRaw('gzip, deflate, br');
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes).toBeGreaterThan(5_000_000);
    expect(gzip.encoding).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 3);
  });
});
