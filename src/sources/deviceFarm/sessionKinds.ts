// Device Farm's two kinds of session: remote access (a real phone or tablet) and test grid
// (a Selenium browser). How each maps onto the shared phase and times, and how the feed lists it.
import { deviceFarmScopeOf } from './arns.js';
import type { RemoteAccessSessionRecord, TestGridSessionRecord } from './calls.js';
import { createdTimeOf, FEED_PAGE_SIZE, orNull, phaseFromTimes, streamsOfPlaces, type SessionKindModel, type SessionPhase, type StreamFilter } from '../kinds.js';

/** A Device Farm session belongs to its project (the scope and the list it is read from). */
function placeInProject(s: RemoteAccessSessionRecord | TestGridSessionRecord) {
  const scope = deviceFarmScopeOf(s.arn) ?? s.arn;
  return { id: `${s.kind}|${s.arn}`, scope, parent: scope };
}

const REMOTE_ACCESS_PHASE: Record<string, SessionPhase> = {
  PENDING: 'PENDING',
  PENDING_CONCURRENCY: 'PENDING',
  PENDING_DEVICE: 'PENDING',
  SCHEDULING: 'PENDING',
  PROCESSING: 'STARTING',
  PREPARING: 'STARTING',
  RUNNING: 'RUNNING',
  STOPPING: 'STOPPING',
  COMPLETED: 'ENDED',
};
/** A completed remote access session whose result says it broke has failed. */
const FAILED_RESULTS = new Set(['FAILED', 'ERRORED']);

const remoteAccessTimes = (s: RemoteAccessSessionRecord) => ({ createdAt: orNull(s.created), startedAt: orNull(s.started), endedAt: orNull(s.stopped) });

export const remoteAccess: SessionKindModel<RemoteAccessSessionRecord> = {
  kind: 'REMOTE_ACCESS',
  typename: 'RemoteAccessSession',
  source: 'deviceFarm',
  description: 'A Device Farm remote access session on a real phone or tablet (ListRemoteAccessSessions).',
  phases: ['PENDING', 'STARTING', 'RUNNING', 'STOPPING', 'ENDED', 'FAILED'],
  phase(s) {
    const phase = REMOTE_ACCESS_PHASE[s.status ?? ''];
    if (phase === 'ENDED' && FAILED_RESULTS.has(s.result ?? '')) return 'FAILED';
    return phase ?? phaseFromTimes(remoteAccessTimes(s));
  },
  times: remoteAccessTimes,
  async streams({ loaders, discovery }) {
    const timeOf = createdTimeOf(remoteAccessTimes);
    return streamsOfPlaces(discovery, 'deviceFarmProjects', { prefix: 'RA', kind: 'REMOTE_ACCESS', source: 'deviceFarm' }, (projects) =>
      projects.map(({ arn }) => ({
        key: `RA|${arn}`,
        kind: 'REMOTE_ACCESS',
        source: 'deviceFarm',
        scope: arn,
        idOf: (s) => s.arn,
        timeOf,
        fetchPage: (nextToken) => loaders.deviceFarm.remoteAccessSessionPage.load({ arn, nextToken }),
      })),
    );
  },
  graphiqlFields: 'name status result device { name platform os }',
  history: {
    place: (s) => placeInProject(s),
    describe: (s) => ({ name: s.name ?? null, owner: null, status: s.status ?? null, instanceType: null }),
    // Device Farm counts a remote access session's device minutes itself, and bills the metered ones.
    minutes: (s) => s.deviceMinutes?.total,
    billedMinutes: (s) => s.deviceMinutes?.metered ?? 0,
  },
  stop: {
    what: 'remote access session',
    description: 'Stops a Device Farm remote access session (StopRemoteAccessSession). Idempotent: a session already STOPPING or COMPLETED is returned unchanged.',
    after: 'The remote access session after StopRemoteAccessSession: STOPPING while Device Farm collects its artifacts, then COMPLETED.',
    run: (loaders, arn) => loaders.deviceFarm.stopRemoteAccessSession(arn as string),
  },
};

const TEST_GRID_PHASE: Record<string, SessionPhase> = { ACTIVE: 'RUNNING', CLOSED: 'ENDED', ERRORED: 'FAILED' };

// A Selenium session runs from the moment it is created.
const testGridTimes = (s: TestGridSessionRecord) => ({ createdAt: orNull(s.created), startedAt: orNull(s.created), endedAt: orNull(s.ended) });

/** The test grid status AWS can filter by, when the phases name exactly one. */
export function testGridStatus(filter: Pick<StreamFilter, 'phases'>): 'ACTIVE' | 'CLOSED' | 'ERRORED' | undefined {
  if (!filter.phases) return undefined;
  const byPhase = { RUNNING: 'ACTIVE', ENDED: 'CLOSED', FAILED: 'ERRORED' } as const;
  const statuses = [...filter.phases].flatMap((p) => (p in byPhase ? [byPhase[p as keyof typeof byPhase]] : []));
  return statuses.length === 1 ? statuses[0] : undefined;
}

export const testGrid: SessionKindModel<TestGridSessionRecord> = {
  kind: 'TEST_GRID',
  typename: 'TestGridSession',
  source: 'deviceFarm',
  description: 'A Device Farm desktop browser testing (Selenium) session (ListTestGridSessions).',
  phases: ['RUNNING', 'ENDED', 'FAILED'],
  phase: (s) => TEST_GRID_PHASE[s.status ?? ''] ?? phaseFromTimes(testGridTimes(s)),
  times: testGridTimes,
  async streams({ loaders, discovery }, filter) {
    const pushed = { status: testGridStatus(filter), creationTimeAfter: filter.createdAfter, creationTimeBefore: filter.createdBefore };
    const timeOf = createdTimeOf(testGridTimes);
    return streamsOfPlaces(discovery, 'testGridProjects', { prefix: 'TG', kind: 'TEST_GRID', source: 'deviceFarm' }, (projects) =>
      projects.map(({ arn: projectArn }) => ({
        key: `TG|${projectArn}`,
        kind: 'TEST_GRID',
        source: 'deviceFarm',
        scope: projectArn,
        idOf: (s) => s.arn,
        timeOf,
        pageSize: FEED_PAGE_SIZE,
        fetchPage: (nextToken, maxResult) => loaders.deviceFarm.testGridSessionPage.load({ projectArn, ...pushed, maxResult, nextToken }),
      })),
    );
  },
  graphiqlFields: 'testGridStatus: status billingMinutes',
  history: {
    place: (s) => placeInProject(s),
    describe: (s) => ({ name: s.arn.slice(s.arn.lastIndexOf('/') + 1), owner: null, status: s.status ?? null, instanceType: null }),
    billedMinutes: (s) => s.billingMinutes ?? 0,
  },
  stop: { none: 'Device Farm has no Stop API for test grid sessions: they end when their Selenium client quits' },
};
