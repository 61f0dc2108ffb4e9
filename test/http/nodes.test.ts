import { CodeCatalystClient, StopDevEnvironmentSessionCommand } from '@aws-sdk/client-codecatalyst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const NodeFields = graphql(`
  fragment NodeFields on Node {
    __typename
    id
    ... on RemoteAccessSession { arn }
    ... on TestGridSession { arn }
    ... on StreamingSession { studioId sessionId }
    ... on DevEnvironmentSession { spaceName projectName devEnvironmentId sessionId }
    ... on DeviceFarmProject { arn }
    ... on DeviceFarmTestGridProject { arn }
    ... on NimbleStudio { studioId }
    ... on NimbleLaunchProfile { studioId launchProfileId }
    ... on NimbleStreamingImage { studioId streamingImageId }
    ... on CodeCatalystSpace { name }
    ... on CodeCatalystProject { spaceName name }
    ... on CodeCatalystDevEnvironment { spaceName projectName devEnvironmentId }
  }
`);
const Node = graphql(`
  query Node($id: ID!) { node(id: $id) { ...NodeFields } }
`);
const Nodes = graphql(`
  query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ...NodeFields } }
`);
/** One object of every Node type, reached from the root fields and the navigation fields. */
const EveryType = graphql(`
  query EveryType($studioId: String!, $projectArn: String!, $testGridProjectArn: String!) {
    remoteAccessSessions(projectArn: $projectArn, first: 2) { edges { node { ...NodeFields project { ...NodeFields } } } }
    testGridSessions(projectArn: $testGridProjectArn, first: 2) { edges { node { ...NodeFields project { ...NodeFields } } } }
    streamingSessions(studioId: $studioId, first: 2) {
      edges {
        node {
          ...NodeFields
          studio { ...NodeFields }
          launchProfile { ...NodeFields }
          streamingImage { ...NodeFields }
        }
      }
    }
    codeCatalystSpaces {
      ...NodeFields
      projects { ...NodeFields }
      devEnvironments { ...NodeFields sessions(first: 2) { edges { node { ...NodeFields } } } }
    }
  }
`);
const StreamingIds = graphql(`
  query StreamingIds($studioId: String!, $first: Int) { streamingSessions(studioId: $studioId, first: $first) { edges { node { id } } } }
