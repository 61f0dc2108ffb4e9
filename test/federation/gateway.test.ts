// A real federation gateway (Hive Gateway's runtime, in-process) over our gateway and two other
// subgraphs, every one of them on loopback: queries cross the boundary in both directions, and the
// entity batch costs what `nodes` costs upstream.
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';
import { startFinance, startTickets, type CompanyData, type RunningSubgraph } from './subgraphs.js';

type Found = { __typename: string; id: string };
type Edges = { edges: Array<{ node: Found }> };

let h: Harness;
let others: RunningSubgraph[];
let router: GatewayRuntime;
/** Requests the router sent to each subgraph URL. */
const fetches: string[] = [];
let studioId: string;
let projectArn: string;
let data: CompanyData;
const forged = Buffer.from('StreamingSession:["stid-forged"]').toString('base64');

const KIND: Record<string, string> = {
  RemoteAccessSession: 'REMOTE_ACCESS',
  TestGridSession: 'TEST_GRID',
  StreamingSession: 'STREAMING',
  DevEnvironmentSession: 'DEV_ENVIRONMENT',
};
const ids = (connection: Edges) => connection.edges.map((e) => e.node.id);

beforeAll(async () => {
  h = await startHarness();
  const { deviceFarm, nimble } = h.emulator.data;
  studioId = nimble.studios.find((s) => nimble.streamingSessions(s.studioId!).length >= 40)!.studioId!;
  projectArn = deviceFarm.projects[0]!.arn!;
  const res = await h.query<{ streamingSessions: Edges; remoteAccessSessions: Edges; sessions: Edges }, object>(
    `query Setup($studioId: String!, $projectArn: String!) {
      streamingSessions(studioId: $studioId, first: 40) { edges { node { __typename id } } }
      remoteAccessSessions(projectArn: $projectArn, first: 3) { edges { node { __typename id } } }
      sessions(first: 100) { edges { node { __typename id } } }
    }`,
    { studioId, projectArn },
  );
  // Every other session, so no single upstream page holds them by chance.
  const watched = ids(res.data!.streamingSessions).filter((_, i) => i % 2 === 1);
  const oneOfEachKind = [...new Map(res.data!.sessions.edges.map(({ node }) => [node.__typename, node.id])).values()];
  data = {
    costCentres: new Map([...watched, ...ids(res.data!.remoteAccessSessions), ...oneOfEachKind].map((id, i) => [id, `CC-${i}`])),
    watchedStreamingSessions: watched,
    openTickets: new Map([...oneOfEachKind, forged].map((id, i) => [id, i + 1])),
  };
  others = [await startFinance(data), await startTickets(data)];
  // Compose what our endpoint serves, as a router's tooling fetches it (`_service { sdl }`).
  const sdl = (await h.query<{ _service: { sdl: string } }, never>('{ _service { sdl } }')).data!._service.sdl;
  const composed = composeServices([{ name: 'sessions', typeDefs: parse(sdl), url: h.url }, ...others]);
  expect(composed.errors).toBeUndefined();
  router = createGatewayRuntime({
    supergraph: composed.supergraphSdl!,
    logging: false,
    plugins: () => [{ onFetch: ({ url }) => void fetches.push(url) }],
  });
});
afterAll(async () => {
  await router?.dispose();
  await Promise.all(others.map((s) => s.close()));
  await h.close();
});

