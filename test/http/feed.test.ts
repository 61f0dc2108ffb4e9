import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { SessionFilter } from '../gql/graphql.js';
import { allSessions, feedOrder } from '../support/expected.js';
import { startHarness, type Harness } from '../support/harness.js';
import { dependencyDepth } from '../support/requestLog.js';
import { walkConnection } from './walk.js';

const FeedPage = graphql(`
  query FeedPage($first: Int, $after: String, $filter: SessionFilter) {
    sessions(first: $first, after: $after, filter: $filter) {
      incompleteSources { source code }
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          __typename
          kind
          phase
          createdAt
          ... on RemoteAccessSession { arn }
          ... on TestGridSession { arn }
          ... on StreamingSession { sessionId }
          ... on DevEnvironmentSession { sessionId }
        }
      }
    }
  }
`);

type Node = { __typename: string; kind: string; phase: string; createdAt: string | null; arn?: string; sessionId?: string };
const awsId = (n: Node) => n.arn ?? n.sessionId;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function walkFeed(first: number, filter?: SessionFilter) {
  return walkConnection(async (after) => {
    const res = await h.query(FeedPage, { first, after, filter });
    expect(res.errors).toBeUndefined();
    expect(res.data!.sessions!.incompleteSources).toEqual([]);
    return res.data!.sessions! as { edges: Array<{ cursor: string; node: Node }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  });
}

describe('sessions feed', () => {
  it.each([7, 20, 100])('walks every session of every kind exactly once, newest first (first=%i)', async (first) => {
    const expected = feedOrder(allSessions(h.emulator));
    const { nodes } = await walkFeed(first);
    expect(nodes.map(awsId)).toEqual(expected.map((s) => s.awsId));
    expect(nodes.map((n) => n.__typename)).toEqual(expected.map((s) => s.typename));
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['REMOTE_ACCESS', 'TEST_GRID', 'STREAMING', 'DEV_ENVIRONMENT']));
  });

  it('resumes after any edge of a page, not only the last', async () => {
    const expected = feedOrder(allSessions(h.emulator)).map((s) => s.awsId);
    const page = (await h.query(FeedPage, { first: 10 })).data!.sessions!;
    for (const [i, edge] of page.edges.entries()) {
      const next = (await h.query(FeedPage, { first: 3, after: edge.cursor })).data!.sessions!;
      expect(next.edges.map((e) => awsId(e.node as Node))).toEqual(expected.slice(i + 1, i + 4));
    }
  });

  it('filters by kind, phase and creation time, and walks the filtered feed exactly', async () => {
    const all = feedOrder(allSessions(h.emulator));
    const from = all[Math.floor(all.length * 0.7)]!.createdAt;
    const to = all[Math.floor(all.length * 0.2)]!.createdAt;
    const filter: SessionFilter = {
      kinds: ['TEST_GRID', 'STREAMING', 'REMOTE_ACCESS'],
      phases: ['RUNNING', 'ENDED'],
      createdAfter: new Date(from).toISOString(),
      createdBefore: new Date(to).toISOString(),
    };
    const { nodes } = await walkFeed(9, filter);
    const everything = await walkFeed(100);
    const expected = everything.nodes.filter((n) => {
      const t = Date.parse(n.createdAt!);
      return n.kind !== 'DEV_ENVIRONMENT' && ['RUNNING', 'ENDED'].includes(n.phase) && t >= from && t < to;
    });
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.map(awsId)).toEqual(expected.map(awsId));
  });

  it('costs no discovery calls when warm, and no calls at all for kinds filtered out', async () => {
    await h.query(FeedPage, { first: 20 });
    h.emulator.clearRequests();
    await h.query(FeedPage, { first: 20 });
    const operations = h.emulator.requests.map((r) => r.operation);
    expect(operations.filter((o) => !o.endsWith('Sessions'))).toEqual([]);
    h.emulator.clearRequests();
    await h.query(FeedPage, { first: 20, filter: { kinds: ['STREAMING'] } });
    expect(new Set(h.emulator.requests.map((r) => r.service))).toEqual(new Set(['nimble']));
    h.emulator.clearRequests();
    // Only dev environment sessions are RUNNING-only; asking for PENDING leaves CodeCatalyst and Nimble out.
    await h.query(FeedPage, { first: 5, filter: { phases: ['PENDING'] } });
    expect(new Set(h.emulator.requests.map((r) => r.operation))).toEqual(new Set(['ListRemoteAccessSessions']));
  });

  it('pushes test grid filters upstream', async () => {
    h.emulator.clearRequests();
    const after = '2026-10-20T00:00:00.000Z';
    await h.query(FeedPage, { first: 5, filter: { kinds: ['TEST_GRID'], phases: ['FAILED'], createdAfter: after } });
    const calls = h.emulator.requests.filter((r) => r.operation === 'ListTestGridSessions');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.params).toMatchObject({ status: 'ERRORED', creationTimeAfter: Date.parse(after) / 1000 });
  });

  it('reads one page per scope for the first page, and only advancing scopes after it', async () => {
    await h.query(FeedPage, { first: 1 });
    h.emulator.clearRequests();
    const { deviceFarm, nimble, codeCatalyst } = h.emulator.data;
    // Studios that were deleted or never created, and deleted dev environments, hold no sessions.
    const studios = nimble.studios.filter((s) => s.state !== 'DELETED' && s.state !== 'CREATE_FAILED');
    const devEnvironments = codeCatalyst.spaces.flatMap((s) => codeCatalyst.devEnvironments(s.name!)).filter((d) => d.status !== 'DELETED');
    const scopes = deviceFarm.projects.length + deviceFarm.testGridProjects.length + studios.length + devEnvironments.length;
    // Every call is held until all of them have arrived: they were all asked for at once (a
    // gateway reading one after another would never get there, and the test would time out).
    const hold = h.emulator.hold({});
    const answer = h.query(FeedPage, { first: 3 });
    await hold.arrivals(scopes);
    hold.release();
    const first = (await answer).data!.sessions!;
    expect(h.emulator.requests).toHaveLength(scopes);
    const read = new Set(h.emulator.requests.map((r) => r.params.studioId).filter(Boolean));
    expect(read).toEqual(new Set(studios.map((s) => s.studioId)));
    // All of them at once: no call started after another had ended.
    expect(dependencyDepth(h.emulator.requests)).toBe(1);
    h.emulator.clearRequests();
    const second = (await h.query(FeedPage, { first: 3, after: first.pageInfo.endCursor })).data!.sessions!;
    expect(second.edges).toHaveLength(3);
    // At most first + 1 scopes can hold the next items; everything else stays untouched.
    expect(h.emulator.requests.length).toBeLessThanOrEqual(4);
  });

  it('treats a scope deleted since discovery as empty, not as a failing source', async () => {
    await h.query(FeedPage, { first: 1 });
    h.emulator.addFault({ service: 'codeCatalyst', operation: 'ListDevEnvironmentSessions', fault: 'notFound' });
    try {
      const res = await h.query(FeedPage, { first: 50 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.sessions!.incompleteSources).toEqual([]);
      const kinds = new Set(res.data!.sessions!.edges.map((e) => e.node.kind));
      expect(kinds.has('DEV_ENVIRONMENT')).toBe(false);
      expect(kinds.size).toBe(3);
    } finally {
      h.emulator.clearFaults();
    }
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ first: 101 }, /`first` must be from 0 to 100/],
      [{ first: -1 }, /`first` must be from 0 to 100/],
      [{ after: 'garbage' }, /not a cursor of the `sessions` feed/],
      [{ filter: { kinds: [] } }, /at least one kind/],
      [{ filter: { createdAfter: '2026-10-02T00:00:00Z', createdBefore: '2026-10-01T00:00:00Z' } }, /earlier than/],
    ];
    for (const [variables, message] of cases) {
      const res = await h.query(FeedPage, variables as never);
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
    }
    const page = (await h.query(FeedPage, { first: 2 })).data!.sessions!;
    const res = await h.query(FeedPage, { first: 2, after: page.pageInfo.endCursor, filter: { kinds: ['STREAMING'] } });
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/different `filter`/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
