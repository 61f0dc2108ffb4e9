// The session history: a store (PGlite or PostgreSQL), the recorder that feeds it, the sweep and
// the retention delete. Built once per process (server.ts), handed to the gateway, which attaches
// the sweep to its upstream layer and discovery and puts the store in every request's context.
import type { Access } from '../auth/access.js';
import { GatewayError } from '../errors.js';
import type { SessionSink } from '../loaders/util.js';
import type { Discovery } from '../scopes/discovery.js';
import type { Upstream } from '../upstream/index.js';
import { openDatabase, type HistoryDb, type StoreLocation } from './database.js';
import { historyPage, type HistoryColumns, type HistoryFilter, type HistoryOrder, type Keyset, type StoredSession } from './historyPage.js';
import { deleteExpired } from './maintenance.js';
import { createRecorder } from './recorder.js';
import { sweepOnce, type SweepReport } from './sweep.js';
import { usage, type UsageGroup, type UsageRow } from './usage.js';

export type { HistoryColumns, HistoryFilter, HistoryOrder, Keyset, StoredSession, SweepReport, UsageGroup, UsageRow };

export interface HistorySettings extends StoreLocation {
  /** Seconds between sweeps; 0: no sweep. */
  sweepSeconds: number;
  /** Sessions that ended longer ago are deleted (checked hourly and at start-up). */
  retentionDays: number;
}

export interface HistoryOptions {
  clock?: () => number;
  /** Recorder: the longest a seen session waits to be written (a pause in sightings writes sooner); default 2 s. */
  flushMs?: number;
  /** Where failures of background work go (writes, sweeps, retention, the store's thread restarting); they never reach a request. */
  warn?: (message: string) => void;
  /** After each sweep (the log line). */
  onSweep?: (report: SweepReport) => void;
}

export interface History {
  /** Where loaders send every session a request lists. */
  readonly seen: SessionSink;
  /** Rows with `columns` (and the ID and sort column) only. */
  page(access: Access, filter: HistoryFilter, order: HistoryOrder, limit: number, after: Keyset | undefined, columns: HistoryColumns): Promise<StoredSession[]>;
  usage(access: Access, from: Date, to: Date, groupBy: readonly UsageGroup[]): Promise<UsageRow[]>;
  /** Starts the sweep (if configured) over this gateway's upstream layer and discovery; once per history. */
  attach(upstream: Upstream, discovery: Discovery): void;
  /** One sweep now (tests, and the timer); needs `attach` first. */
  sweep(): Promise<SweepReport>;
  /** Writes everything the recorder holds. */
  flush(): Promise<void>;
  /** Deletes what is past retention; returns how many sessions. */
  expire(): Promise<number>;
  /** The database, for tests and the benchmark. */
  readonly db: HistoryDb;
  /** Stops the timers and any sweep, writes what is queued, closes the database. */
  close(): Promise<void>;
}

const RETENTION_CHECK_MS = 60 * 60 * 1000;
/**
 * The first sweep waits this long after start-up (or one interval, if shorter): a gateway just
 * started answers its first requests with cold caches and code V8 has not compiled yet, and a
 * sweep of every scope beside them (upstream calls, a batch of writes) made a first feed walk
 * a third slower.
 */
export const FIRST_SWEEP_DELAY_MS = 30_000;

/** When the first sweep runs after start-up, for a sweep every `sweepSeconds` (> 0). */
export const firstSweepDelayMs = (sweepSeconds: number) => Math.min(FIRST_SWEEP_DELAY_MS, sweepSeconds * 1000);

export async function createHistory(settings: HistorySettings, options: HistoryOptions = {}): Promise<History> {
  const clock = options.clock ?? Date.now;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const db = await openDatabase(settings, {
    onIdleError: (error) => warn(`A connection to the history's PostgreSQL failed (${describe(error)}); it is replaced.`),
    onRestart: warn,
    clock,
  });
  const recorder = createRecorder(db, {
    clock,
    retentionDays: settings.retentionDays,
    ...(options.flushMs !== undefined ? { flushMs: options.flushMs } : {}),
    onError: (error) => warn(`The session history could not record sessions (${describe(error)}); they are recorded again when next read.`),
    onDropped: (count) => warn(`The session history's store wrote more slowly than sessions were read: ${count} sightings were not queued; they are recorded again when next read or swept.`),
  });
  const stopping = new AbortController();
  const timers: NodeJS.Timeout[] = [];
  let attached: { upstream: Upstream; discovery: Discovery } | undefined;
  let sweeping: Promise<SweepReport> | undefined;

  // A database failure reaches the caller as a coded error and the log as its sentence.
  const answered = <T>(query: Promise<T>): Promise<T> =>
    query.catch((error: unknown) => {
      warn(`The session history store failed a query (${describe(error)}).`);
      throw new GatewayError('HISTORY_UNAVAILABLE', 'The session history store did not answer; retry later.');
    });
  const expire = () => deleteExpired(db, new Date(clock()), settings.retentionDays);
  const background = (what: string, work: () => Promise<unknown>) => () =>
    void work().catch((error: unknown) => stopping.signal.aborted || warn(`The session history's ${what} failed (${describe(error)}); it runs again later.`));
  timers.push(setInterval(background('retention delete', expire), RETENTION_CHECK_MS).unref());
  background('retention delete', expire)();

  const history: History = {
    seen: recorder.seen,
    page: (access, filter, order, limit, after, columns) => answered(historyPage(db, access, filter, order, limit, after, columns)),
    usage: (access, from, to, groupBy) => answered(usage(db, access, from, to, groupBy)),
    attach(upstream, discovery) {
      if (attached) return;
      attached = { upstream, discovery };
      if (settings.sweepSeconds > 0) {
        const run = background('sweep', () => history.sweep().then((report) => options.onSweep?.(report)));
        const first = () => {
          run();
          timers.push(setInterval(run, settings.sweepSeconds * 1000).unref());
        };
        timers.push(setTimeout(first, firstSweepDelayMs(settings.sweepSeconds)).unref());
      }
    },
    sweep() {
      if (!attached) return Promise.reject(new Error('The history is not attached to a gateway.'));
      // One sweep at a time: a slow one is not overtaken by the next tick.
      sweeping ??= sweepOnce({ db, recorder, ...attached, clock, signal: stopping.signal }).finally(() => (sweeping = undefined));
      return sweeping;
    },
    flush: recorder.flush,
    expire,
    db,
    async close() {
      stopping.abort();
      timers.forEach(clearInterval);
      await sweeping?.catch(() => undefined);
      await recorder.close();
      await db.destroy();
    },
  };
  return history;
}

/** A database error's own sentence (connection refused, …), never a stack. */
const describe = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unknown error');
