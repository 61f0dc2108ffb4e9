// Remembers every session the gateway reads. `seen` only queues (a response never waits for the
// database); a flush upserts the queued sessions in batches keyed by their AWS identity, so
// replicas writing the same session write one row. An ended session read again unchanged is not
// rewritten (writtenRows.ts). Flushes wait for a pause in the sightings: a feed walk's pages come
// one after another, and writing between them took CPU from the requests still to come.
import { sql } from 'kysely';
import type { SessionRecord } from '../loaders/records.js';
import type { HistoryDb } from './database.js';
import { retentionCutoff } from './maintenance.js';
import { toRow, type HistoryRow } from './row.js';
import { createWrittenRows } from './writtenRows.js';

/** Ended sessions whose last written row is remembered, and how often an unchanged one is still rewritten. */
const REMEMBERED_ROWS = 20_000;
const UNCHANGED_REFRESH_MS = 60 * 60 * 1000;

export interface RecorderOptions {
  clock: () => number;
  /** The longest a seen session waits for its flush, pause or not; default 2 s. */
  flushMs?: number;
  /** A flush waits for this long without a new sighting (at most `flushMs`); default 250 ms. */
  quietMs?: number;
  /** Rows per INSERT; default 500. */
  batchSize?: number;
  /** A queue this long flushes at once, pause or not: it bounds the memory the queue holds; default 5,000. */
  flushAt?: number;
  /**
   * Sightings queued or still being written beyond this are dropped (the next read or sweep records
   * them again): a store slower than the reads cannot grow the queue without bound; default 100,000.
   */
  maxQueued?: number;
  /** Sightings were dropped since the last report (called once the write in progress ends). */
  onDropped?: (count: number) => void;
  /** Sessions that ended longer ago than this are not recorded (retention would delete them); default: all. */
  retentionDays?: number | undefined;
  /** A failed write: logged, never thrown at a request. */
  onError: (error: unknown) => void;
}

export interface Recorder {
  /** Queues sessions just read from AWS; cheap, synchronous, never throws. The same array again (a cached answer) is ignored. */
  seen(sessions: readonly SessionRecord[]): void;
  /** Writes everything queued so far. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is queued. */
  close(): Promise<void>;
  /** Sightings waiting for a flush. */
  readonly queued: number;
}

/** Every column but the identity and first sighting follows the newest observation. */
const UPDATED_COLUMNS = [
  'owner', 'name', 'instance_type', 'status', 'phase', 'created_at', 'started_at', 'ended_at', 'ended_at_source',
  'last_seen_at', 'start_ms', 'end_ms', 'duration_ms', 'minutes', 'billed_minutes', 'record',
] as const;

/** Upserts rows (distinct IDs) in one statement; an older observation never overwrites a newer one. */
export async function upsertRows(db: HistoryDb, rows: HistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('session_history')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          ...Object.fromEntries(UPDATED_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)])),
          updated: sql<Date>`now()`,
        }))
        .where('session_history.last_seen_at', '<=', (eb) => eb.ref('excluded.last_seen_at')),
    )
    .execute();
  // The scopes the policy filter chooses from (see store.ts): few, so nearly always no-ops.
  const scopes = [...new Map(rows.map((r) => [`${r.source}|${r.scope}`, { source: r.source, scope: r.scope }])).values()];
  await db.insertInto('session_scope').values(scopes).onConflict((oc) => oc.columns(['source', 'scope']).doNothing()).execute();
}

export function createRecorder(db: HistoryDb, options: RecorderOptions): Recorder {
  const { clock, flushMs = 2_000, quietMs = 250, batchSize = 500, flushAt = 5_000, maxQueued = 100_000, retentionDays, onError, onDropped } = options;
  let queue: Array<{ session: SessionRecord; seenAt: number }> = [];
  /** Sightings handed to a flush and not yet written: they count against maxQueued too. */
  let inFlight = 0;
  let dropped = 0;
  /** Fires `flushMs` after the first queued sighting. */
  let deadline: NodeJS.Timeout | undefined;
  /** Fires once sightings pause for `quietMs`; restarted by each one. */
  let quiet: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const written = createWrittenRows(REMEMBERED_ROWS, UNCHANGED_REFRESH_MS);
  // One upstream answer is one sighting. A page served again from the upstream cache is the same
  // array: it says nothing new about its sessions (they were seen when AWS answered), and
  // recording it again made a feed walk convert and write each session three or four times.
  const recorded = new WeakSet<readonly SessionRecord[]>();

  const write = async (batch: typeof queue) => {
    // The newest sighting of each session wins; one statement cannot update a row twice.
    const rows = new Map<string, HistoryRow>();
    const cutoff = retentionDays === undefined ? undefined : retentionCutoff(new Date(clock()), retentionDays);
    for (const { session, seenAt } of batch) {
      const row = toRow(session, new Date(seenAt));
      if (cutoff && row.ended_at && row.ended_at < cutoff) continue;
      const previous = rows.get(row.id);
      if (!previous || previous.last_seen_at <= row.last_seen_at) rows.set(row.id, row);
    }
    const all = [...rows.values()].filter((row) => !written.unchanged(row));
    for (let i = 0; i < all.length; i += batchSize) {
      const slice = all.slice(i, i + batchSize);
      await upsertRows(db, slice);
      written.written(slice);
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(deadline);
    clearTimeout(quiet);
    deadline = quiet = undefined;
    const batch = queue;
    queue = [];
    inFlight += batch.length;
    // Flushes run one after another, so a later sighting is never overtaken by an earlier one.
    writing = writing.then(async () => {
      if (batch.length > 0) await write(batch).catch(onError);
      inFlight -= batch.length;
      if (dropped > 0) onDropped?.(dropped);
      dropped = 0;
    });
    return writing;
  };

  return {
    seen(sessions) {
      if (sessions.length === 0 || recorded.has(sessions)) return;
      recorded.add(sessions);
      const seenAt = clock();
      const room = Math.max(0, maxQueued - inFlight - queue.length);
      for (const session of sessions.slice(0, room)) queue.push({ session, seenAt });
      dropped += Math.max(0, sessions.length - room);
      if (queue.length >= flushAt) return void flush();
      deadline ??= setTimeout(() => void flush(), flushMs).unref();
      if (quiet) quiet.refresh();
      else quiet = setTimeout(() => void flush(), Math.min(quietMs, flushMs)).unref();
    },
    flush,
    close: flush,
    get queued() {
      return queue.length;
    },
  };
}