async function route<T>(query: string, variables?: object): Promise<ExecutionResult<T>> {
  fetches.length = 0;
  const response = await router.fetch('http://router/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as ExecutionResult<T>;
}

describe('a federation gateway over the session gateway and two company subgraphs', () => {
  it('serves our sessions with the field another subgraph adds to their kind, beside its own Relay connection', async () => {
    type Session = { id: string; costCentre: string | null };
    const res = await route<{ streamingSessions: { edges: Array<{ node: Session }> }; remoteAccessSessions: { edges: Array<{ node: Session }> }; budgets: unknown }>(
      `query Extended($studioId: String!, $projectArn: String!) {
        streamingSessions(studioId: $studioId, first: 40) { edges { node { id state costCentre } } }
        remoteAccessSessions(projectArn: $projectArn, first: 3) { edges { node { id name costCentre } } }
        budgets { pageInfo { hasNextPage endCursor } edges { node { id startsAt } } }
      }`,
      { studioId, projectArn },
    );
    expect(res.errors).toBeUndefined();
    const sessions = [...res.data!.streamingSessions.edges, ...res.data!.remoteAccessSessions.edges].map((e) => e.node);
    expect(sessions).toHaveLength(43);
    for (const s of sessions) expect(s.costCentre).toBe(data.costCentres.get(s.id) ?? null);
    expect(sessions.filter((s) => s.costCentre !== null).length).toBeGreaterThanOrEqual(23);
    expect(res.data!.budgets).toEqual({
      pageInfo: { hasNextPage: false, endCursor: 'b1' },
      edges: [{ node: { id: 'QnVkZ2V0OjE=', startsAt: '2026-01-01T00:00:00Z' } }],
    });
  });

  it("resolves another subgraph's 20 streaming-session references in one batch, with no more upstream calls than nodes", async () => {
    h.emulator.clearRequests();
    const direct = await h.query<{ nodes: Array<Found | null> }, object>('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: data.watchedStreamingSessions });
    expect(direct.errors).toBeUndefined();
    const viaNodes = h.emulator.requests.map((r) => r.operation);

    h.emulator.clearRequests();
    const res = await route<{ watchedStreamingSessions: Array<{ id: string; studioId: string; state: string; costCentre: string }> }>(
      '{ watchedStreamingSessions { id studioId sessionId state ownedBy costCentre } }',
    );
    expect(res.errors).toBeUndefined();
    const sessions = res.data!.watchedStreamingSessions;
    expect(sessions.map((s) => s.id)).toEqual(data.watchedStreamingSessions);
    expect(sessions.every((s) => s.studioId === studioId && s.state && s.costCentre === data.costCentres.get(s.id))).toBe(true);
    // finance, then one `_entities` request to us for all 20, then finance again for costCentre.
    expect(fetches.filter((url) => url === h.url)).toHaveLength(1);
    const viaEntities = h.emulator.requests.map((r) => r.operation);
    expect(viaEntities).toEqual(viaNodes);
    expect(viaEntities).toEqual(['ListStreamingSessions']);
  });

  it("resolves another subgraph's Session references to full sessions of every kind, in order; a forged one is null", async () => {
    type Watched = Found & { kind: string; openTickets: number };
    const res = await route<{ watchedSessions: Array<Watched | null> }>(`{
      watchedSessions {
        __typename id kind openTickets
        ... on StreamingSession { state }
        ... on RemoteAccessSession { name }
        ... on TestGridSession { billingMinutes }
        ... on DevEnvironmentSession { devEnvironmentId }
      }
    }`);
    const sessions = res.data!.watchedSessions;
    expect(sessions.map((s) => s?.id ?? null)).toEqual([...data.openTickets.keys()].map((id) => (id === forged ? null : id)));
    const found = sessions.filter((s): s is Watched => s !== null);
    expect(found.map((s) => s.__typename).sort()).toEqual(['DevEnvironmentSession', 'RemoteAccessSession', 'StreamingSession', 'TestGridSession']);
    expect(found.map((s) => [s.kind, s.openTickets])).toEqual(found.map((s) => [KIND[s.__typename], data.openTickets.get(s.id)]));
    // Our answer for the forged one carries BAD_USER_INPUT (entities.test.ts); Hive Gateway 2.12
    // drops that error where Apollo Gateway 2.14 forwards it, so only the null is asserted here.
  });

  // Known limits of Hive Gateway 2.12 with @interfaceObject; Apollo Gateway 2.14 answers both (see
  // the README's caveats). These assert today's behaviour: when one fails, Hive has fixed it, so
  // drop the caveat and assert the real values instead.
  it('[known Hive Gateway 2.12 limit] a field added through Session @interfaceObject fails on sessions from us', async () => {
    const res = await route<{ sessions: unknown }>('{ sessions(first: 3) { edges { node { id openTickets } } } }');
    expect(res.data?.sessions ?? null).toBeNull();
    expect(res.errors?.[0]?.path).toEqual(['sessions', 'edges', 0, 'node', 'openTickets']);
  });

  it('[known Hive Gateway 2.12 limit] Session references do not get the fields a third subgraph adds to their kind', async () => {
    const res = await route<{ watchedSessions: Array<{ id: string; costCentre?: string | null } | null> }>(
      '{ watchedSessions { id ... on StreamingSession { costCentre } ... on RemoteAccessSession { costCentre } } }',
    );
    const extended = res.data!.watchedSessions.filter((s) => s?.costCentre !== undefined);
    expect(extended.length).toBeGreaterThan(0);
    // The finance subgraph has a cost centre for each of these; Hive Gateway 2.12 does not ask it.
    expect(extended.every((s) => data.costCentres.has(s!.id))).toBe(true);
    expect(extended.map((s) => s!.costCentre)).toEqual(extended.map(() => null));
  });
});
