import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness } from '../support/harness.js';

const Kinds = graphql(`
  query DiscoveryKinds {
    sessions(first: 50) { edges { node { kind ... on RemoteAccessSession { arn } ... on StreamingSession { studioId } } } }
  }
`);

const DISCOVERY = new Set(['ListProjects', 'ListTestGridProjects', 'ListStudios', 'ListSpaces', 'ListDevEnvironments', 'GetProject', 'GetTestGridProject']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('discovery', () => {
  it('is cached for the TTL, then served stale while one background refresh runs', async () => {
    const h = await startHarness({ discoveryTtlMs: 300 });
    try {
      await h.query(Kinds);
      const discovery = () => h.emulator.requests.filter((r) => DISCOVERY.has(r.operation));
      const cold = discovery().length;
      expect(cold).toBeGreaterThan(0);
      h.emulator.clearRequests();
      await h.query(Kinds);
      expect(discovery()).toHaveLength(0);

      await sleep(350);
      // Discovery is now slow: a request after the TTL must not wait for it.
      for (const operation of DISCOVERY) h.emulator.setLatency(800, { operation });
      h.emulator.clearRequests();
      const started = performance.now();
      const stale = await h.query(Kinds);
      expect(performance.now() - started).toBeLessThan(500);
      expect(stale.errors).toBeUndefined();
      await sleep(2500);
      // One refresh, in the background: the same calls as a cold discovery.
      expect(discovery()).toHaveLength(cold);
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

    const h = await startHarness({ pins: { deviceFarmProjectArns: [project], testGridProjectArns: [], nimbleStudioIds: [studio], codeCatalystSpaces: [] } });
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
