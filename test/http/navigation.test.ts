import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const RemoteAccessProjects = graphql(`
  query RemoteAccessProjects($projectArn: String!) {
    remoteAccessSessions(projectArn: $projectArn, first: 50) { edges { node { arn project { id arn name } } } }
  }
`);
const TestGridProjects = graphql(`
  query TestGridProjects($projectArn: String!) {
    testGridSessions(projectArn: $projectArn, first: 50) { edges { node { arn project { id arn name } } } }
  }
`);
const StreamingParents = graphql(`
  query StreamingParents($studioId: String!, $first: Int) {
    streamingSessions(studioId: $studioId, first: $first) {
      edges {
        node {
          sessionId launchProfileId streamingImageId
          studio { studioId studioName }
          launchProfile { launchProfileId name studioId }
          streamingImage { streamingImageId name studioId }
        }
      }
    }
  }
`);
const DevEnvironmentParents = graphql(`
  query DevEnvironmentParents($spaceName: String!, $projectName: String!, $devEnvironmentId: String!) {
    devEnvironmentSessions(spaceName: $spaceName, projectName: $projectName, devEnvironmentId: $devEnvironmentId) {
      edges {
        node {
          sessionId
          devEnvironment { devEnvironmentId alias status space { name } project { spaceName name } }
        }
      }
    }
  }
`);
const Discover = graphql(`
  query Discover { deviceFarmProjects { arn } testGridProjects { arn } studios { studioId } codeCatalystSpaces { name } }
`);

// Each test gets a gateway of its own, so discovery is cold unless the test warms it.
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** Discovers every scope, as an earlier request would have. */
async function warmDiscovery() {
  const discovered = await h.query(Discover);
  expect(discovered.errors).toBeUndefined();
}

const calls = (operation: string) => h.emulator.requests.filter((r) => r.operation === operation).length;
const operations = () => [...new Set(h.emulator.requests.map((r) => r.operation))].sort();

const busiestStudio = () => {
  const { nimble } = h.emulator.data;
  return [...nimble.studios].sort((a, b) => nimble.streamingSessions(b.studioId!).length - nimble.streamingSessions(a.studioId!).length)[0]!;
};
const firstDevEnvironment = () => {
  const { codeCatalyst } = h.emulator.data;
  const space = codeCatalyst.spaces[0]!;
  const d = codeCatalyst.devEnvironments(space.name!).find((e) => codeCatalyst.sessions(space.name!, e.projectName!, e.id!).length > 1)!;
  return { spaceName: space.name!, projectName: d.projectName!, devEnvironmentId: d.id! };
};

