import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { walkConnection } from './walk.js';

const ScopeRoots = graphql(`
  query ScopeRoots {
    deviceFarmProjects {
      id arn name defaultJobTimeoutMinutes created executionRoleArn
      vpcConfig { securityGroupIds subnetIds vpcId }
      environmentVariables { name value }
    }
    testGridProjects { id arn name description created vpcConfig { securityGroupIds subnetIds vpcId } }
    studios {
      id adminRoleArn arn createdAt displayName homeRegion ssoClientId state statusCode statusMessage
      studioEncryptionConfiguration { keyArn keyType }
      studioId studioName studioUrl tags { key value } updatedAt userRoleArn
    }
    codeCatalystSpaces {
      id name regionName displayName description
      projects { spaceName name displayName description }
      devEnvironments {
        devEnvironmentId spaceName projectName lastUpdatedTime creatorId status statusReason alias instanceType
        inactivityTimeoutMinutes vpcConnectionName
        repositories { repositoryName branchName }
        ides { name runtime }
        persistentStorage { sizeInGiB }
      }
    }
  }
`);

const LaunchProfiles = graphql(`
  query StudioLaunchProfiles {
    studios {
      studioId
      launchProfiles {
        arn createdAt createdBy description ec2SubnetIds launchProfileId launchProfileProtocolVersions name state
        statusCode statusMessage studioComponentIds tags { key value } updatedAt updatedBy
        validationResults { type state statusCode statusMessage }
        streamConfiguration {
          clipboardMode ec2InstanceTypes maxSessionLengthInMinutes streamingImageIds maxStoppedSessionLengthInMinutes
          sessionStorage { root { linux windows } mode }
          sessionBackup { mode maxBackupsToRetain }
          sessionPersistenceMode
          volumeConfiguration { size throughput iops }
          automaticTerminationMode
        }
      }
    }
  }
`);

const DevEnvironmentIds = graphql(`
  query DevEnvironmentIds {
    codeCatalystSpaces { devEnvironments { id spaceName projectName devEnvironmentId } }
  }
`);

const ScopeSessions = graphql(`
  query ScopeSessions($id: ID!, $first: Int, $after: String, $status: DeviceFarmTestGridSessionStatus) {
    node(id: $id) {
      ... on DeviceFarmProject { remoteAccessSessions(first: $first, after: $after) { ...ScopeRemoteAccessPage } }
      ... on DeviceFarmTestGridProject { testGridSessions(first: $first, after: $after, status: $status) { ...ScopeTestGridPage } }
      ... on NimbleStudio { streamingSessions(first: $first, after: $after) { ...ScopeStreamingPage } }
      ... on CodeCatalystDevEnvironment { sessions(first: $first, after: $after) { ...ScopeDevEnvironmentPage } }
    }
  }
  fragment ScopeRemoteAccessPage on RemoteAccessSessionConnection { edges { cursor node { awsId: arn } } pageInfo { hasNextPage endCursor } }
  fragment ScopeTestGridPage on TestGridSessionConnection { edges { cursor node { awsId: arn } } pageInfo { hasNextPage endCursor } }
  fragment ScopeStreamingPage on StreamingSessionConnection { edges { cursor node { awsId: sessionId } } pageInfo { hasNextPage endCursor } }
  fragment ScopeDevEnvironmentPage on DevEnvironmentSessionConnection { edges { cursor node { awsId: sessionId } } pageInfo { hasNextPage endCursor } }
`);

/** AWS shapes as JSON carries them: dates as ISO strings, absent fields left out. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** GraphQL answers absent fields with null; dropping them compares with `plain`. */
const withoutNulls = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutNulls)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]))
      : value;
