// The history store's database: embedded PGlite (PostgreSQL compiled to WebAssembly) in a data
// directory or in memory, in its own thread, or a real PostgreSQL when DATABASE_URL is set. One
// Kysely type and the same SQL over both; migrations run before anything else touches the tables.
import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, type Generated } from 'kysely';
import pg from 'pg';
import { hasDatabase, initdbApart } from './initdb.js';
import { migrate } from './migrations.js';
import { StoreThreadDialect } from './storeClient.js';
import { superviseStoreThread, type SupervisedStore } from './storeRestart.js';

export interface SessionHistoryTable {
  /** The session's AWS identity, prefixed by kind: the key every replica upserts by. */
  id: string;
  kind: string;
  source: string;
  /** The Device Farm project ARN, Nimble studio ID or CodeCatalyst space name the policy checks. */
  scope: string;
  /** The scope the session was listed under (dev environment, test grid project): what a sweep walks. */
  parent: string;
  owner: string | null;
  name: string | null;
  instance_type: string | null;
  status: string | null;
  phase: string;
  created_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  ended_at_source: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  // Sort keys, never null, so one keyset comparison serves every order.
  start_ms: number;
  /** The end in epoch ms; open sessions sort after every ended one. */
  end_ms: number;
  duration_ms: number;
  minutes: number;
  billed_minutes: number;
  record: unknown;
  updated: Generated<Date>;
}

export interface SessionScopeTable {
  source: string;
  scope: string;
}

/** The per-day roll-up of session_history that `usage` reads (rollup.ts); kept by triggers. */
export interface SessionUsageDailyTable {
  /** Days since 1970-01-01 (UTC) of the sessions' start. */
  day: number;
  kind: string;
  source: string;
  scope: string;
  owner: string | null;
  instance_type: string | null;
  sessions: number;
  /** `numeric`, which both drivers give as a string. */
  minutes: string;
  billed_minutes: string;
}

export interface HistoryDatabase {
  session_history: SessionHistoryTable;
  session_scope: SessionScopeTable;
  session_usage_daily: SessionUsageDailyTable;
}

export type HistoryDb = Kysely<HistoryDatabase>;

export interface StoreLocation {
  /** postgres:// URL of a real PostgreSQL; when set, `dir` is not used. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory, or `memory://` for a store that lives and dies with the process. */
  dir: string;
  /**
   * A PGlite data directory dump (`dumpDataDir`) a new store starts from instead of running
   * initdb, which takes seconds of WebAssembly: tests start their in-memory stores from one.
   */
  pgliteTemplate?: Blob | undefined;
}

/**
 * The embedded store shares the gateway's process, so PostgreSQL's server defaults (128 MB of
 * shared buffers) would be most of its memory: measured on a reopened store, 295 MB of RSS with
 * them and 168 MB with these. Pages beyond the buffers come from the operating system's cache.
 */
const PGLITE_CONF = ['shared_buffers=16MB', 'work_mem=4MB', 'maintenance_work_mem=16MB'];

export interface StoreEvents {
  /** PostgreSQL: an idle connection failed (the server restarted or shut down); the pool replaces it. */
  onIdleError?: (error: Error) => void;
  /** PGlite: its thread was started again after it died, or could not be (a sentence). */
  onRestart?: (message: string) => void;
  /** What the restart's back-off is measured with. */
  clock?: () => number;
}

/** The embedded stores' threads, by database: tests end them as a crash would. */
const embedded = new WeakMap<HistoryDb, SupervisedStore>();
export const embeddedStore = (db: HistoryDb): SupervisedStore | undefined => embedded.get(db);

// PostgreSQL's int8 and numeric arrive as strings from node-postgres; every number this store
// reads is a float8 or an int4, which both drivers give as JavaScript numbers.
export async function openDatabase(location: StoreLocation, events: StoreEvents = {}): Promise<HistoryDb> {
  let db: HistoryDb;
  if (location.databaseUrl) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 5 });
    // Without a listener, an idle connection's error would end the process.
    pool.on('error', events.onIdleError ?? (() => {}));
    db = new Kysely<HistoryDatabase>({ dialect: new PostgresDialect({ pool }) });
  } else {
    const options = { postgresqlconf: PGLITE_CONF, ...(location.pgliteTemplate ? { loadDataDir: location.pgliteTemplate } : {}) };
    if (location.dir !== 'memory://') {
      await mkdir(location.dir, { recursive: true });
      if (!location.pgliteTemplate && !hasDatabase(location.dir)) await initdbApart(location.dir, { postgresqlconf: PGLITE_CONF });
    }
    // In a worker thread: its statements never hold the event loop that answers requests.
    const store = await superviseStoreThread(
      { dir: location.dir === 'memory://' ? undefined : location.dir, options },
      {
        clock: events.clock ?? Date.now,
        warn: events.onRestart ?? (() => {}),
        // A new thread is migrated before it serves, through a Kysely of its own that is never
        // destroyed (that would close the thread); it holds nothing else.
        prepare: (thread) => migrate(new Kysely<HistoryDatabase>({ dialect: new StoreThreadDialect({ current: async () => thread, close: () => thread.close() }) })),
      },
    );
    db = new Kysely<HistoryDatabase>({ dialect: new StoreThreadDialect(store) });
    embedded.set(db, store);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
