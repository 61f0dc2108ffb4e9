import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../src/emulator/index.js';
import { SESSION_KINDS, SOURCES, sourceEnumValue, type Source } from '../../src/sources/registry.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { dependencyDepth } from '../support/requestLog.js';

const Feed = graphql(`
  query FeedKinds($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      incompleteSources { source code message }
      pageInfo { endCursor }
      edges { node { kind } }
    }
  }
`);

const kindsOf = (source: Source) => SESSION_KINDS.filter((k) => k.source === source).map((k) => k.kind);
const CODE: Record<Exclude<FaultKind, 'notFound' | 'reset' | 'html' | 'truncated' | 'wrongShape' | 'slow'>, string> = {
  throttle: 'UPSTREAM_THROTTLED',
  unavailable: 'UPSTREAM_UNAVAILABLE',
  accessDenied: 'UPSTREAM_ACCESS_DENIED',
  hang: 'UPSTREAM_UNAVAILABLE',
};

let h: Harness;
beforeAll(async () => {
  // A short timeout, so a hanging upstream fails within the test.
  h = await startHarness({ upstreamTimeoutMs: 300, sources: [...SOURCES] });
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

describe('one failing source never hides the others', () => {
  for (const service of SOURCES) {
    for (const fault of ['throttle', 'unavailable', 'accessDenied', 'hang'] as const) {
      it(`${service} ${fault}: the other sources' sessions come back with a coded error naming ${service}`, async () => {
        // Warm or cold does not matter: discovery and session calls both fail.
        h.emulator.addFault({ service, fault });
        const res = await h.query(Feed, { first: 30 });
        expect(res.status).toBe(200);
        const kinds = new Set(res.data!.sessions!.edges.map((e) => e.node.kind));
        expect(kinds.size).toBeGreaterThan(0);
        for (const kind of kindsOf(service)) expect(kinds.has(kind as never)).toBe(false);
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]).toMatchObject({ path: ['sessions'], extensions: { code: CODE[fault], source: service } });
        expect(res.errors![0]!.message).toMatch(/missing from this page/);
        expect(res.data!.sessions!.incompleteSources).toEqual([
          { source: sourceEnumValue(service), code: CODE[fault], message: res.errors![0]!.message },
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

describe('concurrency', () => {
  it('a cold feed runs its calls as its longest chain of dependent calls, not one after another', async () => {
    // Loads the SDK's lazily imported modules first, so that loading them does not spread out the
    // calls the cold gateway makes at the same time.
    await h.query(Feed, { first: 1 });
    // The added latency keeps every call open long enough for the ones made at the same time to
    // overlap in the request log; only the log's order is asserted, never a duration.
    const cold = await startHarness({ emulator: { latencyMs: 200 } });
    try {
      const res = await cold.query(Feed, { first: 20 });
      expect(res.errors).toBeUndefined();
      const requests = cold.emulator.requests;
      const sessionCalls = requests.filter((r) => /^List\w+Sessions$/.test(r.operation));
      // Every scope that can hold sessions is read: many calls, each of which needs discovery.
      expect(sessionCalls.length).toBeGreaterThan(20);
      expect(requests.length).toBeGreaterThan(sessionCalls.length);
      // The longest chain: list scopes (ListStudios takes two pages here; ListSpaces, then the
      // dev environments of each space), then the sessions: three dependent calls.
      expect(dependencyDepth(requests)).toBe(3);
      expect(dependencyDepth(sessionCalls)).toBe(1);
    } finally {
      await cold.close();
    }
  });
});
