// A listed session as a row of the history store. Pure: the recorder calls it at flush time,
// off the response path.
import type { SessionRecord } from '../loaders/records.js';
import { sessionKind } from '../sources/registry.js';
import { sessionPhase, sessionTimes } from '../loaders/sessionPhase.js';
import type { SessionHistoryTable } from './database.js';

export type HistoryRow = Omit<SessionHistoryTable, 'updated'>;

/** The end key of a session still open: after every real end, so "ended last" sorts it first. */
export const OPEN_END_MS = 8.64e15;
export const MINUTE_MS = 60_000;


/** `seenAt`: when the gateway read the session; an open session has run until then. */
export function toRow(s: SessionRecord, seenAt: Date): HistoryRow {
  const times = sessionTimes(s);
  const start = times.startedAt ?? times.createdAt;
  const durationMs = start ? Math.max(0, (times.endedAt ?? seenAt).getTime() - start.getTime()) : 0;
  const model = sessionKind(s.kind);
  const { history } = model;
  const minutes = history.minutes?.(s) ?? durationMs / MINUTE_MS;
  const { name, owner, status, instanceType } = history.describe(s);
  return {
    ...history.place(s),
    kind: s.kind,
    source: model.source,
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
    billed_minutes: history.billedMinutes?.(s) ?? minutes,
    record: JSON.stringify(s),
  };
}
