// What the store does on its own: marking sessions that AWS stopped listing as ended, and
// deleting what is older than the retention period.
import { sql } from 'kysely';
import type { HistoryDb } from './database.js';
import type { SessionRecord } from '../loaders/records.js';
import { sessionKind } from '../sources/registry.js';
import { MINUTE_MS } from './row.js';

const OPEN_PHASES = ['PENDING', 'STARTING', 'RUNNING', 'STOPPING'];

export interface Vanished {
  kind: string;
  /** Parents walked completely in this sweep: their open sessions not seen since `walkStartedAt` are gone. */
  walked: readonly string[];
  /** When the kind's scopes were discovered completely: open sessions under any other parent are gone too. */
  allParents?: readonly string[] | undefined;
}

/**
 * A session the store last saw open that a complete walk did not list any more has ended
 * between its last sighting and now: it is marked ENDED at `at` (the first time it was seen
 * missing), with `ended_at_source` ESTIMATED; `last_seen_at` keeps the other end of the gap.
 * Minutes measured by time run until then; those AWS reported (its kind's `history.minutes` and
 * `billedMinutes`, e.g. Device Farm's device minutes) are kept.
 */
export async function markVanished(db: HistoryDb, vanished: Vanished, walkStartedAt: Date, at: Date): Promise<number> {
  const atMs = at.getTime();
  const { history } = sessionKind(vanished.kind as SessionRecord['kind']);
  const duration = sql<number>`greatest(0, ${atMs}::float8 - start_ms)`;
  const result = await db
    .updateTable('session_history')
    .set({
      phase: 'ENDED',
      ended_at: at,
      ended_at_source: 'ESTIMATED',
      end_ms: atMs,
      duration_ms: duration,
      // As the row does (row.ts): minutes AWS counted are kept, else the time until now is used.
      minutes: history.minutes ? sql<number>`minutes` : sql<number>`${duration} / ${MINUTE_MS}::float8`,
      billed_minutes: history.billedMinutes ? sql<number>`billed_minutes` : sql<number>`${duration} / ${MINUTE_MS}::float8`,
      updated: sql<Date>`now()`,
    })
    .where('kind', '=', vanished.kind)
    .where('ended_at', 'is', null)
    .where('phase', 'in', OPEN_PHASES)
    .where('last_seen_at', '<', walkStartedAt)
    .where((eb) => {
      const walked = vanished.walked.length > 0 ? [eb('parent', 'in', vanished.walked)] : [];
      const gone = vanished.allParents ? [vanished.allParents.length > 0 ? eb('parent', 'not in', vanished.allParents) : sql<boolean>`true`] : [];
      return eb.or([...walked, ...gone, sql<boolean>`false`]);
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Sessions that ended (or, open, were last seen) more than `days` days ago are deleted; returns how many. */
export async function deleteExpired(db: HistoryDb, now: Date, days: number): Promise<number> {
  const cutoff = retentionCutoff(now, days);
  const result = await db.deleteFrom('session_history').where(sql<Date>`coalesce(ended_at, last_seen_at)`, '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
