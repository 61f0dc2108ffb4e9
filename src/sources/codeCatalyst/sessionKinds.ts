// CodeCatalyst's Dev Environment sessions: ListDevEnvironmentSessions lists open sessions only,
// one list per Dev Environment.
import type { DevEnvironmentKey, DevEnvironmentSessionRecord } from './calls.js';
import { createdTimeOf, FEED_PAGE_SIZE, orNull, type SessionKindModel } from '../kinds.js';

// CodeCatalyst reports only when a session started; it is created when it starts.
const devEnvironmentTimes = (s: DevEnvironmentSessionRecord) => ({ createdAt: orNull(s.startedTime), startedAt: orNull(s.startedTime), endedAt: null });

export const devEnvironment: SessionKindModel<DevEnvironmentSessionRecord> = {
  kind: 'DEV_ENVIRONMENT',
  typename: 'DevEnvironmentSession',
  source: 'codeCatalyst',
  description: 'A CodeCatalyst Dev Environment session (ListDevEnvironmentSessions).',
  phases: ['RUNNING'],
  // ListDevEnvironmentSessions lists only sessions that are open.
  phase: () => 'RUNNING',
  times: devEnvironmentTimes,
  async streams({ loaders, discovery }) {
    const timeOf = createdTimeOf(devEnvironmentTimes);
    const { devEnvironments } = await discovery.get('codeCatalyst');
    // A deleted Dev Environment has no sessions (AWS may answer not-found).
    return devEnvironments
      .filter((d) => d.status !== 'DELETED')
      .map(({ spaceName, projectName, id: devEnvironmentId }) => ({
        key: `DE|${spaceName}|${projectName}|${devEnvironmentId}`,
        kind: 'DEV_ENVIRONMENT',
        source: 'codeCatalyst',
        scope: spaceName,
        idOf: (s) => s.id,
        timeOf,
        pageSize: FEED_PAGE_SIZE,
        fetchPage: (nextToken, maxResults) =>
          loaders.codeCatalyst.devEnvironmentSessionPage.load({ spaceName, projectName, devEnvironmentId, maxResults, nextToken }),
      }));
  },
  graphiqlFields: 'sessionId spaceName projectName devEnvironmentId',
  // CodeCatalyst bills session time: from start to end.
  history: {
    place(s) {
      const parent = `${s.spaceName}|${s.projectName}|${s.devEnvironmentId}`;
      return { id: `DEV_ENVIRONMENT|${parent}|${s.id}`, scope: s.spaceName, parent };
    },
    describe: (s) => ({ name: `${s.projectName}/${s.devEnvironmentId}`, owner: null, status: null, instanceType: null }),
  },
  stop: {
    what: 'Dev Environment session',
    description: 'Closes a CodeCatalyst Dev Environment session (StopDevEnvironmentSession). Idempotent: a session no longer open in an existing Dev Environment counts as stopped.',
    after: 'After StopDevEnvironmentSession the session is closed, and CodeCatalyst lists open sessions only.',
    run: (loaders, key) => loaders.codeCatalyst.stopDevEnvironmentSession(key as DevEnvironmentKey & { sessionId: string }),
    gone: true,
  },
};
