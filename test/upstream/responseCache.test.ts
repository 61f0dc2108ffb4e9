// The whole-response cache, over HTTP against the emulator: upstream calls counted from its log,
// reads of the upstream cache (which every executed feed makes) from its stats, and the response
// cache's own events from the metrics. Time is the test clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/auth/policy.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const FirstPage = graphql(`
  query ResponseCacheFirstPage($first: Int) {
    sessions(first: $first) { edges { node { id } } }
  }
`);

const TTL = 5_000;
let now = Date.UTC(2026, 10, 29, 12);
let emulator: Emulator;
let h: Harness;
let secured: Harness;

/** Upstream cache reads so far: an executed feed reads it for every scope, a stored response not at all. */
const upstreamReads = (harness: Harness) => {
  const { hit, miss, coalesced, sharedHit } = harness.upstream.cache.stats;
  return hit + miss + coalesced + sharedHit;
};

/** The session pages read (discovery left out). */
const DISCOVERY = new Set(['ListProjects', 'ListTestGridProjects', 'ListStudios', 'ListSpaces', 'ListDevEnvironments']);
const sessionPages = () => new Set(emulator.requests.filter((r) => !DISCOVERY.has(r.operation)).map((r) => `${r.operation} ${JSON.stringify(r.params)}`));

async function events(harness: Harness): Promise<Record<string, number>> {
  const metric = await harness.ops.telemetry.registry.getSingleMetric('gateway_response_cache_events_total')?.get();
  return Object.fromEntries((metric?.values ?? []).map((v) => [String(v.labels.event), v.value]));
}

beforeAll(async () => {
  emulator = await startEmulator({ seed: 1, sessionsPerKind: 30 });
  // Discovery never goes stale here: each test moves the clock 50 s on, and a background refresh
  // of stale scopes would add its calls to a test's request log at any moment.
  const discoveryTtlMs = 24 * 3_600_000;
  h = await startHarness({ sharedEmulator: emulator, cacheTtlMs: TTL, clock: () => now, discoveryTtlMs });
  const studio = emulator.data.nimble.studios.find((s) => emulator.data.nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
  const policy: Policy = {
    claim: 'groups',
    rules: [
      { group: 'one-studio', sources: { nimble: [studio] }, stop: false },
      { group: 'admins', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: true },
    ],
  };
  secured = await startHarness({ sharedEmulator: emulator, cacheTtlMs: TTL, clock: () => now, discoveryTtlMs, gateway: { auth: { mode: 'header', header: 'x-user-groups', policy } } });
  // Discovery out of the way (its TTL is 60 s).
  await h.query(FirstPage, { first: 20 }, { 'cache-control': 'no-cache' });
  for (const groups of ['one-studio', 'admins']) await secured.query(FirstPage, { first: 20 }, { 'x-user-groups': groups, 'cache-control': 'no-cache' });
});
beforeEach(() => {
  // Past every stored response and page: each test starts cold.
  now += 10 * TTL;
  emulator.clearRequests();
});
afterAll(async () => {
  await h.close();
  await secured.close();
  await emulator.close();
});

describe('the response cache', () => {
  it('answers a repeated request from the stored response: no upstream call and no execution, until the TTL', async () => {
    const first = await h.query(FirstPage, { first: 20 });
    expect(emulator.requests.length).toBeGreaterThan(5);
    emulator.clearRequests();
    const reads = upstreamReads(h);
    const before = await events(h);

    now += TTL - 1;
    const again = await h.query(FirstPage, { first: 20 });
    expect(again.data).toEqual(first.data);
    expect(emulator.requests).toHaveLength(0);
    // The feed did not run: not even the upstream cache was read.
    expect(upstreamReads(h)).toBe(reads);
    expect((await events(h)).hit).toBe((before.hit ?? 0) + 1);

    // Other variables are another response.
    await h.query(FirstPage, { first: 5 });
    expect(upstreamReads(h)).toBeGreaterThan(reads);

    now += 2; // past the TTL: computed again, from AWS (the pages expired too)
    await h.query(FirstPage, { first: 20 });
    expect(emulator.requests.length).toBeGreaterThan(5);
  });

  it('computes 16 identical requests arriving together once', async () => {
    const before = await events(h);
    const reads = upstreamReads(h);
    emulator.setLatency(200);
    let results;
    try {
      results = await Promise.all(Array.from({ length: 16 }, () => h.query(FirstPage, { first: 20 })));
    } finally {
      emulator.setLatency(0);
    }
    for (const r of results) expect(r.data).toEqual(results[0]!.data);
    const after = await events(h);
    expect((after.miss ?? 0) - (before.miss ?? 0)).toBe(1);
    expect((after.coalesced ?? 0) + (after.hit ?? 0) - (before.coalesced ?? 0) - (before.hit ?? 0)).toBe(15);
    // One execution's reads of the upstream cache: each scope once, none coalesced there.
    const distinct = new Set(emulator.requests.map((r) => `${r.operation} ${JSON.stringify(r.params)}`));
    expect(emulator.requests).toHaveLength(distinct.size);
    expect(upstreamReads(h) - reads).toBe(distinct.size);
  });

  it('answers with the expired response while an identical request recomputes it, and with the new one after', async () => {
    const first = await h.query(FirstPage, { first: 20 });
    const before = await events(h);
    now += TTL + 1;
    emulator.clearRequests();
    // Every upstream call of the leader is held at the emulator until the follower has its answer:
    // the order comes from events, not from how fast this machine is.
    const hold = emulator.hold({});
    const finished: string[] = [];
    try {
      const leader = h.query(FirstPage, { first: 20 }).then((r) => (finished.push('leader'), r));
      await hold.arrived;
      const follower = await h.query(FirstPage, { first: 20 });
      finished.push('follower');
      expect(follower.data).toEqual(first.data);
      hold.release();
      await leader;
    } finally {
      hold.release();
    }
    expect(finished).toEqual(['follower', 'leader']);
    const after = await events(h);
    expect((after.stale ?? 0) - (before.stale ?? 0)).toBe(1);
    expect((after.miss ?? 0) - (before.miss ?? 0)).toBe(1);
    const reads = upstreamReads(h);
    await h.query(FirstPage, { first: 20 });
    expect(upstreamReads(h)).toBe(reads);
    expect((await events(h)).hit).toBe((after.hit ?? 0) + 1);
  });

  it('computes a Cache-Control: no-cache request anew, from AWS, and serves its answer to the next requests', async () => {
    await h.query(FirstPage, { first: 20 });
    const pages = sessionPages();
    expect(pages.size).toBeGreaterThan(5);
    emulator.clearRequests();

    now += 1_000;
    await h.query(FirstPage, { first: 20 }, { 'cache-control': 'no-cache' });
    expect(sessionPages()).toEqual(pages);
    emulator.clearRequests();

    // Stored anew: a whole TTL from the refresh, past the first answer's expiry.
    now += TTL - 500;
    const reads = upstreamReads(h);
    await h.query(FirstPage, { first: 20 });
    expect(emulator.requests).toHaveLength(0);
    expect(upstreamReads(h)).toBe(reads);
  });

  it('never stores a response with errors: a source that failed is read again by the next request', async () => {
    emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'accessDenied', times: 1 });
    const partial = await h.query(FirstPage, { first: 20 });
    expect(partial.errors?.map((e) => e.extensions?.code)).toContain('UPSTREAM_ACCESS_DENIED');
    expect(partial.data?.sessions?.edges.length).toBeGreaterThan(0);
    emulator.clearRequests();

    const whole = await h.query(FirstPage, { first: 20 });
    expect(whole.errors).toBeUndefined();
    // Only the failed page is called again (the others are in the upstream cache).
    expect(emulator.requests.map((r) => r.operation)).toEqual(['ListStreamingSessions']);
    emulator.clearRequests();
    await h.query(FirstPage, { first: 20 });
    expect(emulator.requests).toHaveLength(0);
  });

  it('keeps callers with different policies apart, and lets callers under the same rules share', async () => {
    const narrow = await secured.query(FirstPage, { first: 20 }, { 'x-user-groups': 'one-studio' });
    const reads = upstreamReads(secured);
    const wide = await secured.query(FirstPage, { first: 20 }, { 'x-user-groups': 'admins' });
    // Computed for the admins, not served the narrow caller's response.
    expect(upstreamReads(secured)).toBeGreaterThan(reads);
    const kinds = (r: typeof wide) => new Set(r.data?.sessions?.edges.map((e) => e.node.id.slice(0, 8)));
    expect(wide.data).not.toEqual(narrow.data);
    expect(kinds(wide).size).toBeGreaterThan(kinds(narrow).size);

    const sharedReads = upstreamReads(secured);
    // Same groups, another caller: the stored response.
    const again = await secured.query(FirstPage, { first: 20 }, { 'x-user-groups': 'one-studio' });
    expect(again.data).toEqual(narrow.data);
    expect(upstreamReads(secured)).toBe(sharedReads);
  });

  it('serves nothing to an unauthenticated caller, even when a response is stored', async () => {
    await secured.query(FirstPage, { first: 20 }, { 'x-user-groups': 'admins' });
    const res = await secured.query(FirstPage, { first: 20 });
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
