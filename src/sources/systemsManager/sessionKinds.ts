// Session Manager sessions on managed nodes: how they map onto the shared phase and times, and
// how the feed lists them (two lists per region: the active sessions and the last 30 days' history).
import { placedScope } from '../../aws/places.js';
import { notFound } from '../../loaders/stops.js';
import type { ManagedInstanceSessionRecord, SessionManagerState } from './calls.js';
import { createdTimeOf, FEED_PAGE_SIZE, orNull, phaseFromTimes, type SessionKindModel, type SessionPhase, type StreamFilter } from '../kinds.js';

// A disconnected session can be resumed until its idle timeout ends it, so it still runs.
const MANAGED_INSTANCE_PHASE: Record<string, SessionPhase> = {
  Connecting: 'STARTING',
  Connected: 'RUNNING',
  Disconnected: 'RUNNING',
  Terminating: 'STOPPING',
  Terminated: 'ENDED',
  Failed: 'FAILED',
};
const ENDED_PHASES = new Set<SessionPhase>(['ENDED', 'FAILED']);

// Session Manager reports when a session started, which is when it was created.
const managedInstanceTimes = (s: ManagedInstanceSessionRecord) => ({ createdAt: orNull(s.StartDate), startedAt: orNull(s.StartDate), endedAt: orNull(s.EndDate) });

/** The lists a filter can match: Active holds open sessions, History ended ones. */
function statesFor(filter: StreamFilter): SessionManagerState[] {
  if (!filter.phases) return ['Active', 'History'];
  const phases = [...filter.phases];
  return [
    ...(phases.some((p) => !ENDED_PHASES.has(p)) ? (['Active'] as const) : []),
    ...(phases.some((p) => ENDED_PHASES.has(p)) ? (['History'] as const) : []),
  ];
}

/** DescribeSessions filters by start time itself. */
function pushedFilters(filter: StreamFilter) {
  const filters = [
    ...(filter.createdAfter ? [{ key: 'InvokedAfter' as const, value: filter.createdAfter.toISOString() }] : []),
    ...(filter.createdBefore ? [{ key: 'InvokedBefore' as const, value: filter.createdBefore.toISOString() }] : []),
  ];
  return filters.length > 0 ? filters : undefined;
}

export const managedInstance: SessionKindModel<ManagedInstanceSessionRecord> = {
  kind: 'MANAGED_INSTANCE',
  typename: 'ManagedInstanceSession',
  source: 'systemsManager',
  description: 'A Systems Manager Session Manager session on a managed node, e.g. an EC2 instance (DescribeSessions).',
  phases: ['STARTING', 'RUNNING', 'STOPPING', 'ENDED', 'FAILED'],
  phase: (s) => MANAGED_INSTANCE_PHASE[s.Status ?? ''] ?? phaseFromTimes(managedInstanceTimes(s)),
  times: managedInstanceTimes,
  async streams({ loaders }, filter) {
    const timeOf = createdTimeOf(managedInstanceTimes);
    const filters = pushedFilters(filter);
    const places = await loaders.systemsManager.places();
    return places.flatMap(({ account, region }) =>
      statesFor(filter).map((state) => ({
        key: `SM|${placedScope(account, region)}|${state}`,
        kind: 'MANAGED_INSTANCE',
        source: 'systemsManager',
        scope: placedScope(account, region),
        idOf: (s: ManagedInstanceSessionRecord) => s.SessionId,
        timeOf,
        pageSize: FEED_PAGE_SIZE,
        fetchPage: (nextToken: string | undefined, maxResults: number | undefined) =>
          loaders.systemsManager.managedInstanceSessionPage.load({ account, region, state, filters, maxResults, nextToken }),
      })),
    );
  },
  graphiqlFields: 'target managedInstanceStatus: status owner',
  history: {
    place: (s) => ({ id: `MANAGED_INSTANCE|${placedScope(s.account, s.region)}|${s.SessionId}`, scope: placedScope(s.account, s.region), parent: placedScope(s.account, s.region) }),
    describe: (s) => ({ name: s.Target ?? null, owner: s.Owner ?? null, status: s.Status ?? null, instanceType: null }),
  },
  stop: {
    what: 'Session Manager session',
    description: 'Terminates a Systems Manager Session Manager session (TerminateSession): the agent closes the connection. Idempotent: a session already terminating or ended is returned as it is.',
    after: 'The Session Manager session after TerminateSession: Terminating, then Terminated.',
    async run(loaders, id) {
      const key = id as { account: string; region: string; sessionId: string };
      await loaders.systemsManager.terminateSession(key);
      const after = await loaders.systemsManager.managedInstanceSession.load(key);
      if (!after) throw notFound('Session Manager session');
      return after;
    },
  },
};
