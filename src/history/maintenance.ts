// What the store does on its own: marking sessions that AWS stopped listing as ended, and
// deleting what is older than the retention period.
import { sql } from 'kysely';
import type { HistoryDb } from './database.js';
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
 * Nimble's and CodeCatalyst's minutes run until then; Device Farm keeps the minutes AWS reported.
 */
export async function markVanished(db: HistoryDb, vanished: Vanished, walkStartedAt: Date, at: Date): Promise<number> {
  const atMs = at.getTime();
  const duration = sql<number>`greatest(0, ${atMs}::float8 - start_ms)`;
  const result = await db
    .updateTable('session_history')
    .set({
      phase: 'ENDED',
      ended_at: at,
      ended_at_source: 'ESTIMATED',
      end_ms: atMs,
      duration_ms: duration,
      minutes: sql<number>`case when kind = 'REMOTE_ACCESS' then minutes else ${duration} / ${MINUTE_MS}::float8 end`,
      billed_minutes: sql<number>`case when kind in ('STREAMING', 'DEV_ENVIRONMENT') then ${duration} / ${MINUTE_MS}::float8 else billed_minutes end`,
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
