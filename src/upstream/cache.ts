import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import { LRUCache } from 'lru-cache';
import { estimateBytes } from './answerSize.js';
import type { SharedStore } from './sharedStore.js';

/** Milliseconds since the epoch; injectable so tests drive TTLs instead of sleeping. */
export type Clock = () => number;

export type CacheEvent = 'hit' | 'miss' | 'coalesced' | 'sharedHit';

export interface UpstreamCacheOptions {
  /** How long an answer is served; 0 turns the cache off. */
  ttlMs: number;
  /** Bound on the memory held, estimated from each answer's serialized size (see HEAP_PER_BYTE). */
  maxBytes: number;
  clock: Clock;
  /** Redis, when replicas share their pages. */
  shared?: SharedStore | undefined;
  onEvent?: (event: CacheEvent, source: string) => void;
}

interface Load {
  run: () => Promise<unknown>;
  refresh: boolean;
  source: string;
  /** The invalidation prefix the key falls under (see invalidate), if any. */
  prefix: string | undefined;
}
/** One key's load in flight and the requests waiting on it: it is cancelled when they all left. */
interface Flight {
  controller: AbortController;
  waiters: number;
  /** Its answer is in: nothing left to cancel. */
  settled: boolean;
}

export interface CacheRead {
  /** Load anew and store the answer (Cache-Control: no-cache). */
  refresh?: boolean | undefined;
  /** The request's deadline or disconnect: this caller stops waiting. */
  signal?: AbortSignal | undefined;
  /** Which source the key belongs to, for metrics. */
  source?: string;
  /** The prefix `invalidate` drops the key by: its scope (see upstream/scope.ts). */
  prefix?: string;
}

/** Rejects as soon as `signal` aborts; the promise itself goes on for whoever else waits on it. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
interface Entry {
  value: unknown;
  bytes: number;
  /** The invalidation count when its load started: a load overtaken by an invalidation is not kept. */
  loadedAt?: number;
}
interface SharedEntry {
  value: unknown;
  expiresAt: number;
}

/**
 * Records live on the heap as objects, not bytes: a page of Device Farm sessions measured 2.2 times
 * its V8-serialized size on the heap; three times, with a margin, counts against `maxBytes`.
 */
const HEAP_PER_BYTE = 3;

/** The Redis tag of a prefix: hashed, like the keys, because it names scopes and identities. */
const tagOf = (prefix: string) => createHash('sha256').update(prefix).digest('base64url');

/** How long another replica's claim on a key is honoured, and how often a waiter looks again. */
const CLAIM_MS = 10_000;
const POLL_MS = 15;

/**
 * The process-wide read cache under the per-request loaders. One answer per key is held for
 * `ttlMs` in an LRU bounded by bytes; concurrent gets of one key share one load (lru-cache's
 * `fetch` coalesces). With Redis it is the second level, and a claim there makes replicas share
 * one load too. Failed loads are never cached: every waiter of that load gets the failure, the
 * next get loads again.
 */