`);

type Found = { __typename: string; id: string };

let h: Harness;
let everything: Found[];
beforeAll(async () => {
  h = await startHarness();
  const { deviceFarm, nimble } = h.emulator.data;
  const studio = [...nimble.studios].sort((a, b) => nimble.streamingSessions(b.studioId!).length - nimble.streamingSessions(a.studioId!).length)[0]!;
  const res = await h.query(EveryType, {
    studioId: studio.studioId!,
    projectArn: deviceFarm.projects[0]!.arn!,
    testGridProjectArn: deviceFarm.testGridProjects[0]!.arn!,
  });
  expect(res.errors).toBeUndefined();
  // Every object in the answer that has a global ID, without its nested objects.
  everything = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    const entries = Object.entries(value);
    if ('id' in value && '__typename' in value) everything.push(Object.fromEntries(entries.filter(([, v]) => typeof v !== 'object')) as Found);
    entries.forEach(([, v]) => collect(v));
  };
  collect(res.data);
});
afterAll(() => h.close());

const codeOf = (res: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.code;
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('node and nodes', () => {
  it('round-trip one object of every session and scope type (id → the same object)', async () => {
    const types = new Set(everything.map((o) => o.__typename));
    expect([...types].sort()).toEqual([
      'CodeCatalystDevEnvironment', 'CodeCatalystProject', 'CodeCatalystSpace', 'DevEnvironmentSession', 'DeviceFarmProject',
      'DeviceFarmTestGridProject', 'NimbleLaunchProfile', 'NimbleStreamingImage', 'NimbleStudio', 'RemoteAccessSession',
      'StreamingSession', 'TestGridSession',
    ]);
    const one = [...types].map((t) => everything.find((o) => o.__typename === t)!);
    for (const object of one) {
      const res = await h.query(Node, { id: object.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toEqual(object);
    }
    const res = await h.query(Nodes, { ids: everything.map((o) => o.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual(everything);
  });

  it('nodes keeps the order and length of mixed IDs, with null for the ones that are gone', async () => {
    const { deviceFarm } = h.emulator.data;
    const goneProject = deviceFarm.projects[0]!.arn!.replace(/[0-9a-f]{12}$/, '000000000000');
    const ids = [everything[5]!, everything.at(-1)!, everything[0]!, everything[5]!].map((o) => o.id);
    const res = await h.query(Nodes, { ids: [ids[0]!, encode(`DeviceFarmProject:${goneProject}`), ...ids.slice(1)] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([everything[5], null, everything.at(-1), everything[0], everything[5]]);
  });

  it('nodes of 30 streaming sessions of one studio make at most two Nimble calls', async () => {
    const { nimble } = h.emulator.data;
    const studio = nimble.studios.find((s) => nimble.streamingSessions(s.studioId!).length >= 60)!;
    const page = await h.query(StreamingIds, { studioId: studio.studioId!, first: 60 });
    // Every other session, so no single upstream page holds them by chance.
    const ids = page.data!.streamingSessions!.edges.filter((_, i) => i % 2 === 1).map((e) => e.node.id);
    expect(ids).toHaveLength(30);
    h.emulator.clearRequests();
    const res = await h.query(Nodes, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes.map((n) => n?.id)).toEqual(ids);
    const nimbleCalls = h.emulator.requests.filter((r) => r.service === 'nimble');
    expect(nimbleCalls.length).toBeLessThanOrEqual(2);
    expect(new Set(nimbleCalls.map((r) => r.operation))).toEqual(new Set(['ListStreamingSessions']));
  });

  it.each([
    ['not base64', '%%%not-base64%%%', /not an ID of this gateway/],
    ['an unknown type', encode('Nonsense:abc'), /has no global IDs/],
    ['a type without global IDs', encode('PageInfo:abc'), /has no global IDs/],
    ['the wrong number of parts', encode('StreamingSession:["stid-only"]'), /not a valid StreamingSession ID/],
    ['parts that are not JSON', encode('NimbleLaunchProfile:stid-x/lp-y'), /not a valid NimbleLaunchProfile ID/],
    ['a non-ARN project', encode('DeviceFarmProject:my-project'), /not a valid DeviceFarmProject ID/],
    ['a session ARN as a project', encode('DeviceFarmTestGridProject:arn:aws:devicefarm:us-west-2:123456789012:project:abc'), /not a valid DeviceFarmTestGridProject ID/],
    ['an invalid space name', encode('CodeCatalystSpace:a b'), /not a valid CodeCatalystSpace ID/],
    ['a dev environment ID that is not a UUID', encode('CodeCatalystDevEnvironment:["space","project","not-a-uuid"]'), /not a valid CodeCatalystDevEnvironment ID/],
    ['an empty studio ID', encode('NimbleStudio:'), /not a valid NimbleStudio ID/],
  ])('rejects an ID with %s as BAD_USER_INPUT, in node and in nodes (that item alone)', async (_what, id, message) => {
    const node = await h.query(Node, { id });
    const nodes = await h.query(Nodes, { ids: [everything[0]!.id, id] });
    for (const res of [node, nodes]) {
      expect(res.status).toBe(200);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
      expect(res.errors![0]!.message).toMatch(/use the `id` of|this gateway/);
    }
    expect(node.data).toEqual({ node: null });
    expect(nodes.data).toEqual({ nodes: [everything[0], null] });
    expect(nodes.errors![0]!.path).toEqual(['nodes', 1]);
  });

  it('a malformed ID in nodes nulls only its own item: the others resolve, each bad one has its own error', async () => {
    const streaming = everything.filter((o) => o.__typename === 'StreamingSession');
    const ids = [
      streaming[0]!.id,
      '%%%not-base64%%%',
      everything[0]!.id,
      encode('StreamingSession:["stid-only"]'),
      streaming[1]!.id,
      encode('PageInfo:abc'),
    ];
    h.emulator.clearRequests();
    const res = await h.query(Nodes, { ids });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ nodes: [streaming[0], null, everything[0], null, streaming[1], null] });
    expect(res.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'BAD_USER_INPUT'],
      [['nodes', 3], 'BAD_USER_INPUT'],
      [['nodes', 5], 'BAD_USER_INPUT'],
    ]);
    expect(res.errors!.map((e) => e.message)).toEqual([
      expect.stringMatching(/not an ID of this gateway/),
      expect.stringMatching(/not a valid StreamingSession ID/),
      expect.stringMatching(/has no global IDs/),
    ]);
    // The two streaming sessions of one studio are still fetched together.
    expect(h.emulator.requests.filter((r) => r.service === 'nimble').length).toBeLessThanOrEqual(1);
  });

  it('takes at most 100 IDs, before any upstream call', async () => {
    h.emulator.clearRequests();
    const res = await h.query(Nodes, { ids: Array.from({ length: 101 }, () => everything[0]!.id) });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toBe('`nodes` takes at most 100 IDs, got 101; split the request.');
    expect(h.emulator.requests).toHaveLength(0);
  });

  it('answers null for well-formed IDs of objects that do not exist', async () => {
    const studio = everything.find((o) => o.__typename === 'NimbleStudio') as Found & { studioId: string };
    const arn = (resource: string) => `arn:aws:devicefarm:us-west-2:123456789012:${resource}:00000000-0000-4000-8000-000000000000`;
    const ids = [
      encode(`DeviceFarmProject:${arn('project')}`),
      encode(`DeviceFarmTestGridProject:${arn('testgrid-project')}`),
      encode(`RemoteAccessSession:${arn('session')}/1/00000`),
      encode(`TestGridSession:${arn('testgrid-session')}/x`),
      encode(`StreamingSession:${JSON.stringify([studio.studioId, 'st-doesnotexist'])}`),
      encode(`NimbleStudio:stid-doesnotexist`),
      encode(`NimbleLaunchProfile:${JSON.stringify([studio.studioId, 'lp-doesnotexist'])}`),
      encode(`NimbleStreamingImage:${JSON.stringify([studio.studioId, 'sti-doesnotexist'])}`),
      encode('CodeCatalystSpace:no-such-space'),
      encode('CodeCatalystProject:["no-such-space","no-such-project"]'),
    ];
    const res = await h.query(Nodes, { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual(ids.map(() => null));
  });

  it('answers null for a Dev Environment session stopped since its ID was handed out', async () => {
    const session = everything.find((o) => o.__typename === 'DevEnvironmentSession') as Found & Record<string, string>;
    const client = new CodeCatalystClient({ region: 'us-west-2', endpoint: h.emulator.url, token: { token: 'test-token' } });
    await client.send(
      new StopDevEnvironmentSessionCommand({
        spaceName: session.spaceName,
        projectName: session.projectName,
        id: session.devEnvironmentId,
        sessionId: session.sessionId,
      }),
    );
    client.destroy();
    const res = await h.query(Node, { id: session.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });
});
