import type { SessionRecord } from './records.js';

export const SESSION_PHASES = ['PENDING', 'STARTING', 'RUNNING', 'STOPPING', 'ENDED', 'FAILED'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export interface SessionTimes {
  createdAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

const REMOTE_ACCESS: Record<string, SessionPhase> = {
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

const TEST_GRID: Record<string, SessionPhase> = { ACTIVE: 'RUNNING', CLOSED: 'ENDED', ERRORED: 'FAILED' };

const STREAMING: Record<string, SessionPhase> = {
  CREATE_IN_PROGRESS: 'STARTING',
  START_IN_PROGRESS: 'STARTING',
  READY: 'RUNNING',
  STOP_IN_PROGRESS: 'STOPPING',
  DELETE_IN_PROGRESS: 'STOPPING',
  STOPPED: 'ENDED',
  DELETED: 'ENDED',
  CREATE_FAILED: 'FAILED',
  START_FAILED: 'FAILED',
  STOP_FAILED: 'FAILED',
  DELETE_FAILED: 'FAILED',
};

const orNull = (d: Date | undefined): Date | null => d ?? null;

/** Each API's timestamps mapped onto the shared createdAt / startedAt / endedAt. */
export function sessionTimes(s: SessionRecord): SessionTimes {
  switch (s.kind) {
    case 'REMOTE_ACCESS':
      return { createdAt: orNull(s.created), startedAt: orNull(s.started), endedAt: orNull(s.stopped) };
    case 'TEST_GRID':
      // A Selenium session runs from the moment it is created.
      return { createdAt: orNull(s.created), startedAt: orNull(s.created), endedAt: orNull(s.ended) };
    case 'STREAMING':
      return { createdAt: orNull(s.createdAt), startedAt: orNull(s.startedAt), endedAt: orNull(s.stoppedAt) };
    case 'DEV_ENVIRONMENT':
      // CodeCatalyst reports only when a session started; it is created when it starts.
      return { createdAt: orNull(s.startedTime), startedAt: orNull(s.startedTime), endedAt: null };
  }
}

/**
 * Falls back on the timestamps for a status this gateway does not know yet (AWS adds values),
 * so a new status never fails a session.
 */
function fromTimes(times: SessionTimes): SessionPhase {
  if (times.endedAt) return 'ENDED';
  if (times.startedAt) return 'RUNNING';
  return 'PENDING';
}

/** Each API's status, state or result mapped onto the shared SessionPhase. */
export function sessionPhase(s: SessionRecord): SessionPhase {
  switch (s.kind) {
    case 'REMOTE_ACCESS': {
      const phase = REMOTE_ACCESS[s.status ?? ''];
      if (phase === 'ENDED' && FAILED_RESULTS.has(s.result ?? '')) return 'FAILED';
      return phase ?? fromTimes(sessionTimes(s));
    }
    case 'TEST_GRID':
      return TEST_GRID[s.status ?? ''] ?? fromTimes(sessionTimes(s));
    case 'STREAMING':
      return STREAMING[s.state ?? ''] ?? fromTimes(sessionTimes(s));
    case 'DEV_ENVIRONMENT':
      // ListDevEnvironmentSessions lists only sessions that are open.
      return 'RUNNING';
  }
}
