import {
  GetDevEnvironmentCommand,
  ListDevEnvironmentSessionsCommand,
  ListDevEnvironmentsCommand,
  ListProjectsCommand,
  ListSpacesCommand,
  StopDevEnvironmentSessionCommand,
  type CodeCatalystClient,
  type DevEnvironmentSessionSummary,
  type DevEnvironmentSummary,
  type ProjectSummary,
  type SpaceSummary,
} from '@aws-sdk/client-codecatalyst';
import { items, required, type Page } from '../../aws/page.js';
import type { PlacedClient, SourceClient } from '../../aws/sourceClient.js';
import { oncePerChange } from '../../aws/writes.js';

export type CodeCatalyst = PlacedClient<CodeCatalystClient>;
export type CodeCatalystSource = SourceClient<CodeCatalystClient>;
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

const list = <T>(what: string, value: T[] | undefined) => items('codeCatalyst', what, value);

export function listDevEnvironmentSessions(
  cc: CodeCatalyst,
  input: DevEnvironmentKey & { maxResults?: number | undefined; nextToken?: string | undefined },
): Promise<Page<DevEnvironmentSessionRecord>> {
  return cc.read('ListDevEnvironmentSessions', input, async (client, options) => {
    const out = await client.send(new ListDevEnvironmentSessionsCommand(input), options);
    // The summary repeats its parents; the request's own values are used when it does not.
    const sessions = list('dev environment sessions', out.items).map((s) => ({
      ...s,
      kind: 'DEV_ENVIRONMENT' as const,
      spaceName: s.spaceName ?? input.spaceName,
      projectName: s.projectName ?? input.projectName,
      devEnvironmentId: s.devEnvironmentId ?? input.devEnvironmentId,
      id: required('codeCatalyst', 'a dev environment session', s.id),
    }));
    return { items: sessions, nextToken: out.nextToken };
  });
}

export function listSpaces(cc: CodeCatalyst, nextToken?: string): Promise<Page<CodeCatalystSpaceRecord>> {
  return cc.read('ListSpaces', { nextToken }, async (client, options) => {
    const out = await client.send(new ListSpacesCommand({ nextToken }), options);
    const spaces = list('spaces', out.items).map((s) => ({ ...s, name: required('codeCatalyst', 'a space', s.name) }));
    return { items: spaces, nextToken: out.nextToken };
  });
}

export function listProjects(cc: CodeCatalyst, spaceName: string, nextToken?: string): Promise<Page<CodeCatalystProjectRecord>> {
  const input = { spaceName, nextToken, maxResults: 100 };
  return cc.read('ListProjects', input, async (client, options) => {
    const out = await client.send(new ListProjectsCommand(input), options);
    const projects = list('projects', out.items).map((p) => ({ ...p, spaceName, name: required('codeCatalyst', 'a project', p.name) }));
    return { items: projects, nextToken: out.nextToken };
  });
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
export function listDevEnvironments(
  cc: CodeCatalyst,
  input: { spaceName: string; projectName?: string | undefined; nextToken?: string | undefined },
): Promise<Page<DevEnvironmentRecord>> {
  const request = { ...input, maxResults: 50 };
  return cc.read('ListDevEnvironments', request, async (client, options) => {
    const out = await client.send(new ListDevEnvironmentsCommand(request), options);
    return { items: list('dev environments', out.items).map(devEnvironment(input.spaceName, input.projectName)), nextToken: out.nextToken };
  });
}

export function getDevEnvironment(cc: CodeCatalyst, key: DevEnvironmentKey) {
  const { spaceName, projectName, devEnvironmentId: id } = key;
  const input = { spaceName, projectName, id };
  return cc.read('GetDevEnvironment', input, async (client, options) => {
    const { $metadata: _metadata, ...record } = await client.send(new GetDevEnvironmentCommand(input), options);
    return devEnvironment(spaceName, projectName)(record);
  });
}

/**
 * StopDevEnvironmentSession (DELETE …/session/{sessionId}): AWS answers with the session's IDs only,
 * and the session leaves the list (it shows open sessions only). A session already closed is
 * ResourceNotFoundException, like one that never was.
 */
export async function stopDevEnvironmentSession(cc: CodeCatalyst, key: DevEnvironmentKey & { sessionId: string }): Promise<void> {
  const input = { spaceName: key.spaceName, projectName: key.projectName, id: key.devEnvironmentId, sessionId: key.sessionId };
  await cc.write('StopDevEnvironmentSession', input, (client, options) => client.send(oncePerChange(new StopDevEnvironmentSessionCommand(input)), options));
}
