// CodeCatalyst (restJson1 under /v1/, bearer tokens): spaces, projects, dev environments and
// their sessions.
import type { DevEnvironmentSessionSummary, DevEnvironmentSummary, ProjectSummary, SpaceSummary } from '@aws-sdk/client-codecatalyst';
import { defineService, sessionKind } from '../service.js';
import { errors } from './errors.js';
import { operations } from './operations.js';
import { seedCodeCatalyst, sessionPlan, sessionScope, type CodeCatalystSeed } from './seed.js';

/** `emulator.data.codeCatalyst`. */
export interface CodeCatalystView {
  readonly spaces: readonly SpaceSummary[];
  projects(spaceName: string): ProjectSummary[];
  /** Without `projectName`, every dev environment of the space. */
  devEnvironments(spaceName: string, projectName?: string): DevEnvironmentSummary[];
  sessions(spaceName: string, projectName: string, devEnvironmentId: string): DevEnvironmentSessionSummary[];
}

export const codeCatalyst = defineService({
  name: 'codeCatalyst',
  title: 'CodeCatalyst',
  protocol: {
    kind: 'restJson',
    version: 'v1',
    routes: [
      { method: 'POST', path: '/v1/spaces', operation: 'ListSpaces' },
      { method: 'POST', path: '/v1/spaces/{spaceName}/projects', operation: 'ListProjects' },
      { method: 'POST', path: '/v1/spaces/{spaceName}/devEnvironments', operation: 'ListDevEnvironments' },
      // The route before projectName became optional, which boto3 1.29 and AWS CLI 2.9 still send.
      { method: 'POST', path: '/v1/spaces/{spaceName}/projects/{projectName}/devEnvironments', operation: 'ListDevEnvironments' },
      { method: 'GET', path: '/v1/spaces/{spaceName}/projects/{projectName}/devEnvironments/{id}', operation: 'GetDevEnvironment' },
      { method: 'POST', path: '/v1/spaces/{spaceName}/projects/{projectName}/devEnvironments/{devEnvironmentId}/sessions', operation: 'ListDevEnvironmentSessions' },
      { method: 'DELETE', path: '/v1/spaces/{spaceName}/projects/{projectName}/devEnvironments/{id}/session/{sessionId}', operation: 'StopDevEnvironmentSession' },
    ],
  },
  auth: { scheme: 'bearer' },
  // One global endpoint; a bearer token names no AWS account.
  regions: 'global',
  errors,
  pageSizes: { ListSpaces: 10, ListProjects: 10, ListDevEnvironments: 10, ListDevEnvironmentSessions: 10 },
  operations,
  seed: ({ seed, sessionsPerKind, world }) => seedCodeCatalyst(seed, sessionsPerKind, world),
  view: (data): CodeCatalystView => ({
    spaces: data.spaces,
    projects: (spaceName) => [...(data.projects.get(spaceName) ?? [])],
    devEnvironments: (spaceName, projectName) =>
      data.devEnvironments.filter((env) => env.spaceName === spaceName && (projectName === undefined || env.projectName === projectName)),
    sessions: (spaceName, projectName, devEnvironmentId) => data.sessions.list(sessionScope(spaceName, projectName, devEnvironmentId)),
  }),
  kinds: {
    devEnvironment: sessionKind<CodeCatalystSeed, DevEnvironmentSessionSummary>({
      table: (data) => data.sessions,
      id: (s) => s.id as string,
      ended: () => false,
      plan: sessionPlan,
      // Dev Environment sessions run from creation.
      start: () => undefined,
      // The list shows open sessions only: a stopped one leaves it.
      stop: () => null,
    }),
  },
});
