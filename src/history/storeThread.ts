// The embedded store's thread: PGlite runs here, in a worker thread, so its WebAssembly (the
// recorder's upserts, the roll-up's triggers, a month's usage) never holds the gateway's event
// loop while a response waits. It answers the messages of storeClient.ts, one statement each, in
// the order they come; the client keeps transactions to one caller at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { hasDatabase } from './initdb.js';

/** What the thread is started with (workerData). */
export interface StoreThreadData {
  /** A data directory, or undefined for a store in memory. */
  dir: string | undefined;
  options: Pick<PGliteOptions, 'postgresqlconf' | 'loadDataDir'>;
  /**
   * A restart after the thread died (storeRestart.ts): `dir` must already hold the database.
   * PGlite would otherwise create an empty one there, in this thread, and the history would
   * silently start over.
   */
  reopen?: boolean;
}

/** A statement, or the last message: close the store. */
export type StoreCommand = { sql: string; params: unknown[] } | { close: true };
export type StoreRequest = StoreCommand & { id: number };

/** PGlite's error, as fields: an Error's own properties (the SQLSTATE `code`…) would not survive the port. */
export interface StoreFailure {
  message: string;
  code?: string;
  detail?: string;
  severity?: string;
}

export type StoreReply =
  | { id: number; rows: unknown[]; affectedRows: number | undefined }
  | { id: number; closed: true }
  | { id: number; error: StoreFailure };

/** The first message: the store opened (id 0), or why it did not. */
export type StoreReady = { id: 0; ready: true } | { id: 0; error: StoreFailure };

const port = parentPort!;
const { dir, options, reopen } = workerData as StoreThreadData;

const failure = (error: unknown): StoreFailure => {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, detail, severity } = error as Error & Record<string, unknown>;
  return {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof detail === 'string' ? { detail } : {}),
    ...(typeof severity === 'string' ? { severity } : {}),
  };
};

try {
  if (reopen && dir !== undefined && !hasDatabase(dir)) throw new Error(`${dir} no longer holds the database (moved or deleted?)`);
  const lite = dir === undefined ? await PGlite.create(options) : await PGlite.create(dir, options);
  port.on('message', (request: StoreRequest) => {
    const answer = async (): Promise<StoreReply> => {
      if ('close' in request) {
        await lite.close();
        return { id: request.id, closed: true };
      }
      const { rows, affectedRows } = await lite.query(request.sql, request.params);
      return { id: request.id, rows, affectedRows };
    };
    void answer().then(
      (reply) => port.postMessage(reply),
      (error: unknown) => port.postMessage({ id: request.id, error: failure(error) } satisfies StoreReply),
    );
  });
  port.postMessage({ id: 0, ready: true } satisfies StoreReady);
} catch (error) {
  port.postMessage({ id: 0, error: failure(error) } satisfies StoreReady);
}
