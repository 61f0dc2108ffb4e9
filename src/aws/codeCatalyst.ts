import {
  GetDevEnvironmentCommand,
  ListDevEnvironmentSessionsCommand,
  ListDevEnvironmentsCommand,
  ListProjectsCommand,
  ListSpacesCommand,
  type CodeCatalystClient,
  type DevEnvironmentSessionSummary,
  type DevEnvironmentSummary,
  type ProjectSummary,
  type SpaceSummary,
} from '@aws-sdk/client-codecatalyst';
import { call } from './errors.js';
import { required, type Page } from './page.js';

export type CodeCatalystSpaceRecord = SpaceSummary & { name: string };
export type CodeCatalystProjectRecord = ProjectSummary & { spaceName: string; name: string };
export type DevEnvironmentRecord = DevEnvironmentSummary & { spaceName: string; projectName: string; id: string };
export type DevEnvironmentSessionRecord = DevEnvironmentSessionSummary & {
  kind: 'DEV_ENVIRONMENT';
  spaceName: string;
  projectName: string;
  devEnvironmentId: string;
  id: string;
};

export interface DevEnvironmentKey {
  spaceName: string;
  projectName: string;
  devEnvironmentId: string;
}

export async function listDevEnvironmentSessions(
  client: CodeCatalystClient,
  input: DevEnvironmentKey & { maxResults?: number | undefined; nextToken?: string | undefined },
): Promise<Page<DevEnvironmentSessionRecord>> {
  const out = await call('codeCatalyst', 'ListDevEnvironmentSessions', () =>
    client.send(new ListDevEnvironmentSessionsCommand(input)),
  );
  // The summary repeats its parents; the request's own values are used when it does not.
  const items = (out.items ?? []).map((s) => ({
    ...s,
    kind: 'DEV_ENVIRONMENT' as const,
    spaceName: s.spaceName ?? input.spaceName,
    projectName: s.projectName ?? input.projectName,
    devEnvironmentId: s.devEnvironmentId ?? input.devEnvironmentId,
    id: required('codeCatalyst', 'a dev environment session', s.id),
  }));
  return { items, nextToken: out.nextToken };
}

export async function listSpaces(client: CodeCatalystClient, nextToken?: string): Promise<Page<CodeCatalystSpaceRecord>> {
  const out = await call('codeCatalyst', 'ListSpaces', () => client.send(new ListSpacesCommand({ nextToken })));
  const items = (out.items ?? []).map((s) => ({ ...s, name: required('codeCatalyst', 'a space', s.name) }));
  return { items, nextToken: out.nextToken };
}

export async function listProjects(
  client: CodeCatalystClient,
  spaceName: string,
  nextToken?: string,
): Promise<Page<CodeCatalystProjectRecord>> {
  const out = await call('codeCatalyst', 'ListProjects', () =>
    client.send(new ListProjectsCommand({ spaceName, nextToken, maxResults: 100 })),
  );
  const items = (out.items ?? []).map((p) => ({ ...p, spaceName, name: required('codeCatalyst', 'a project', p.name) }));
  return { items, nextToken: out.nextToken };
}

const devEnvironment =
  (spaceName: string, projectName?: string) =>
  (d: DevEnvironmentSummary): DevEnvironmentRecord => ({
    ...d,
    spaceName: d.spaceName ?? spaceName,
    projectName: required('codeCatalyst', 'a dev environment', d.projectName ?? projectName),
    id: required('codeCatalyst', 'a dev environment', d.id),
  });

/** Without a project name the whole space is listed in one walk, which keeps call chains short. */
export async function listDevEnvironments(
  client: CodeCatalystClient,
  input: { spaceName: string; projectName?: string | undefined; nextToken?: string | undefined },
): Promise<Page<DevEnvironmentRecord>> {
  const out = await call('codeCatalyst', 'ListDevEnvironments', () =>
    client.send(new ListDevEnvironmentsCommand({ ...input, maxResults: 50 })),
  );
  return { items: (out.items ?? []).map(devEnvironment(input.spaceName, input.projectName)), nextToken: out.nextToken };
}

export async function getDevEnvironment(client: CodeCatalystClient, key: DevEnvironmentKey) {
  const { spaceName, projectName, devEnvironmentId: id } = key;
  const out = await call('codeCatalyst', 'GetDevEnvironment', () =>
    client.send(new GetDevEnvironmentCommand({ spaceName, projectName, id })),
  );
  const { $metadata: _metadata, ...record } = out;
  return devEnvironment(spaceName, projectName)(record);
}
