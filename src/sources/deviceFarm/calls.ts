import {
  GetProjectCommand,
  GetRemoteAccessSessionCommand,
  GetTestGridProjectCommand,
  GetTestGridSessionCommand,
  ListProjectsCommand,
  ListRemoteAccessSessionsCommand,
  ListTestGridProjectsCommand,
  ListTestGridSessionsCommand,
  StopRemoteAccessSessionCommand,
  type DeviceFarmClient,
  type Project,
  type RemoteAccessSession,
  type TestGridProject,
  type TestGridSession,
} from '@aws-sdk/client-device-farm';
import { items, required, type Page } from '../../aws/page.js';
import type { PlacedClient, SourceClient } from '../../aws/sourceClient.js';
import { oncePerChange } from '../../aws/writes.js';
import { accountOfArn } from './arns.js';

export type DeviceFarm = PlacedClient<DeviceFarmClient>;
export type DeviceFarmAccounts = SourceClient<DeviceFarmClient>;

/**
 * The client of the account an ARN names: an assumed role's, or the gateway's own for an account
 * no role is in (its own account's number is not configured). Device Farm has one region.
 */
export const byArn = (deviceFarm: DeviceFarmAccounts, arn: string): DeviceFarm =>
  deviceFarm.at({ account: accountOfArn(arn), ownIfUnknown: true });
export type DeviceFarmProjectRecord = Project & { arn: string };
export type TestGridProjectRecord = TestGridProject & { arn: string };
export type RemoteAccessSessionRecord = RemoteAccessSession & { kind: 'REMOTE_ACCESS'; arn: string };
export type TestGridSessionRecord = TestGridSession & { kind: 'TEST_GRID'; arn: string };

const remoteAccess = (s: RemoteAccessSession): RemoteAccessSessionRecord => ({
  ...s,
  kind: 'REMOTE_ACCESS',
  arn: required('deviceFarm', 'a remote access session', s.arn),
});
const testGrid = (s: TestGridSession): TestGridSessionRecord => ({
  ...s,
  kind: 'TEST_GRID',
  arn: required('deviceFarm', 'a test grid session', s.arn),
});
const withArn = <T extends { arn?: string | undefined }>(what: string) => (o: T) => ({
  ...o,
  arn: required('deviceFarm', what, o.arn),
});
const list = <T>(what: string, value: T[] | undefined) => items('deviceFarm', what, value);

export function listRemoteAccessSessions(
  df: DeviceFarm,
  input: { arn: string; nextToken?: string | undefined },
): Promise<Page<RemoteAccessSessionRecord>> {
  return df.read('ListRemoteAccessSessions', input, async (client, options) => {
    const out = await client.send(new ListRemoteAccessSessionsCommand(input), options);
    return { items: list('remote access sessions', out.remoteAccessSessions).map(remoteAccess), nextToken: out.nextToken };
  });
}

export function getRemoteAccessSession(df: DeviceFarm, arn: string) {
  return df.read('GetRemoteAccessSession', { arn }, async (client, options) => {
    const out = await client.send(new GetRemoteAccessSessionCommand({ arn }), options);
    return out.remoteAccessSession ? remoteAccess(out.remoteAccessSession) : null;
  });
}

/** StopRemoteAccessSession: the session as AWS answers right after (STOPPING, or unchanged once it has ended). */
export function stopRemoteAccessSession(df: DeviceFarm, arn: string): Promise<RemoteAccessSessionRecord> {
  return df.write('StopRemoteAccessSession', { arn }, async (client, options) => {
    const out = await client.send(oncePerChange(new StopRemoteAccessSessionCommand({ arn })), options);
    return remoteAccess(out.remoteAccessSession ?? {});
  });
}

export interface TestGridSessionFilter {
  status?: 'ACTIVE' | 'CLOSED' | 'ERRORED' | undefined;
  creationTimeAfter?: Date | undefined;
  creationTimeBefore?: Date | undefined;
  endTimeAfter?: Date | undefined;
  endTimeBefore?: Date | undefined;
}

export function listTestGridSessions(
  df: DeviceFarm,
  input: TestGridSessionFilter & { projectArn: string; maxResult?: number | undefined; nextToken?: string | undefined },
): Promise<Page<TestGridSessionRecord>> {
  return df.read('ListTestGridSessions', input, async (client, options) => {
    const out = await client.send(new ListTestGridSessionsCommand(input), options);
    return { items: list('test grid sessions', out.testGridSessions).map(testGrid), nextToken: out.nextToken };
  });
}

export function getTestGridSession(df: DeviceFarm, sessionArn: string) {
  return df.read('GetTestGridSession', { sessionArn }, async (client, options) => {
    const out = await client.send(new GetTestGridSessionCommand({ sessionArn }), options);
    return out.testGridSession ? testGrid(out.testGridSession) : null;
  });
}

export function listProjects(df: DeviceFarm, nextToken?: string): Promise<Page<DeviceFarmProjectRecord>> {
  return df.read('ListProjects', { nextToken }, async (client, options) => {
    const out = await client.send(new ListProjectsCommand({ nextToken }), options);
    return { items: list('projects', out.projects).map(withArn<Project>('a project')), nextToken: out.nextToken };
  });
}

export function getProject(df: DeviceFarm, arn: string) {
  return df.read('GetProject', { arn }, async (client, options) => {
    const out = await client.send(new GetProjectCommand({ arn }), options);
    return out.project ? withArn<Project>('a project')(out.project) : null;
  });
}

export function listTestGridProjects(df: DeviceFarm, nextToken?: string): Promise<Page<TestGridProjectRecord>> {
  const input = { nextToken, maxResult: 1000 };
  return df.read('ListTestGridProjects', input, async (client, options) => {
    const out = await client.send(new ListTestGridProjectsCommand(input), options);
    const projects = list('test grid projects', out.testGridProjects).map(withArn<TestGridProject>('a test grid project'));
    return { items: projects, nextToken: out.nextToken };
  });
}

export function getTestGridProject(df: DeviceFarm, projectArn: string) {
  return df.read('GetTestGridProject', { projectArn }, async (client, options) => {
    const out = await client.send(new GetTestGridProjectCommand({ projectArn }), options);
    return out.testGridProject ? withArn<TestGridProject>('a test grid project')(out.testGridProject) : null;
  });
}