export class UpstreamCache {
  readonly stats: Record<CacheEvent, number> = { hit: 0, miss: 0, coalesced: 0, sharedHit: 0 };
  private readonly entries: LRUCache<string, Entry, Load>;
  private readonly flights = new Map<string, Flight>();
  /** Invalidations so far, and the count at each prefix's last one. */
  private invalidations = 0;
  private readonly invalidatedAt = new Map<string, number>();
  private readonly sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly options: UpstreamCacheOptions) {
    this.entries = new LRUCache<string, Entry, Load>({
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (entry) => Math.max(1, entry.bytes * HEAP_PER_BYTE),
      ttl: Math.max(1, options.ttlMs),
      // Reads the clock on each check: the default caches it for 1 ms behind a timer per read.
      ttlResolution: 0,
      perf: { now: options.clock },
      fetchMethod: (key, _stale, { context, options: set }) => this.fill(key, context, set),
      // A call outlives its TTL when it is slow; the sweep (or a stop's invalidation) deleting its
      // entry must not fail the requests waiting on it. Cancelling is the flights' job (join/leave).
      ignoreFetchAbort: true,
    });
    // lru-cache drops an expired answer only when it is read or pushed out by size: a walk's pages,
    // never read again, would stay up to the byte bound, all of it old-generation heap. Swept
    // every TTL instead, the heap holds what is fresh.
    if (this.enabled) this.sweeper = setInterval(() => this.sweep(), options.ttlMs).unref();
  }

  /** Drops expired answers (the timer calls it every TTL; so may a test). */
  sweep(): void {
    this.entries.purgeStale();
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /** How long an answer is served (the response cache above serves as long). */
  get ttlMs(): number {
    return this.options.ttlMs;
  }

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  /**
   * The answer for `key`: cached, or loaded once however many ask. `run` gets a signal that aborts
   * only when every caller waiting on that load has given up (deadline or disconnect), so one
   * impatient caller never cancels a load others still wait for.
   */
  async get<T>(key: string, run: (signal: AbortSignal) => Promise<T>, { refresh = false, signal, source = '', prefix }: CacheRead = {}): Promise<T> {
    if (!this.enabled) return signal ? untilAborted(run(signal), signal) : run(new AbortController().signal);
    for (let attempt = 1; ; attempt++) {
      const flight = this.join(key);
      const leave = () => this.leave(key, flight);
      signal?.addEventListener('abort', leave, { once: true });
      try {
        const status: LRUCache.Status<string, Entry, Load> = {};
        const load = { run: () => run(flight.controller.signal), refresh, source, prefix };
        const pending = this.entries.fetch(key, { context: load, forceRefresh: refresh, status });
        const entry = (await (signal ? untilAborted(pending, signal) : pending)) as Entry;
        flight.settled = true;
        // Loaded from before an invalidation of its prefix (a stop during the list call): served
        // to those who waited for it, but not kept.
        if (prefix !== undefined && (this.invalidatedAt.get(prefix) ?? -1) >= (entry.loadedAt ?? Infinity) && this.entries.peek(key) === entry) this.entries.delete(key);
        this.count(status.fetch === 'hit' ? 'hit' : status.fetch === 'inflight' ? 'coalesced' : 'miss', source);
        return entry.value as T;
      } catch (error) {
        // This caller joined a load that everyone before it abandoned: load again, once.
        if (attempt === 1 && !signal?.aborted && flight.controller.signal.aborted) continue;
        throw error;
      } finally {
        if (signal?.aborted !== true) {
          signal?.removeEventListener('abort', leave);
          leave();
        }
      }
    }
  }

  private join(key: string): Flight {
    let flight = this.flights.get(key);
    if (!flight || flight.controller.signal.aborted) {
      flight = { controller: new AbortController(), waiters: 0, settled: false };
      this.flights.set(key, flight);
    }
    flight.waiters += 1;
    return flight;
  }

  private leave(key: string, flight: Flight): void {
    flight.waiters -= 1;
    if (flight.waiters > 0) return;
    if (this.flights.get(key) === flight) this.flights.delete(key);
    // Nobody waits any more: a load still running is cancelled.
    if (!flight.settled) flight.controller.abort();
  }

  /** Drops every answer of this process (Redis entries expire on their own). */
  clear(): void {
    this.entries.clear();
  }

  /** Stops sweeping (the process is closing). */
  close(): void {
    clearInterval(this.sweeper);
    this.entries.clear();
  }

  /**
   * Drops every answer whose key starts with `prefix` (a scope's pages after a stop), here and in
   * Redis, and keeps no answer whose load was already running. Other replicas' in-process copies
   * live out their TTL.
   */
  async invalidate(prefix: string): Promise<void> {
    this.invalidatedAt.set(prefix, this.invalidations++);
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
    await this.options.shared?.dropTagged(tagOf(prefix));
  }

  private count(event: CacheEvent, source: string): void {
    this.stats[event] += 1;
    this.options.onEvent?.(event, source);
  }

  private async fill(key: string, load: Load, set: { ttl?: number }): Promise<Entry> {
    const shared = this.options.shared;
    const loadedAt = this.invalidations;
    if (!shared) {
      const value = await load.run();
      return { value, bytes: estimateBytes(value), loadedAt };
    }
    // Hashed: keys hold parameters and identities, which have no business in Redis in the clear.
    const id = `page:${createHash('sha256').update(key).digest('base64url')}`;
    const found = load.refresh ? null : await this.waitForShared(id, set, load.source);
    if (found) return found;
    try {
      const value = await load.run();
      const { ttlMs, clock } = this.options;
      const bytes = serialize({ value, expiresAt: clock() + ttlMs } satisfies SharedEntry);
      await shared.set(id, bytes, ttlMs, load.prefix === undefined ? undefined : tagOf(load.prefix));
      return { value, bytes: bytes.byteLength, loadedAt };
    } finally {
      void shared.release(id);
    }
  }

  /**
   * Another replica's answer: there already, or awaited while that replica holds the claim on the
   * key. Null when this process should load it itself (it then holds the claim).
   */
  private async waitForShared(id: string, set: { ttl?: number }, source: string): Promise<Entry | null> {
    const shared = this.options.shared as SharedStore;
    const giveUpAt = Date.now() + CLAIM_MS;
    for (;;) {
      const stored = await shared.get(id);
      if (stored) {
        const { value, expiresAt } = deserialize(stored) as SharedEntry;
        const left = expiresAt - this.options.clock();
        if (left > 0) {
          set.ttl = left;
          this.count('sharedHit', source);
          return { value, bytes: stored.byteLength };
        }
      }
      if ((await shared.claim(id, CLAIM_MS)) || Date.now() > giveUpAt) return null;
      await sleep(POLL_MS);
    }
  }
}
