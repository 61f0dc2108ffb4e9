// A listed session as a row of the history store. Pure: the recorder calls it at flush time,
// off the response path.
import { deviceFarmScopeOf } from '../auth/access.js';
import type { Source } from '../config.js';
import type { SessionKind, SessionRecord } from '../loaders/records.js';
import { sessionPhase, sessionTimes } from '../loaders/sessionPhase.js';
import type { SessionHistoryTable } from './database.js';

export type HistoryRow = Omit<SessionHistoryTable, 'updated'>;

/** The end key of a session still open: after every real end, so "ended last" sorts it first. */
export const OPEN_END_MS = 8.64e15;
export const MINUTE_MS = 60_000;

export const KIND_SOURCE: Record<SessionKind, Source> = {
  REMOTE_ACCESS: 'deviceFarm',
  TEST_GRID: 'deviceFarm',
  STREAMING: 'nimble',
  DEV_ENVIRONMENT: 'codeCatalyst',
};

/** Where a session lives: the scope the policy checks, the parent its list is read from, its identity. */
export function placeOf(s: SessionRecord): { id: string; scope: string; parent: string } {
  switch (s.kind) {
    case 'REMOTE_ACCESS':
    case 'TEST_GRID': {
      const scope = deviceFarmScopeOf(s.arn) ?? s.arn;
      return { id: `${s.kind}|${s.arn}`, scope, parent: scope };
    }
    case 'STREAMING':
      return { id: `STREAMING|${s.studioId}|${s.sessionId}`, scope: s.studioId, parent: s.studioId };
    case 'DEV_ENVIRONMENT': {
      const parent = `${s.spaceName}|${s.projectName}|${s.devEnvironmentId}`;
      return { id: `DEV_ENVIRONMENT|${parent}|${s.id}`, scope: s.spaceName, parent };
    }
  }
}

function describe(s: SessionRecord): { name: string | null; owner: string | null; status: string | null; instanceType: string | null } {
  switch (s.kind) {
    case 'REMOTE_ACCESS':
      return { name: s.name ?? null, owner: null, status: s.status ?? null, instanceType: null };
    case 'TEST_GRID':
      return { name: s.arn.slice(s.arn.lastIndexOf('/') + 1), owner: null, status: s.status ?? null, instanceType: null };
    case 'STREAMING':
      return { name: s.sessionId, owner: s.ownedBy ?? null, status: s.state ?? null, instanceType: s.ec2InstanceType ?? null };
    case 'DEV_ENVIRONMENT':
      return { name: `${s.projectName}/${s.devEnvironmentId}`, owner: null, status: null, instanceType: null };
  }
}

/**
 * What AWS bills for a session, in minutes: Device Farm's metered device minutes and Test Grid's
 * billing minutes as AWS reports them; Nimble's instance time and CodeCatalyst's session time
 * as measured from the session's times (`minutes`).
 */
function billedMinutes(s: SessionRecord, minutes: number): number {
  if (s.kind === 'REMOTE_ACCESS') return s.deviceMinutes?.metered ?? 0;
  if (s.kind === 'TEST_GRID') return s.billingMinutes ?? 0;
  return minutes;
}

/** `seenAt`: when the gateway read the session; an open session has run until then. */
export function toRow(s: SessionRecord, seenAt: Date): HistoryRow {
  const times = sessionTimes(s);
  const start = times.startedAt ?? times.createdAt;
  const durationMs = start ? Math.max(0, (times.endedAt ?? seenAt).getTime() - start.getTime()) : 0;
  // Device Farm counts a remote access session's device minutes itself.
  const minutes = s.kind === 'REMOTE_ACCESS' && s.deviceMinutes?.total !== undefined ? s.deviceMinutes.total : durationMs / MINUTE_MS;
  const { name, owner, status, instanceType } = describe(s);
  return {
    ...placeOf(s),
    kind: s.kind,
    source: KIND_SOURCE[s.kind],
    owner,
    name,
    instance_type: instanceType,
    status,
    phase: sessionPhase(s),
    created_at: times.createdAt,
    started_at: times.startedAt,
    ended_at: times.endedAt,
    ended_at_source: times.endedAt ? 'OBSERVED' : null,
    first_seen_at: seenAt,
    last_seen_at: seenAt,
    start_ms: (start ?? seenAt).getTime(),
    end_ms: times.endedAt?.getTime() ?? OPEN_END_MS,
    duration_ms: durationMs,
    minutes,
    billed_minutes: billedMinutes(s, minutes),
    record: JSON.stringify(s),
  };
}
