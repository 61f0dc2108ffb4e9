import {
  GetProjectCommand,
  GetRemoteAccessSessionCommand,
  GetTestGridProjectCommand,
  GetTestGridSessionCommand,
  ListProjectsCommand,
  ListRemoteAccessSessionsCommand,
  ListTestGridProjectsCommand,
  ListTestGridSessionsCommand,
  type DeviceFarmClient,
  type Project,
  type RemoteAccessSession,
  type TestGridProject,
  type TestGridSession,
} from '@aws-sdk/client-device-farm';
import { call } from './errors.js';
import { required, type Page } from './page.js';

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

export async function listRemoteAccessSessions(
  client: DeviceFarmClient,
  input: { arn: string; nextToken?: string | undefined },
): Promise<Page<RemoteAccessSessionRecord>> {
  const out = await call('deviceFarm', 'ListRemoteAccessSessions', () =>
    client.send(new ListRemoteAccessSessionsCommand(input)),
  );
  return { items: (out.remoteAccessSessions ?? []).map(remoteAccess), nextToken: out.nextToken };
}

export async function getRemoteAccessSession(client: DeviceFarmClient, arn: string) {
  const out = await call('deviceFarm', 'GetRemoteAccessSession', () =>
    client.send(new GetRemoteAccessSessionCommand({ arn })),
  );
  return out.remoteAccessSession ? remoteAccess(out.remoteAccessSession) : null;
}

export interface TestGridSessionFilter {
  status?: 'ACTIVE' | 'CLOSED' | 'ERRORED' | undefined;
  creationTimeAfter?: Date | undefined;
  creationTimeBefore?: Date | undefined;
  endTimeAfter?: Date | undefined;
  endTimeBefore?: Date | undefined;
}

export async function listTestGridSessions(
  client: DeviceFarmClient,
  input: TestGridSessionFilter & { projectArn: string; maxResult?: number | undefined; nextToken?: string | undefined },
): Promise<Page<TestGridSessionRecord>> {
  const out = await call('deviceFarm', 'ListTestGridSessions', () =>
    client.send(new ListTestGridSessionsCommand(input)),
  );
  return { items: (out.testGridSessions ?? []).map(testGrid), nextToken: out.nextToken };
}

export async function getTestGridSession(client: DeviceFarmClient, sessionArn: string) {
  const out = await call('deviceFarm', 'GetTestGridSession', () =>
    client.send(new GetTestGridSessionCommand({ sessionArn })),
  );
  return out.testGridSession ? testGrid(out.testGridSession) : null;
}

export async function listProjects(client: DeviceFarmClient, nextToken?: string): Promise<Page<DeviceFarmProjectRecord>> {
  const out = await call('deviceFarm', 'ListProjects', () => client.send(new ListProjectsCommand({ nextToken })));
  return { items: (out.projects ?? []).map(withArn<Project>('a project')), nextToken: out.nextToken };
}

export async function getProject(client: DeviceFarmClient, arn: string) {
  const out = await call('deviceFarm', 'GetProject', () => client.send(new GetProjectCommand({ arn })));
  return out.project ? withArn<Project>('a project')(out.project) : null;
}

export async function listTestGridProjects(
  client: DeviceFarmClient,
  nextToken?: string,
): Promise<Page<TestGridProjectRecord>> {
  const out = await call('deviceFarm', 'ListTestGridProjects', () =>
    client.send(new ListTestGridProjectsCommand({ nextToken, maxResult: 1000 })),
  );
  return { items: (out.testGridProjects ?? []).map(withArn<TestGridProject>('a test grid project')), nextToken: out.nextToken };
}

export async function getTestGridProject(client: DeviceFarmClient, projectArn: string) {
  const out = await call('deviceFarm', 'GetTestGridProject', () =>
    client.send(new GetTestGridProjectCommand({ projectArn })),
  );
  return out.testGridProject ? withArn<TestGridProject>('a test grid project')(out.testGridProject) : null;
}
