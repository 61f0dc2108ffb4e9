// Where whole responses are kept: an LRU bounded by estimated bytes, expiring on the gateway's
// clock, with an index from each entity a response contains (type name and `id`) to that response,
// so a change to one session drops every response that shows it.
import type { Cache, CacheEntityRecord } from '@envelop/response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../upstream/index.js';

/**
 * A response lives on the heap as objects, several times its JSON size (strings, arrays, object
 * headers), and as its JSON; five times counts against the bound, as the upstream cache counts
 * three times its serialized size (see HEAP_PER_BYTE in src/upstream/cache.ts).
 */
const HEAP_PER_JSON_BYTE = 5;
/** Each indexed entity costs a map entry and a set: measured at about 20 MB for 30,000 entities with their responses. */
const HEAP_PER_ENTITY = 300;

export interface ResponseStoreOptions {
  maxBytes: number;
  clock: Clock;
}

/** An entity as the response cache records it: its GraphQL type name and its `id` (a global ID). */
export type EntityRef = CacheEntityRecord;

export const entityKey = ({ typename, id }: EntityRef) => (id === undefined ? typename : `${typename}:${id}`);

/**
 * A stored response as it is served: the result with its JSON, written once when stored. yoga
 * writes a result through its `stringify` when it has one, so a hit costs no JSON.stringify of the
 * whole answer (8 % of the gateway's CPU under load when every hit wrote it again). A copy that a
 * plugin makes of it (to add an extension, say) carries the function along but is written anew.
 */
export type ServedResult = ExecutionResult & { stringify: (value: unknown) => string };

/** A response and when it stops being fresh; it is kept one more TTL, served stale only while it is recomputed. */
interface Stored {
  result: ServedResult;
  freshUntil: number;
}

export class ResponseStore implements Cache {
  private readonly responses: LRUCache<string, Stored>;
  /** entity key → response keys that contain it, and back (to forget a response's entities). */
  private readonly byEntity = new Map<string, Set<string>>();
  private readonly entitiesOf = new Map<string, string[]>();
  /** Called with a key once its response is stored (the plugin wakes the requests waiting on it). */
  onStored: (key: string) => void = () => {};
  /** Called with how many responses an invalidation dropped (by the hook or by a mutation's result). */
  onInvalidated: (count: number) => void = () => {};

  constructor(private readonly options: ResponseStoreOptions) {
    this.responses = new LRUCache<string, Stored>({
      maxSize: Math.max(1, options.maxBytes),
      ttl: 1,
      // Reads the clock on each check: the default caches it for 1 ms behind a timer per read.
      ttlResolution: 0,
      perf: { now: options.clock },
      // A response evicted, expired or replaced takes its entity index entries with it.
      dispose: (_value, key, reason) => {
        if (reason !== 'set') this.unindex(key);
      },
    });
  }

  /** A fresh stored response, for the plugin's read before parsing. */
  read(key: string): ServedResult | undefined {
    const stored = this.responses.get(key);
    return stored && this.options.clock() < stored.freshUntil ? stored.result : undefined;
  }

  /** A response past its TTL by less than one more TTL (served while an identical request recomputes it). */
  readStale(key: string): ServedResult | undefined {
    return this.responses.get(key)?.result;
  }

  /**
   * Envelop's lookup while executing: always a miss, because the plugin already read before
   * parsing (where it knows whether the request asked for fresh data); reaching execution means
   * this request computes its answer.
   */
  get(): null {
    return null;
  }

  set(key: string, result: ExecutionResult, entities: Iterable<EntityRef>, ttl: number): void {
    if (!(ttl > 0) || !Number.isFinite(ttl)) return;
    this.unindex(key);
    // Indexed by type name too, so a whole type can be dropped.
    const keys = [...new Set([...entities].flatMap((e) => [e.typename, entityKey(e)]))];
    const json = JSON.stringify(result);
    const size = json.length * HEAP_PER_JSON_BYTE + keys.length * HEAP_PER_ENTITY;
    const served: ServedResult = { ...result, stringify: (value) => (value === served ? json : JSON.stringify(value)) };
    this.responses.set(key, { result: served, freshUntil: this.options.clock() + ttl }, { ttl: 2 * ttl, size });
    if (!this.responses.has(key)) return; // larger than the whole bound
    this.entitiesOf.set(key, keys);
    for (const entity of keys) {
      let responses = this.byEntity.get(entity);
      if (!responses) this.byEntity.set(entity, (responses = new Set()));
      responses.add(key);
    }
    this.onStored(key);
  }

  /** Drops every response holding one of `entities` (a type name alone drops all of that type). */
  invalidate(entities: Iterable<EntityRef>): void {
    let dropped = 0;
    for (const entity of entities) {
      for (const key of [...(this.byEntity.get(entityKey(entity)) ?? [])]) {
        if (this.responses.delete(key)) dropped += 1;
      }
    }
    if (dropped > 0) this.onInvalidated(dropped);
  }

  clear(): void {
    this.responses.clear();
  }

  get size(): number {
    return this.responses.size;
  }

  private unindex(key: string): void {
    for (const entity of this.entitiesOf.get(key) ?? []) {
      const responses = this.byEntity.get(entity);
      responses?.delete(key);
      if (responses?.size === 0) this.byEntity.delete(entity);
    }
    this.entitiesOf.delete(key);
  }
}