const tagList = (tags: Record<string, string> | undefined) => Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
const strip = <T extends object>(items: readonly T[], ...keys: string[]) =>
  items.map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k))));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('scope root fields', () => {
  // First, while nothing is cached: a failed discovery is not cached, so it must run cold.
  it('a failing source nulls only its own field, with a coded error naming the source', async () => {
    h.emulator.addFault({ service: 'nimble', operation: 'ListStudios', fault: 'accessDenied' });
    const res = await h.query(ScopeRoots);
    h.emulator.clearFaults();
    expect(res.status).toBe(200);
    expect(res.data?.studios).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['studios'], extensions: { code: 'UPSTREAM_ACCESS_DENIED', source: 'nimble' } });
    expect(res.data?.deviceFarmProjects).toHaveLength(h.emulator.data.deviceFarm.projects.length);
    expect(res.data?.testGridProjects).toHaveLength(h.emulator.data.deviceFarm.testGridProjects.length);
    expect(res.data?.codeCatalystSpaces).toHaveLength(h.emulator.data.codeCatalyst.spaces.length);
  });

  it("match the emulator's data, field for field, in upstream order", async () => {
    const res = await h.query(ScopeRoots);
    expect(res.errors).toBeUndefined();
    const data = withoutNulls(res.data) as any;
    const { deviceFarm, nimble, codeCatalyst } = h.emulator.data;
    expect(strip(data.deviceFarmProjects, 'id')).toEqual(plain(deviceFarm.projects));
    expect(strip(data.testGridProjects, 'id')).toEqual(plain(deviceFarm.testGridProjects));
    expect(strip(data.studios, 'id')).toEqual(plain(nimble.studios.map((s) => ({ ...s, tags: tagList(s.tags) }))));
    const spaces = codeCatalyst.spaces.map((space) => ({
      ...space,
      projects: codeCatalyst.projects(space.name!).map((p) => ({ ...p, spaceName: space.name })),
      devEnvironments: codeCatalyst.devEnvironments(space.name!).map(({ id, ...d }) => ({ devEnvironmentId: id, ...d })),
    }));
    expect(strip(data.codeCatalystSpaces, 'id')).toEqual(plain(spaces));
  });

  it('are cached across requests: a second request makes no upstream call', async () => {
    h.emulator.clearRequests();
    const res = await h.query(ScopeRoots);
    expect(res.errors).toBeUndefined();
    expect(h.emulator.requests).toEqual([]);
  });

  it("list a studio's launch profiles with their typed stream configuration", async () => {
    const res = await h.query(LaunchProfiles);
    expect(res.errors).toBeUndefined();
    for (const studio of res.data!.studios!) {
      const expected = h.emulator.data.nimble.launchProfiles(studio.studioId).map((p) => ({ ...p, tags: tagList(p.tags) }));
      expect(withoutNulls(studio.launchProfiles)).toEqual(plain(expected));
    }
  });
});

describe('scope connections', () => {
  const walk = (id: string, first: number, status?: 'ACTIVE' | 'CLOSED' | 'ERRORED') =>
    walkConnection<{ awsId: string }>(async (after) => {
      const res = await h.query(ScopeSessions, { id, first, after, status });
      expect(res.errors).toBeUndefined();
      const node = res.data!.node as any;
      return node.remoteAccessSessions ?? node.testGridSessions ?? node.streamingSessions ?? node.sessions;
    }).then(({ nodes }) => nodes.map((n) => n.awsId));

  it.each([3, 20])('walk every scope exactly as the emulator lists it (first=%i)', async (first) => {
    const res = await h.query(ScopeRoots);
    const { deviceFarm, nimble, codeCatalyst } = h.emulator.data;
    for (const p of res.data!.deviceFarmProjects!) {
      expect(await walk(p.id, first)).toEqual(deviceFarm.remoteAccessSessions(p.arn).map((s) => s.arn));
    }
    for (const p of res.data!.testGridProjects!) {
      expect(await walk(p.id, first)).toEqual(deviceFarm.testGridSessions(p.arn).map((s) => s.arn));
      const active = deviceFarm.testGridSessions(p.arn).filter((s) => s.status === 'ACTIVE');
      expect(await walk(p.id, first, 'ACTIVE')).toEqual(active.map((s) => s.arn));
    }
    for (const s of res.data!.studios!.filter((st) => nimble.streamingSessions(st.studioId).length > 0)) {
      expect(await walk(s.id, first)).toEqual(nimble.streamingSessions(s.studioId).map((x) => x.sessionId));
    }
    const environments = await h.query(DevEnvironmentIds);
    const devEnvironments = environments.data!.codeCatalystSpaces!.flatMap((space) => space.devEnvironments ?? []);
    expect(devEnvironments.length).toBeGreaterThan(0);
    for (const d of devEnvironments) {
      const expected = codeCatalyst.sessions(d.spaceName, d.projectName, d.devEnvironmentId).map((x) => x.id);
      expect(await walk(d.id, first)).toEqual(expected);
    }
  });
});
