// Client-side rate limits, over HTTP against the emulator: rates read off its request log.
import { afterEach, describe, expect, it } from 'vitest';
import { fixedWindow } from '../../src/upstream/limiter.js';
import { graphql } from '../gql/index.js';
import { maxInAnyWindow } from '../support/rates.js';
import { startHarness, type Harness } from '../support/harness.js';

const DeviceFarmPage = graphql(`
  query LimiterDeviceFarmPage($first: Int) {
    sessions(first: $first, filter: { kinds: [REMOTE_ACCESS, TEST_GRID] }) {
      incompleteSources { source code }
      edges { node { id } }
    }
  }
`);

const AllKinds = graphql(`
  query LimiterAllKinds {
    sessions(first: 40) {
      incompleteSources { source code message }
      edges { node { kind } }
    }
  }
`);

describe('fixedWindow', () => {
  it.each([
    [{ perSecond: 10, burst: 50 }, { points: 20, duration: 2 }],
    [{ perSecond: 25, burst: 100 }, { points: 50, duration: 2 }],
    [{ perSecond: 20, burst: 40 }, { points: 20, duration: 1 }],
    [{ perSecond: 10, burst: 10 }, { points: 5, duration: 1 }],
    [{ perSecond: 1, burst: 2 }, { points: 1, duration: 1 }],
  ])('%o → %o, within the token bucket for any interval', (limit, window) => {
    expect(fixedWindow(limit)).toEqual(window);
    // T/w + 2 windows touch an interval of T seconds.
    for (const T of [0.001, 0.5, 1, 2.5, 10, 60]) {
      const worst = window.points * (Math.ceil(T / window.duration) + 1);
      expect(worst).toBeLessThanOrEqual(limit.perSecond * T + limit.burst);
    }
  });
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the rate limiter', () => {
  it('holds Device Farm to its window however many requests arrive at once', async () => {
    h = await startHarness({ rateLimits: { deviceFarm: { perSecond: 20, burst: 40 } }, rateLimitMaxWaitMs: 30_000 });
    await h.query(DeviceFarmPage, { first: 1 });
    h.emulator.clearRequests();
    // 12 requests of 5 Device Farm calls each (3 projects, 2 test grid projects), all at once.
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => h!.query(DeviceFarmPage, { first: i + 1 })));
    for (const r of results) expect(r.data!.sessions!.incompleteSources).toEqual([]);
    const starts = h.emulator.requests.map((r) => r.startedAt);
    expect(starts).toHaveLength(60);
    // 20 per 1-second window: at most two windows' worth (40) leave the gateway in any second.
    // They are counted where they arrive, so a busy machine's delays may bunch a few more: the
    // bound asserted is the quota's burst (50), far below the 60 sent at once without a limiter.
    expect(maxInAnyWindow(starts, 1_000)).toBeLessThanOrEqual(50);
    expect(maxInAnyWindow(starts, 2_000)).toBeLessThanOrEqual(20 * 2 + 50);
  });

  it('keeps a load that the emulator would throttle within its quota (and without the limiter, it is throttled)', async () => {
    const quota = { deviceFarm: { ratePerSecond: 20, burst: 40 } };
    // n requests at once: 3n ListRemoteAccessSessions and 2n ListTestGridSessions calls.
    const load = async (harness: Harness, n: number) => {
      await harness.query(DeviceFarmPage, { first: 1 });
      harness.emulator.clearRequests();
      return Promise.all(Array.from({ length: n }, (_, i) => harness.query(DeviceFarmPage, { first: (i % 90) + 2 })));
    };
    const throttled = (harness: Harness) => harness.emulator.requests.filter((r) => r.errorType === 'ThrottlingException');

    const unlimited = await startHarness({ emulator: { quotas: quota } });
    try {
      await load(unlimited, 40);
      expect(throttled(unlimited).length).toBeGreaterThan(0);
    } finally {
      await unlimited.close();
    }

    h = await startHarness({ emulator: { quotas: quota }, rateLimits: { deviceFarm: { perSecond: 20, burst: 40 } }, rateLimitMaxWaitMs: 30_000 });
    const results = await load(h, 20);
    for (const r of results) expect(r.data!.sessions!.incompleteSources).toEqual([]);
    expect(h.emulator.requests).toHaveLength(100);
    expect(throttled(h)).toEqual([]);
  });

  it('fails only the limited source, with UPSTREAM_RATE_LIMITED, once a call would wait too long', async () => {
    h = await startHarness({ rateLimits: { deviceFarm: { perSecond: 1, burst: 2 } }, rateLimitMaxWaitMs: 0 });
    const res = await h.query(AllKinds);
    const page = res.data!.sessions!;
    expect(page.incompleteSources).toEqual([
      { source: 'DEVICE_FARM', code: 'UPSTREAM_RATE_LIMITED', message: expect.stringMatching(/rate limit .*1 per second, burst 2.*retry in a few seconds/) },
    ]);
    const kinds = new Set(page.edges.map((e) => e.node.kind));
    expect(kinds).toEqual(new Set(['STREAMING', 'DEV_ENVIRONMENT']));
    // The one call the window allowed went out; every other Device Farm call was held back.
    expect(h.emulator.requests.filter((r) => r.service === 'deviceFarm')).toHaveLength(1);
  });
});
