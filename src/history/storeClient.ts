// The gateway's side of the embedded store's thread (storeThread.ts): a Kysely dialect whose one
// connection sends each compiled statement to the thread and waits for its rows. Kysely compiles
// on this thread, PGlite executes on the other. PGlite's own worker (`@electric-sql/pglite/worker`)
// is made for browsers' Web Workers (leader election over navigator.locks), not Node's threads.
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { StoreCommand, StoreFailure, StoreReady, StoreReply, StoreRequest, StoreThreadData } from './storeThread.js';

export interface StoreThread {
  /** The worker's thread ID (never 0, the main thread's). */
  readonly threadId: number;
  query(sql: string, params: readonly unknown[]): Promise<{ rows: unknown[]; affectedRows: number | undefined }>;
  /** Closes PGlite (what it holds is written) and ends the thread. */
  close(): Promise<void>;
  /** Ends the thread at once, as a crash would: what waits on it fails (tests). */
  terminate(): Promise<void>;
}

/** Where the dialect takes its thread from: the live one, started again if it died (storeRestart.ts). */
export interface StoreThreads {
  current(): Promise<StoreThread>;
  close(): Promise<void>;
}

const asError = (failure: StoreFailure) => Object.assign(new Error(failure.message), failure);

/**
 * Starts PGlite in its own thread; resolves once it has opened (or rejects with PGlite's reason).
 * `onExit`: the thread ended other than by `close()` (an uncaught error, a WebAssembly abort, a
 * terminate), once, after every statement waiting on it has failed.
 */
export async function startStoreThread(data: StoreThreadData, onExit: (error: Error) => void = () => {}): Promise<StoreThread> {
  // Built, the thread is the .js beside this file. From the sources (tsx, vitest), it is .ts,
  // which a new thread loads only once tsx's loader is registered in it.
  const own = new URL(import.meta.url);
  const script = new URL(`./storeThread.${own.pathname.endsWith('.ts') ? 'ts' : 'js'}`, own);
  const entry = own.pathname.endsWith('.ts')
    ? new URL(`data:text/javascript,${encodeURIComponent(
        `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
         register();
         await import(${JSON.stringify(script.href)});`,
      )}`)
    : script;
  const worker = new Worker(entry, { workerData: data });

  const pending = new Map<number, { resolve: (reply: StoreReply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | undefined;
  let closing = false;
  // The thread keeps the process alive only while a statement is waiting on it, as PGlite in the
  // main thread did not at all; a forgotten store never holds a test run or a script open.
  worker.unref();
  const settle = (id: number) => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return waiter;
  };
  const stop = (error: Error) => {
    stopped ??= error;
    for (const id of [...pending.keys()]) settle(id)?.reject(stopped);
  };

  await new Promise<void>((resolve, reject) => {
    const opened = (ready: StoreReady) => {
      worker.off('error', reject).off('exit', exited);
      if ('error' in ready) reject(asError(ready.error));
      else resolve();
    };
    const exited = (code: number) => reject(new Error(`the embedded store's thread exited (code ${code}) before it opened`));
    worker.once('message', opened).once('error', reject).once('exit', exited);
  }).catch(async (error: Error) => {
    // Nothing listens to this thread any more; a late 'error' must not become the process's.
    worker.on('error', () => {});
    await worker.terminate();
    throw error;
  });
  worker.on('message', (reply: StoreReply) => settle(reply.id)?.resolve(reply));
  worker.on('error', (error) => stop(new Error(`the embedded store's thread failed (${error.message})`)));
  worker.on('exit', (code) => {
    stop(new Error(`the embedded store's thread exited (code ${code})`));
    if (!closing) onExit(stopped!);
  });

  const send = (command: StoreCommand): Promise<StoreReply> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...command, id } satisfies StoreRequest);
    });
  };

  return {
    threadId: worker.threadId,
    async query(sql, params) {
      const reply = await send({ sql, params: [...params] });
      if ('error' in reply) throw asError(reply.error);
      if (!('rows' in reply)) throw new Error('the embedded store answered a statement with no rows');
      return { rows: reply.rows, affectedRows: reply.affectedRows };
    },
    async close() {
      if (stopped) return;
      closing = true;
      // A thread that dies while closing has nothing left to close.
      const reply = await send({ close: true }).catch(() => undefined);
      stop(new Error('the embedded store is closed'));
      await worker.terminate();
      if (reply && 'error' in reply) throw asError(reply.error);
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/**
 * Kysely over a store thread: PostgreSQL's SQL, one connection, used by one caller at a time.
 * Each use of the connection (a statement, or a whole transaction) is bound to the thread live
 * when it began, so a transaction never continues on a restarted thread: it fails with the old one.
 */
export class StoreThreadDialect implements Dialect {
  constructor(private readonly threads: StoreThreads) {}
  createAdapter = () => new PostgresAdapter();
  createDriver = (): Driver => new StoreThreadDriver(this.threads);
  createQueryCompiler = () => new PostgresQueryCompiler();
  createIntrospector = (db: Kysely<any>) => new PostgresIntrospector(db);
}

class StoreThreadConnection implements DatabaseConnection {
  constructor(private readonly thread: StoreThread) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, affectedRows } = await this.thread.query(query.sql, query.parameters);
    return { rows: rows as R[], ...(affectedRows !== undefined ? { numAffectedRows: BigInt(affectedRows) } : {}) };
  }

  /** The whole result as one chunk (nothing here streams; Kysely's interface asks for it). */
  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield await this.executeQuery<R>(query);
  }
}

class StoreThreadDriver implements Driver {
  /** Callers waiting for the connection, in order: a transaction's statements must not interleave with others'. */
  private readonly waiting: Array<() => void> = [];
  private busy = false;

  constructor(private readonly threads: StoreThreads) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy = true;
    try {
      return new StoreThreadConnection(await this.threads.current());
    } catch (error) {
      // Kysely releases only a connection it got: the next caller must not wait forever.
      await this.releaseConnection();
      throw error;
    }
  }

  async releaseConnection(): Promise<void> {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const mode = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean).join(' ');
    await connection.executeQuery(CompiledQuery.raw(mode ? `start transaction ${mode}` : 'begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.threads.close();
  }
}
