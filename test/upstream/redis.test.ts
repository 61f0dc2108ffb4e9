// Two gateway replicas on one real Redis (Debian's redis-server), reading one emulator.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness, type HarnessOptions } from '../support/harness.js';
import { maxInAnyWindow } from '../support/rates.js';
import { startRedis, type RedisServer } from '../support/redisServer.js';
import { redisCheck } from '../../src/ops/upstreamTelemetry.js';

const Page = graphql(`
  query ReplicaPage($first: Int) {
    sessions(first: $first) {
      incompleteSources { source code }
      edges { node { id } }
    }
  }
`);

const DeviceFarmPage = graphql(`
  query ReplicaDeviceFarmPage($first: Int) {
    sessions(first: $first, filter: { kinds: [REMOTE_ACCESS, TEST_GRID] }) {
      incompleteSources { source code }
      edges { node { id } }
    }
  }
`);

const DISCOVERY = new Set(['ListProjects', 'ListTestGridProjects', 'ListStudios', 'ListSpaces', 'ListDevEnvironments']);

let redis: RedisServer;
let emulator: Emulator;
const replicas: Harness[] = [];
const warnings: string[] = [];

async function replica(options: HarnessOptions = {}): Promise<Harness> {
  const h = await startHarness({ sharedEmulator: emulator, cacheTtlMs: 30_000, redisUrl: redis.url, warn: (m) => warnings.push(m), ...options });
  replicas.push(h);
  // The replica's Redis connection is up before the test counts anything.
  await vi.waitFor(() => expect(h.upstream.shared?.redis.status).toBe('ready'), { timeout: 10_000 });
  return h;
}

beforeAll(async () => {
  redis = await startRedis();
  emulator = await startEmulator({ seed: 1, sessionsPerKind: 30 });
});
beforeEach(async () => {
  await redis.restart(); // an empty Redis for every test
  emulator.clearRequests();
  warnings.length = 0;
});
afterEach(async () => {
  await Promise.all(replicas.splice(0).map((h) => h.close()));
});
afterAll(async () => {
  await emulator.close();
  await redis.stop();
});

describe('replicas sharing one Redis', () => {
  it('reuse each other’s pages and discovered scopes', async () => {
    const a = await replica();
    const b = await replica();
    const fromA = await a.query(Page, { first: 20 });
    expect(emulator.requests.some((r) => DISCOVERY.has(r.operation))).toBe(true);
    emulator.clearRequests();

    const fromB = await b.query(Page, { first: 20 });
    expect(fromB.data).toEqual(fromA.data);
    // Cold B: no discovery call and no page call; everything came from A through Redis.
    expect(emulator.requests).toHaveLength(0);
    expect(b.upstream.cache.stats.sharedHit).toBeGreaterThan(0);
  });

  it('share one load of a page asked for on both at once', async () => {
    const a = await replica();
    const b = await replica();
    await a.query(Page, { first: 20 }); // discovery, out of the way
    a.upstream.cache.clear();
    await redis.restart();
    await vi.waitFor(() => expect([a, b].map((h) => h.upstream.shared?.redis.status)).toEqual(['ready', 'ready']), { timeout: 10_000 });
    emulator.clearRequests();
    emulator.setLatency(300);
    try {
      await Promise.all([...Array(4)].flatMap(() => [a.query(Page, { first: 20 }), b.query(Page, { first: 20 })]));
    } finally {
      emulator.setLatency(0);
    }
    const calls = emulator.requests.map((r) => `${r.operation} ${JSON.stringify(r.params)}`);
    expect(calls.length).toBeGreaterThan(5);
    expect(new Set(calls).size).toBe(calls.length);
  });

  it('never share entries across identities', async () => {
    const a = await replica({ identity: 'account-a' });
    const b = await replica({ identity: 'account-b' });
    await a.query(Page, { first: 20 });
    const callsOfA = emulator.requests.length;
    emulator.clearRequests();
    await b.query(Page, { first: 20 });
    // B discovers on its own (discovery is keyed by pins, not identity, so only pages are compared).
    const pagesOfB = emulator.requests.filter((r) => !DISCOVERY.has(r.operation));
    expect(pagesOfB.length).toBeGreaterThan(0);
    expect(pagesOfB.length).toBeLessThanOrEqual(callsOfA);
  });

  it('hold Device Farm to one shared window', async () => {
    const limits = { rateLimits: { deviceFarm: { perSecond: 20, burst: 40 } }, rateLimitMaxWaitMs: 30_000, cacheTtlMs: 0 };
    const a = await replica(limits);
    const b = await replica(limits);
    await Promise.all([a.query(DeviceFarmPage, { first: 1 }), b.query(DeviceFarmPage, { first: 1 })]);
    emulator.clearRequests();
    const results = await Promise.all([...Array(8)].flatMap((_, i) => [a.query(DeviceFarmPage, { first: i + 2 }), b.query(DeviceFarmPage, { first: i + 2 })]));
    for (const r of results) expect(r.data!.sessions!.incompleteSources).toEqual([]);
    const starts = emulator.requests.map((r) => r.startedAt);
    expect(starts).toHaveLength(80);
    // Shared, at most 40 leave in any second (50 allowed for delays where they arrive); two
    // replicas limiting alone would send up to 80.
    expect(maxInAnyWindow(starts, 1_000)).toBeLessThanOrEqual(50);
  });

  it('go on without Redis when it dies, say so once, and use it again when it returns', async () => {
    const a = await replica();
    a.ops.readiness.checks = redisCheck(a.upstream);
    const ready = async () => {
      const res = await fetch(new URL('/ready', a.url));
      return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
    };
    await a.query(Page, { first: 20 });
    expect(await ready()).toMatchObject({ status: 200, body: { checks: { redis: 'ok' } } });
    await redis.kill();
    await vi.waitFor(() => expect(warnings.length).toBe(1), { timeout: 10_000 });
    for (const first of [5, 6, 7]) {
      const res = await a.query(Page, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.sessions!.edges).toHaveLength(first);
    }
    expect(warnings).toEqual([expect.stringMatching(/^Redis at 127\.0\.0\.1:\d+ is unreachable .*in-process cache and rate limits/)]);
    // Still in rotation: every replica failing readiness at once would take the gateway down.
    expect(await ready()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready', checks: { redis: 'unreachable' } }) });

    await redis.restart();
    await vi.waitFor(() => expect(warnings).toHaveLength(2), { timeout: 15_000 });
    expect(warnings[1]).toMatch(/reachable again/);
  });
});
