// The sweep of expired answers must not cancel a call still in flight: a slow call (a busy
// gateway, a slow upstream) outlives its TTL, and its waiters still get its answer.
import { expect, it } from 'vitest';
import { UpstreamCache } from '../../src/upstream/cache.js';

it('keeps a call in flight past its TTL when expired answers are swept', async () => {
  let now = 1_000_000;
  const cache = new UpstreamCache({ ttlMs: 1_000, maxBytes: 1_000_000, clock: () => now });
  let release: ((value: unknown) => void) | undefined;
  const pending = cache.get('scope|ListThings|{}', () => new Promise((resolve) => (release = resolve)));
  while (!release) await new Promise((resolve) => setImmediate(resolve));
  now += 5_000;
  cache.sweep();
  release!({ items: [1], nextToken: undefined });
  await expect(pending).resolves.toEqual({ items: [1], nextToken: undefined });
  cache.close();
});
