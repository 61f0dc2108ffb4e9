// A page that misses a failed source is never the feed's last: walking on loses nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceName } from '../../src/emulator/index.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const Page = graphql(`
  query FeedResumePage($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      incompleteSources { source code }
      pageInfo { hasNextPage endCursor }
      edges { node { id kind } }
    }
  }
`);

// Two gateways below accept each other's cursors, as replicas do: they share the secret.
const replica = { emulator: { sessionsPerKind: 10 }, gateway: { security: { cursorSecret: 'feed-resume-test-secret-of-32-chars' } } };

let h: Harness;
beforeAll(async () => {
  // 10 sessions of each kind: 40 in all, so one page of 100 would be the last.
  h = await startHarness(replica);
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

/** Walks the feed, injecting `faultOn(page)` before each page; returns every ID seen, in order. */
async function walk(first: number, faultOn: (page: number) => ServiceName | undefined = () => undefined) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    h.emulator.clearFaults();
    const service = faultOn(page);
    if (service) h.emulator.addFault({ service, fault: 'unavailable' });
    const variables: { first: number; after: string | null } = { first, after };
    const connection = (await h.query(Page, variables)).data!.sessions!;
    ids.push(...connection.edges.map((e) => e.node.id));
    // A failed source always leaves a way on.
    if (connection.incompleteSources.length > 0) expect(connection.pageInfo.hasNextPage).toBe(true);
    if (!connection.pageInfo.hasNextPage) return ids;
    expect(connection.pageInfo.endCursor).toBeTruthy();
    after = connection.pageInfo.endCursor!;
  }
  throw new Error('the walk did not end');
}

describe('a failing source on what would be the last page', () => {
  it('says hasNextPage: true, and the next page brings that source back', async () => {
    const clean = await walk(100);
    expect(clean).toHaveLength(40);

    h.emulator.addFault({ service: 'nimble', fault: 'unavailable' });
    const failed = await h.query(Page, { first: 100 });
    const page = failed.data!.sessions!;
    expect(page.edges).toHaveLength(30);
    expect(page.incompleteSources).toEqual([{ source: 'NIMBLE', code: 'UPSTREAM_UNAVAILABLE' }]);
    expect(page.pageInfo.hasNextPage).toBe(true);

    h.emulator.clearFaults();
    const next = (await h.query(Page, { first: 100, after: page.pageInfo.endCursor })).data!.sessions!;
    expect(next.edges.map((e) => e.node.kind)).toEqual(Array(10).fill('STREAMING'));
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...page.edges, ...next.edges].map((e) => e.node.id))).toEqual(new Set(clean));
  });

  it('keeps the positions of a source whose discovery failed, so nothing repeats when it returns', async () => {
    // Page 1 reads some of every source; then Device Farm's discovery fails on a cold gateway path.
    const first = (await h.query(Page, { first: 15 })).data!.sessions!;
    const fresh = await startHarness(replica);
    try {
      fresh.emulator.addFault({ service: 'deviceFarm', fault: 'unavailable' });
      const failed = (await fresh.query(Page, { first: 100, after: first.pageInfo.endCursor })).data!.sessions!;
      expect(failed.incompleteSources).toEqual([{ source: 'DEVICE_FARM', code: 'UPSTREAM_UNAVAILABLE' }]);
      expect(failed.pageInfo.hasNextPage).toBe(true);
      fresh.emulator.clearFaults();
      const rest = (await fresh.query(Page, { first: 100, after: failed.pageInfo.endCursor })).data!.sessions!;
      expect(rest.pageInfo.hasNextPage).toBe(false);
      const all = [...first.edges, ...failed.edges, ...rest.edges].map((e) => e.node.id);
      expect(all).toHaveLength(40);
      expect(new Set(all).size).toBe(40);
    } finally {
      await fresh.close();
    }
  });
});

describe('walking the feed while sources fail on some pages', () => {
  const SERVICES: ServiceName[] = ['deviceFarm', 'nimble', 'codeCatalyst'];

  it.each([3, 7, 16])('first: %i loses and repeats nothing', async (first) => {
    const clean = await walk(first);
    // Every other page, one source (in turn) fails completely.
    const faulted = await walk(first, (page) => (page % 2 === 1 ? SERVICES[(page >> 1) % 3] : undefined));
    expect(faulted).toHaveLength(clean.length);
    expect(new Set(faulted)).toEqual(new Set(clean));
  });
});
