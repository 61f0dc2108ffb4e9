import { deserialize, serialize } from 'node:v8';
import { LRUCache } from 'lru-cache';
import type { SourceClients } from '../aws/clients.js';
import { scopeDeclaration, type Source } from '../sources/registry.js';
import type { ScopeKind, Scopes } from '../sources/scopes.js';
import { enabled } from '../aws/clients.js';
import type { Clock } from '../upstream/cache.js';
import { placeKey, type Place } from '../aws/places.js';
import type { SharedStore } from '../upstream/sharedStore.js';

/** Scopes configured instead of discovered, per scope kind (each list's `pin` variable). */
export type ScopePins = Partial<Record<ScopeKind, readonly string[]>>;

export type { ScopeKind, Scopes };

/** The source each scope kind belongs to. */
export const sourceOfScope = (kind: ScopeKind): Source => scopeDeclaration(kind).source;

/** The scopes of a kind found in one place, or why that place failed. */
export type PlacedScopes<K extends ScopeKind> = { place: Place; scopes: Scopes[K] } | { place: Place; error: unknown };

export interface Discovery {
  /** The scopes of a kind in every place that answered; throws when every place failed. */
  get<K extends ScopeKind>(kind: K): Promise<Scopes[K]>;
  /** The scopes of a kind per place (account and region), a failed place with its error. */
  getPlaced<K extends ScopeKind>(kind: K): Promise<Array<PlacedScopes<K>>>;
  /** The cached scopes of a kind (even stale), without any upstream call; undefined until every place has some. */
  peek<K extends ScopeKind>(kind: K): Scopes[K] | undefined;
}

/** One list of scopes from the lists of several places (only Device Farm's kinds have several). */
export function mergeScopes<K extends ScopeKind>(parts: ReadonlyArray<Scopes[K]>): Scopes[K] {
  return (parts.length === 1 ? parts[0] : (parts as unknown as unknown[][]).flat()) as Scopes[K];
}

/** The scopes of the places that answered, or the first failure when none did. */
export function answered<K extends ScopeKind>(placed: ReadonlyArray<PlacedScopes<K>>): Scopes[K] {
  const found = placed.flatMap((p) => ('scopes' in p ? [p.scopes] : []));
  if (found.length === 0 && placed.length > 0) throw (placed[0] as { error: unknown }).error;
  return mergeScopes<K>(found);
}

export interface DiscoveryOptions {
  ttlMs: number;
  pins: ScopePins;
  clock: Clock;
  /** Redis: scopes discovered by any replica (or before a restart) are reused while fresh. */
  shared?: SharedStore | undefined;
  /** Told after every discovery of a kind that asked AWS (for metrics). */
  onRefresh?: (kind: ScopeKind, ok: boolean) => void;
}

interface Stored {
  scopes: Scopes[ScopeKind];
  discoveredAt: number;
}

/** Discovered scopes stay in Redis this long, so a restart finds them even when stale. */
const KEEP_IN_REDIS_MS = 24 * 60 * 60 * 1000;

/**
 * The scopes of each kind, cached across requests for `ttlMs`. After that the stale scopes are
 * served at once while one background refresh runs, so no request waits for a refresh; a failed
 * refresh keeps the stale scopes. A kind without cached scopes is discovered on first use,
 * once, however many requests ask at the same time. With Redis, a refresh first looks there for
 * scopes another replica discovered within the TTL.
 */
export function createDiscovery(clients: SourceClients, options: DiscoveryOptions): Discovery {
  const { clock, shared, ttlMs } = options;
  const placesOf = (kind: ScopeKind) => enabled(sourceOfScope(kind), clients[sourceOfScope(kind)]).places();

  async function refresh(kind: ScopeKind, place: Place, home: boolean, set: { ttl?: number }): Promise<Scopes[ScopeKind]> {
    const pinned = JSON.stringify(options.pins);
    const key = `discovery:${kind}:${placeKey(place)}:${pinned}`;
    const stored = shared && (await shared.get(key));
    const found = stored ? (deserialize(stored) as Stored) : undefined;
    const age = found ? clock() - found.discoveredAt : Infinity;
    if (found && age < ttlMs) {
      set.ttl = ttlMs - age;
      return found.scopes;
    }
    try {
      const source = sourceOfScope(kind);
      const scopes = await scopeDeclaration(kind).discover(enabled(source, clients[source]) as never, place, options.pins[kind], home);
      options.onRefresh?.(kind, true);
      await shared?.set(key, serialize({ scopes, discoveredAt: clock() } satisfies Stored), KEEP_IN_REDIS_MS);
      return scopes;
    } catch (error) {
      options.onRefresh?.(kind, false);
      // After a restart, scopes another replica found are better than none.
      if (found) return found.scopes;
      throw error;
    }
  }

  interface Context {
    kind: ScopeKind;
    place: Place;
    home: boolean;
  }
  // One entry per kind and place: a place that fails keeps failing alone.
  const cache = new LRUCache<string, Scopes[ScopeKind], Context>({
    max: 256,
    ttl: ttlMs,
    // Reads the clock on each check: the default caches it for 1 ms behind a timer per read.
    ttlResolution: 0,
    perf: { now: clock },
    allowStale: true,
    noDeleteOnFetchRejection: true,
    fetchMethod: (_key, _stale, { options: set, context }) => refresh(context.kind, context.place, context.home, set),
  });
  /** The places each kind was last discovered in, so `peek` can answer without resolving regions. */
  const known = new Map<ScopeKind, string[]>();

  async function getPlaced<K extends ScopeKind>(kind: K): Promise<Array<PlacedScopes<K>>> {
    const places = await placesOf(kind);
    known.set(kind, places.map((place) => `${kind}|${placeKey(place)}`));
    return Promise.all(
      places.map(async (place, i) => {
        try {
          const scopes = await cache.fetch(`${kind}|${placeKey(place)}`, { context: { kind, place, home: i === 0 } });
          if (!scopes) throw new Error(`Discovery of ${kind} returned nothing.`);
          return { place, scopes: scopes as Scopes[K] };
        } catch (error) {
          return { place, error };
        }
      }),
    );
  }
  return {
    getPlaced,
    get: async (kind) => answered(await getPlaced(kind)),
    peek(kind) {
      const parts = (known.get(kind) ?? []).map((key) => cache.peek(key, { allowStale: true }));
      return parts.length === 0 || parts.some((p) => p === undefined) ? undefined : (mergeScopes(parts as Array<Scopes[typeof kind]>) as never);
    },
  };
}
