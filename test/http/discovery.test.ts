import { describe, expect, it, vi } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness } from '../support/harness.js';

const Kinds = graphql(`
  query DiscoveryKinds {
    sessions(first: 50) { edges { node { kind ... on RemoteAccessSession { arn } ... on StreamingSession { studioId } } } }
  }
`);

const DISCOVERY = new Set(['ListProjects', 'ListTestGridProjects', 'ListStudios', 'ListSpaces', 'ListDevEnvironments', 'GetProject', 'GetTestGridProject']);

describe('discovery', () => {
  it('is cached for the TTL, then served stale while one background refresh runs', async () => {
    // The TTL runs on the test's clock, not the machine's.
    let now = Date.UTC(2026, 10, 29);
    const h = await startHarness({ discoveryTtlMs: 60_000, clock: () => now });
    try {
      await h.query(Kinds);
      const discovery = () => h.emulator.requests.filter((r) => DISCOVERY.has(r.operation));
      const cold = discovery().length;
      expect(cold).toBeGreaterThan(0);
      h.emulator.clearRequests();
      now += 59_999;
      await h.query(Kinds);
      expect(discovery()).toHaveLength(0);

      now += 2;
      // Discovery is now slow: a request after the TTL is answered while the refresh is still
      // running (the log records a call when it ends, so none is there yet).
      for (const operation of DISCOVERY) h.emulator.setLatency(1_500, { operation });
      h.emulator.clearRequests();
      const stale = await h.query(Kinds);
      expect(stale.errors).toBeUndefined();
      expect(stale.data!.sessions!.edges).toHaveLength(50);
      expect(discovery()).toHaveLength(0);
      // One refresh, in the background: the same calls as a cold discovery.
      await vi.waitFor(() => expect(discovery()).toHaveLength(cold), { timeout: 15_000, interval: 100 });
      h.emulator.clearRequests();
      await h.query(Kinds);
      expect(discovery()).toHaveLength(0);
    } finally {
      await h.close();
    }
  });

  it('uses pinned scopes instead of listing them', async () => {
    const probe = await startHarness();
    const { deviceFarm, nimble } = probe.emulator.data;
    const project = deviceFarm.projects[0]!.arn!;
    const studio = nimble.studios.find((s) => nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
    await probe.close();

    const h = await startHarness({ pins: { deviceFarmProjects: [project], testGridProjects: [], nimbleStudios: [studio], codeCatalyst: [] } });
    try {
      const res = await h.query(Kinds);
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.sessions!.edges.map((e) => e.node);
      expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['REMOTE_ACCESS', 'STREAMING']));
      for (const n of nodes) {
        if ('arn' in n) expect(n.arn).toContain(project.split(':project:')[1]);
        if ('studioId' in n) expect(n.studioId).toBe(studio);
      }
      const operations = new Set(h.emulator.requests.map((r) => r.operation));
      expect(operations).toEqual(new Set(['GetProject', 'ListRemoteAccessSessions', 'ListStreamingSessions']));
    } finally {
      await h.close();
    }
  });
});
