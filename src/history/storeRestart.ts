// The embedded store's thread, started again when it dies (an uncaught error in PGlite, an
// out-of-memory abort of its WebAssembly, a terminate). What was waiting on the dead thread has
// already failed (storeClient.ts); the next statement starts a new thread on the same data
// directory. Lazily: nothing runs while nobody asks, so there is no timer to stop on close.
// A thread that keeps dying is started at most once per back-off, which doubles up to a minute.
import { startStoreThread, type StoreThread, type StoreThreads } from './storeClient.js';
import type { StoreThreadData } from './storeThread.js';

export interface RestartOptions {
  clock: () => number;
  /** One sentence per restart, and per start that failed. */
  warn: (message: string) => void;
  /** Runs on each new thread before it serves (the migrations: a `memory://` store starts over, empty). */
  prepare: (thread: StoreThread) => Promise<void>;
}

export interface SupervisedStore extends StoreThreads {
  /** Ends the live thread at once, as a crash would (tests). */
  terminate(): Promise<void>;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 60_000;
/** A restarted thread that dies sooner than this counts as a failed start. */
const STABLE_MS = 60_000;

/** The wait before the next start after `streak` failed ones: none, then 1 s, 2 s, 4 s … at most 60 s. */
export const restartDelay = (streak: number): number => (streak === 0 ? 0 : Math.min(FIRST_DELAY_MS * 2 ** (streak - 1), MAX_DELAY_MS));

/** Starts the first thread (rejects if it does not open, as `startStoreThread`) and watches it. */
export async function superviseStoreThread(data: StoreThreadData, options: RestartOptions): Promise<SupervisedStore> {
  const { clock, warn, prepare } = options;
  // A store on disk is reopened as it is (never recreated, never reloaded from a template).
  const again: StoreThreadData = data.dir === undefined ? data : { dir: data.dir, options: { postgresqlconf: data.options.postgresqlconf }, reopen: true };
  let thread: StoreThread;
  let restarted = false;
  let startedAt = clock();
  /** Why the live thread ended; undefined while it lives. */
  let died: Error | undefined;
  let streak = 0;
  let notBefore = 0;
  let starting: Promise<StoreThread> | undefined;
  let closed = false;

  const start = async (threadData: StoreThreadData): Promise<StoreThread> => {
    let self: StoreThread | undefined;
    const started = await startStoreThread(threadData, (error) => {
      if (self !== thread) return; // a thread that never served (its preparation failed)
      died = error;
      streak = restarted && clock() - startedAt < STABLE_MS ? streak + 1 : 0;
      notBefore = clock() + restartDelay(streak);
    });
    self = started;
    return started;
  };

  const restart = async (): Promise<StoreThread> => {
    const cause = died!.message;
    const wait = notBefore - clock();
    if (wait > 0) throw new Error(`${cause}; it is not started again for another ${Math.ceil(wait / 1000)} s`);
    let next: StoreThread | undefined;
    try {
      next = await start(again);
      await prepare(next);
    } catch (error) {
      await next?.close().catch(() => undefined);
      streak++;
      notBefore = clock() + restartDelay(streak);
      warn(`The session history store's thread could not be started again (${describe(error)}); the next attempt is in ${restartDelay(streak) / 1000} s at the earliest.`);
      throw error;
    }
    thread = next;
    died = undefined;
    restarted = true;
    startedAt = clock();
    const kept = data.dir === undefined ? 'the store was in memory, so it starts over empty' : 'it reopened its data directory';
    warn(`The session history store's thread stopped (${cause}) and was started again: ${kept}; the statements waiting on it failed.`);
    return next;
  };

  thread = await start(data);
  return {
    async current() {
      if (closed) throw new Error('the embedded store is closed');
      if (!died) return thread;
      starting ??= restart().finally(() => (starting = undefined));
      return starting;
    },
    async terminate() {
      await thread.terminate();
    },
    async close() {
      closed = true;
      await starting?.catch(() => undefined);
      await thread.close();
    },
  };
}

/** An error's own first line, never a stack. */
const describe = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unknown error');
