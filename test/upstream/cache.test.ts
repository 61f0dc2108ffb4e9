// The process-wide upstream cache, over HTTP against the emulator: calls counted from its log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../src/emulator/index.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const FirstPage = graphql(`
  query CacheFirstPage($first: Int) {
    sessions(first: $first) { edges { node { id } } }
  }
`);

const Since = graphql(`
  query CacheSince($since: DateTime) {
    sessions(first: 20, filter: { createdAfter: $since }) { edges { node { id } } }
  }
`);

const TTL = 5_000;
let now = Date.UTC(2026, 10, 29, 12);
let h: Harness;
beforeAll(async () => {
  // The response cache above would answer repeated requests before they reach this layer.
  h = await startHarness({ cacheTtlMs: TTL, clock: () => now, emulator: { sessionsPerKind: 30 }, gateway: { responseCache: false } });
  await h.query(FirstPage, { first: 20 }); // discovery, out of the way
});
beforeEach(() => {
  // A fresh cache and a new instant for every test; discovery stays (its TTL is 60 s).
  h.upstream.cache.clear();
  now += 1_000;
  h.emulator.clearRequests();
});
afterAll(() => h.close());

/** Each distinct call (operation and parameters) once: what one page needs. */
const distinct = (requests: readonly RequestLogEntry[]) => new Set(requests.map((r) => `${r.operation} ${JSON.stringify(r.params)}`));

describe('the upstream cache', () => {
  it('answers a repeated page from the cache within the TTL, and from AWS after it', async () => {
    const first = await h.query(FirstPage, { first: 20 });
    const calls = h.emulator.requests.length;
    expect(calls).toBeGreaterThan(5);

    h.emulator.clearRequests();
    now += TTL - 1;
    const again = await h.query(FirstPage, { first: 20 });
    expect(h.emulator.requests).toHaveLength(0);
    expect(again.data).toEqual(first.data);

    now += 2;
    await h.query(FirstPage, { first: 20 });
    expect(h.emulator.requests).toHaveLength(calls);
  });

  it('makes one call per page for 16 identical requests at once (single flight)', async () => {
    await h.query(FirstPage, { first: 20 });
    const one = h.emulator.requests.length;
    h.upstream.cache.clear();
    h.emulator.clearRequests();
    // Slow enough that all 16 requests ask before the first answer is back.
    h.emulator.setLatency(200);
    try {
      const results = await Promise.all(Array.from({ length: 16 }, () => h.query(FirstPage, { first: 20 })));
      for (const r of results) expect(r.data).toEqual(results[0]!.data);
    } finally {
      h.emulator.setLatency(0);
    }
    expect(h.emulator.requests).toHaveLength(one);
    expect(distinct(h.emulator.requests).size).toBe(one);
    expect(h.upstream.cache.stats.coalesced).toBeGreaterThan(0);
  });

  it('bypasses the cache for a request with Cache-Control: no-cache, and refreshes what it read', async () => {
    await h.query(FirstPage, { first: 20 });
    const calls = h.emulator.requests.length;
    h.emulator.clearRequests();

    await h.query(FirstPage, { first: 20 }, { 'cache-control': 'no-cache' });
    expect(h.emulator.requests).toHaveLength(calls);

    // The refreshed entries are served to the next request for a whole TTL from now.
    h.emulator.clearRequests();
    now += TTL - 1;
    await h.query(FirstPage, { first: 20 });
    expect(h.emulator.requests).toHaveLength(0);
  });

  it('caches no failure: the next request asks AWS again', async () => {
    h.emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'accessDenied', times: 1 });
    const failed = await h.query(FirstPage, { first: 20 });
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ACCESS_DENIED', source: 'nimble' });
    const failedCall = h.emulator.requests.find((r) => r.status !== 200)!;

    h.emulator.clearRequests();
    const healed = await h.query(FirstPage, { first: 20 });
    expect(healed.errors).toBeUndefined();
    // Only the call that failed is made again; every other page comes from the cache.
    expect(h.emulator.requests.map((r) => [r.operation, r.params])).toEqual([[failedCall.operation, failedCall.params]]);
  });

  it('asks for the same fixed pages whatever `first`, so a larger page is served from the cache', async () => {
    await h.query(FirstPage, { first: 20 });
    h.emulator.clearRequests();
    await h.query(FirstPage, { first: 50 });
    expect(h.emulator.requests).toHaveLength(0);
  });

  it('keeps pages of different parameters apart', async () => {
    await h.query(FirstPage, { first: 20 });
    h.emulator.clearRequests();
    await h.query(Since, { since: '2026-10-01T00:00:00Z' });
    // Only the test grid lists take a creation time: those are new calls; the others are cached.
    expect(new Set(h.emulator.requests.map((r) => r.operation))).toEqual(new Set(['ListTestGridSessions']));
    expect(h.emulator.requests.every((r) => r.params.creationTimeAfter !== undefined)).toBe(true);
  });
});
