import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { walkConnection } from './walk.js';

const RemoteAccess = graphql(`
  query RemoteAccessPage($projectArn: String!, $first: Int, $after: String) {
    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {
      edges { cursor node { arn } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
const TestGrid = graphql(`
  query TestGridPage(
    $projectArn: String!, $first: Int, $after: String, $status: DeviceFarmTestGridSessionStatus,
    $creationTimeAfter: DateTime, $creationTimeBefore: DateTime, $endTimeAfter: DateTime, $endTimeBefore: DateTime
  ) {
    testGridSessions(
      projectArn: $projectArn, first: $first, after: $after, status: $status, creationTimeAfter: $creationTimeAfter,
      creationTimeBefore: $creationTimeBefore, endTimeAfter: $endTimeAfter, endTimeBefore: $endTimeBefore
    ) {
      edges { cursor node { arn } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Streaming = graphql(`
  query StreamingPage($studioId: String!, $first: Int, $after: String, $createdBy: String, $ownedBy: String, $sessionIds: [String!]) {
    streamingSessions(studioId: $studioId, first: $first, after: $after, createdBy: $createdBy, ownedBy: $ownedBy, sessionIds: $sessionIds) {
      edges { cursor node { sessionId } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const DevEnvironment = graphql(`
  query DevEnvironmentPage($spaceName: String!, $projectName: String!, $devEnvironmentId: String!, $first: Int, $after: String) {
    devEnvironmentSessions(spaceName: $spaceName, projectName: $projectName, devEnvironmentId: $devEnvironmentId, first: $first, after: $after) {
      edges { cursor node { sessionId } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Walks a root connection and returns the IDs, failing on any GraphQL error. */
async function walkIds<V, R>(doc: TypedDocumentNode<any, any>, variables: V, pick: (data: R) => any, id: (node: any) => string, first: number) {
  const { nodes } = await walkConnection(async (after) => {
    const res = await h.query(doc as never, { ...variables, first, after } as never);
    expect(res.errors).toBeUndefined();
    return pick(res.data as R);
  });
  return nodes.map(id);
}

const busiest = <T>(items: readonly T[], size: (t: T) => number) => [...items].sort((a, b) => size(b) - size(a))[0]!;

describe('the four API-shaped connections', () => {
  it.each([1, 3, 7, 20, 100])('walk every scope page by page (first=%i) exactly as the emulator lists it', async (first) => {
    const { deviceFarm, nimble, codeCatalyst } = h.emulator.data;
    for (const p of deviceFarm.projects) {
      const ids = await walkIds(RemoteAccess, { projectArn: p.arn! }, (d: any) => d.remoteAccessSessions, (n) => n.arn, first);
      expect(ids).toEqual(deviceFarm.remoteAccessSessions(p.arn!).map((s) => s.arn));
    }
    for (const p of deviceFarm.testGridProjects) {
      const ids = await walkIds(TestGrid, { projectArn: p.arn! }, (d: any) => d.testGridSessions, (n) => n.arn, first);
      expect(ids).toEqual(deviceFarm.testGridSessions(p.arn!).map((s) => s.arn));
    }
    const studio = busiest(nimble.studios, (s) => nimble.streamingSessions(s.studioId!).length);
    const streaming = await walkIds(Streaming, { studioId: studio.studioId! }, (d: any) => d.streamingSessions, (n) => n.sessionId, first);
    expect(streaming).toEqual(nimble.streamingSessions(studio.studioId!).map((s) => s.sessionId));
    for (const space of codeCatalyst.spaces) {
      for (const d of codeCatalyst.devEnvironments(space.name!)) {
        const key = { spaceName: space.name!, projectName: d.projectName!, devEnvironmentId: d.id! };
        const ids = await walkIds(DevEnvironment, key, (r: any) => r.devEnvironmentSessions, (n) => n.sessionId, first);
        expect(ids).toEqual(codeCatalyst.sessions(key.spaceName, key.projectName, key.devEnvironmentId).map((s) => s.id));
      }
    }
    // first=1 sends one GraphQL request per session, about 800: more than the default 20 s allows
    // on a busy two-core machine (26 s measured under load).
  }, 90_000);

  it('fetches no more upstream pages than a page needs', async () => {
    const { deviceFarm } = h.emulator.data;
    const project = busiest(deviceFarm.projects, (p) => deviceFarm.remoteAccessSessions(p.arn!).length);
    h.emulator.clearRequests();
    const page = await h.query(RemoteAccess, { projectArn: project.arn!, first: 5 });
    // Six items (five plus the one proving hasNextPage) sit in the first server page of 25.
    expect(h.emulator.requests.map((r) => r.operation)).toEqual(['ListRemoteAccessSessions']);
    expect(page.data!.remoteAccessSessions!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    h.emulator.clearRequests();
    const grid = busiest(deviceFarm.testGridProjects, (p) => deviceFarm.testGridSessions(p.arn!).length);
    await h.query(TestGrid, { projectArn: grid.arn!, first: 5 });
    expect(h.emulator.requests.map((r) => [r.operation, r.params.maxResult])).toEqual([['ListTestGridSessions', 6]]);
  });

  it('resumes after any edge, even inside a server page larger than first', async () => {
    const { deviceFarm } = h.emulator.data;
    const project = busiest(deviceFarm.projects, (p) => deviceFarm.remoteAccessSessions(p.arn!).length);
    const expected = deviceFarm.remoteAccessSessions(project.arn!).map((s) => s.arn);
    const page = (await h.query(RemoteAccess, { projectArn: project.arn!, first: 30 })).data!.remoteAccessSessions!;
    for (const i of [0, 10, 24, 25, 29]) {
      const next = (await h.query(RemoteAccess, { projectArn: project.arn!, first: 2, after: page.edges[i]!.cursor })).data!;
      expect(next.remoteAccessSessions!.edges.map((e) => e.node.arn)).toEqual(expected.slice(i + 1, i + 3));
    }
  });

  it('applies the test grid filters upstream', async () => {
    const { deviceFarm } = h.emulator.data;
    const project = busiest(deviceFarm.testGridProjects, (p) => deviceFarm.testGridSessions(p.arn!).length);
    const all = deviceFarm.testGridSessions(project.arn!);
    const after = all[Math.floor(all.length / 2)]!.created!;
    const expected = all.filter((s) => s.status === 'CLOSED' && s.created! > after).map((s) => s.arn);
    h.emulator.clearRequests();
    const ids = await walkIds(
      TestGrid,
      { projectArn: project.arn!, status: 'CLOSED', creationTimeAfter: after.toISOString() },
      (d: any) => d.testGridSessions,
      (n) => n.arn,
      4,
    );
    expect(ids).toEqual(expected);
    for (const r of h.emulator.requests) expect(r.params).toMatchObject({ status: 'CLOSED', creationTimeAfter: after.getTime() / 1000 });
  });

  it('applies the streaming filters, across empty pages that still carry a token', async () => {
    const { nimble } = h.emulator.data;
    const studio = busiest(nimble.studios, (s) => nimble.streamingSessions(s.studioId!).length);
    const sessions = nimble.streamingSessions(studio.studioId!);
    const owner = sessions.at(-1)!.ownedBy!;
    const expected = sessions.filter((s) => s.ownedBy === owner).map((s) => s.sessionId);
    h.emulator.clearRequests();
    const ids = await walkIds(Streaming, { studioId: studio.studioId!, ownedBy: owner }, (d: any) => d.streamingSessions, (n) => n.sessionId, 2);
    expect(ids).toEqual(expected);
    const picked = [sessions[3]!.sessionId!, sessions[0]!.sessionId!];
    const byId = await walkIds(Streaming, { studioId: studio.studioId!, sessionIds: picked }, (d: any) => d.streamingSessions, (n) => n.sessionId, 10);
    expect(new Set(byId)).toEqual(new Set(picked));
  });
});