describe('navigation from sessions to their scopes, discovery cold', () => {
  it('RemoteAccessSession.project: the project of its ARN, one GetProject for all sessions', async () => {
    const project = h.emulator.data.deviceFarm.projects[0]!;
    h.emulator.clearRequests();
    const res = await h.query(RemoteAccessProjects, { projectArn: project.arn! });
    expect(res.errors).toBeUndefined();
    const edges = res.data!.remoteAccessSessions!.edges;
    expect(edges.length).toBeGreaterThan(1);
    for (const { node } of edges) expect(node.project).toMatchObject({ arn: project.arn, name: project.name });
    expect(calls('GetProject')).toBe(1);
  });

  it('TestGridSession.project: the project of its ARN, one GetTestGridProject for all sessions', async () => {
    const project = h.emulator.data.deviceFarm.testGridProjects[0]!;
    h.emulator.clearRequests();
    const res = await h.query(TestGridProjects, { projectArn: project.arn! });
    expect(res.errors).toBeUndefined();
    const edges = res.data!.testGridSessions!.edges;
    expect(edges.length).toBeGreaterThan(1);
    for (const { node } of edges) expect(node.project).toMatchObject({ arn: project.arn, name: project.name });
    expect(calls('GetTestGridProject')).toBe(1);
  });

  it('DevEnvironmentSession.devEnvironment: one GetDevEnvironment for all sessions, with its space and project', async () => {
    const key = firstDevEnvironment();
    const expected = h.emulator.data.codeCatalyst.devEnvironments(key.spaceName, key.projectName).find((d) => d.id === key.devEnvironmentId)!;
    h.emulator.clearRequests();
    const res = await h.query(DevEnvironmentParents, key);
    expect(res.errors).toBeUndefined();
    const edges = res.data!.devEnvironmentSessions!.edges;
    expect(edges.length).toBeGreaterThan(1);
    for (const { node } of edges) {
      expect(node.devEnvironment).toEqual({
        devEnvironmentId: key.devEnvironmentId,
        alias: expected.alias ?? null,
        status: expected.status,
        space: { name: key.spaceName },
        project: { spaceName: key.spaceName, name: key.projectName },
      });
    }
    expect(calls('GetDevEnvironment')).toBe(1);
  });

  it('StreamingSession: 50 sessions cost one Get per distinct launch profile and streaming image', async () => {
    const studio = busiestStudio();
    const { nimble } = h.emulator.data;
    h.emulator.clearRequests();
    const res = await h.query(StreamingParents, { studioId: studio.studioId!, first: 50 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.streamingSessions!.edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    const profiles = new Map(nimble.launchProfiles(studio.studioId!).map((p) => [p.launchProfileId, p]));
    const images = new Map(nimble.streamingImages(studio.studioId!).map((i) => [i.streamingImageId, i]));
    for (const n of nodes) {
      expect(n.studio).toEqual({ studioId: studio.studioId, studioName: studio.studioName });
      expect(n.launchProfile).toEqual({ launchProfileId: n.launchProfileId, name: profiles.get(n.launchProfileId!)!.name, studioId: studio.studioId });
      expect(n.streamingImage).toEqual({ streamingImageId: n.streamingImageId, name: images.get(n.streamingImageId!)!.name, studioId: studio.studioId });
    }
    const distinctProfiles = new Set(nodes.map((n) => n.launchProfileId)).size;
    const distinctImages = new Set(nodes.map((n) => n.streamingImageId)).size;
    expect(distinctProfiles).toBeGreaterThan(1);
    expect(calls('GetLaunchProfile')).toBe(distinctProfiles);
    expect(calls('GetStreamingImage')).toBe(distinctImages);
  });
});

describe('navigation, discovery warm', () => {
  it('costs no call when discovery holds the parent', async () => {
    await warmDiscovery();
    const { deviceFarm } = h.emulator.data;
    h.emulator.clearRequests();
    const [ra, tg, st, de] = await Promise.all([
      h.query(RemoteAccessProjects, { projectArn: deviceFarm.projects[1]!.arn! }),
      h.query(TestGridProjects, { projectArn: deviceFarm.testGridProjects[1]!.arn! }),
      h.query(`query($studioId: String!) { streamingSessions(studioId: $studioId, first: 50) { edges { node { studio { studioName } } } } }`, {
        studioId: busiestStudio().studioId!,
      } as never),
      h.query(DevEnvironmentParents, firstDevEnvironment()),
    ]);
    for (const res of [ra, tg, st, de]) expect(res.errors).toBeUndefined();
    expect(ra.data!.remoteAccessSessions!.edges.every((e) => e.node.project?.arn === deviceFarm.projects[1]!.arn)).toBe(true);
    expect(operations()).toEqual(['ListDevEnvironmentSessions', 'ListRemoteAccessSessions', 'ListStreamingSessions', 'ListTestGridSessions']);
  });

  it("a failing parent lookup nulls only that field, with a coded error, and keeps the session", async () => {
    await warmDiscovery();
    h.emulator.addFault({ service: 'nimble', operation: 'GetLaunchProfile', fault: 'accessDenied' });
    const res = await h.query(StreamingParents, { studioId: busiestStudio().studioId!, first: 5 });
    const nodes = res.data!.streamingSessions!.edges.map((e) => e.node);
    expect(nodes).toHaveLength(5);
    for (const n of nodes) {
      expect(n.launchProfile).toBeNull();
      expect(n.streamingImage).not.toBeNull();
    }
    expect(res.errors!.length).toBeGreaterThan(0);
    for (const error of res.errors!) {
      expect(error.path?.at(-1)).toBe('launchProfile');
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_ACCESS_DENIED', source: 'nimble' });
    }
  });
});
