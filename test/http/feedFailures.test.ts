import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultKind, ServiceName } from '../../src/emulator/index.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const Feed = graphql(`
  query FeedKinds($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      incompleteSources { source code message }
      pageInfo { endCursor }
      edges { node { kind } }
    }
  }
`);

const KINDS: Record<ServiceName, string[]> = {
  deviceFarm: ['REMOTE_ACCESS', 'TEST_GRID'],
  nimble: ['STREAMING'],
  codeCatalyst: ['DEV_ENVIRONMENT'],
};
const ENUM: Record<ServiceName, string> = { deviceFarm: 'DEVICE_FARM', nimble: 'NIMBLE', codeCatalyst: 'CODE_CATALYST' };
const CODE: Record<Exclude<FaultKind, 'notFound' | 'reset' | 'html' | 'truncated' | 'wrongShape' | 'slow'>, string> = {
  throttle: 'UPSTREAM_THROTTLED',
  unavailable: 'UPSTREAM_UNAVAILABLE',
  accessDenied: 'UPSTREAM_ACCESS_DENIED',
  hang: 'UPSTREAM_UNAVAILABLE',
};

let h: Harness;
beforeAll(async () => {
  // A short timeout, so a hanging upstream fails within the test.
  h = await startHarness({ upstreamTimeoutMs: 300 });
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

describe('one failing source never hides the others', () => {
  for (const service of ['deviceFarm', 'nimble', 'codeCatalyst'] as const) {
    for (const fault of ['throttle', 'unavailable', 'accessDenied', 'hang'] as const) {
      it(`${service} ${fault}: the other sources' sessions come back with a coded error naming ${service}`, async () => {
        // Warm or cold does not matter: discovery and session calls both fail.
        h.emulator.addFault({ service, fault });
        const res = await h.query(Feed, { first: 30 });
        expect(res.status).toBe(200);
        const kinds = new Set(res.data!.sessions!.edges.map((e) => e.node.kind));
        expect(kinds.size).toBeGreaterThan(0);
        for (const kind of KINDS[service]) expect(kinds.has(kind as never)).toBe(false);
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]).toMatchObject({ path: ['sessions'], extensions: { code: CODE[fault], source: service } });
        expect(res.errors![0]!.message).toMatch(/missing from this page/);
        expect(res.data!.sessions!.incompleteSources).toEqual([
          { source: ENUM[service], code: CODE[fault], message: res.errors![0]!.message },
        ]);
      });
    }
  }

  it('picks the failed source up again on the next page once it recovers', async () => {
    await h.query(Feed, { first: 1 });
    h.emulator.addFault({ service: 'nimble', fault: 'unavailable' });
    const broken = await h.query(Feed, { first: 10 });
    h.emulator.clearFaults();
    const next = await h.query(Feed, { first: 100, after: broken.data!.sessions!.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.sessions!.edges.some((e) => e.node.kind === 'STREAMING')).toBe(true);
  });
});

describe('latency', () => {
  it('a cold feed takes about as long as its longest chain of dependent calls, not their sum', async () => {
    const cold = await startHarness({ emulator: { latencyMs: 50 } });
    try {
      const started = performance.now();
      const res = await cold.query(Feed, { first: 20 });
      const elapsed = performance.now() - started;
      expect(res.errors).toBeUndefined();
      const calls = cold.emulator.requests.length;
      // The longest chain: list scopes (ListStudios takes two pages here; ListSpaces, then the
      // dev environments of each space), then the sessions: three dependent calls.
      // At least the chain, far below the sum (with room for a busy CI machine).
      expect(elapsed).toBeGreaterThan(3 * 50);
      expect(elapsed).toBeLessThan(Math.min(600, (calls * 50) / 4));
      console.log(`cold sessions(first: 20): ${calls} upstream calls in ${Math.round(elapsed)} ms at 50 ms per call`);
    } finally {
      await cold.close();
    }
  });
});
