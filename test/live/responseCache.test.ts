// Subscriptions and @stream with the whole-response cache on (as in production, where
// UPSTREAM_CACHE_TTL_MS is 5 s): an identical second subscription is served at once, not held
// behind the first as a computation to share, and a streamed page is streamed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';
import { subscribe, Ticks } from './watch.js';

const STREAMED = `
  query Streamed { sessions(first: 5) { edges @stream(initialCount: 1) { node { id } } } }
`;

describe('the response cache beside subscriptions and @stream', () => {
  let h: Harness;
  const ticks = new Ticks();
  let now = Date.UTC(2026, 10, 29, 12);
  beforeAll(async () => {
    h = await startHarness({ cacheTtlMs: 5_000, clock: () => now, gateway: { watch: { intervalMs: 5, onTick: ticks.onTick } } });
  });
  afterAll(() => h.close());

  it('serves two identical subscriptions, each with its own events', async () => {
    const first = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
    const second = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
    expect([first.stream.status, second.stream.status]).toEqual([200, 200]);
    await ticks.after(1);
    const studioId = h.emulator.data.nimble.studios.find((s) => h.emulator.data.nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
    const created = h.emulator.createSession('streaming', studioId);
    expect(await first.nextFor(created.id)).toMatchObject({ type: 'STARTED' });
    expect(await second.nextFor(created.id)).toMatchObject({ type: 'STARTED' });
    await Promise.all([first.stream.close(), second.stream.close()]);
  });

  it('streams a page with @stream every time, never answering it from a stored whole', async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(h.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
        body: JSON.stringify({ query: STREAMED }),
      });
      expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
      const body = await response.text();
      // The first edge, then the others as incremental items.
      expect(body).toContain('"hasNext":true');
      expect(body).toContain('"items"');
    }
  });
});
