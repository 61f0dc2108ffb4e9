import { deserialize, serialize } from 'node:v8';
import { LRUCache } from 'lru-cache';
import type { SourceClients } from '../aws/clients.js';
import * as cc from '../sources/codeCatalyst/calls.js';
import * as df from '../sources/deviceFarm/calls.js';
import * as nimble from '../sources/nimble/calls.js';
import { listAll } from '../aws/page.js';
import type { Source } from '../config.js';
import { enabled } from '../aws/clients.js';
import type { Clock } from '../upstream/cache.js';
import type { SharedStore } from '../upstream/sharedStore.js';

export interface ScopePins {
  deviceFarmProjectArns?: readonly string[] | undefined;
  testGridProjectArns?: readonly string[] | undefined;
  nimbleStudioIds?: readonly string[] | undefined;
  codeCatalystSpaces?: readonly string[] | undefined;
}

export interface CodeCatalystScopes {
  spaces: cc.CodeCatalystSpaceRecord[];
  projects: cc.CodeCatalystProjectRecord[];
  devEnvironments: cc.DevEnvironmentRecord[];
}

/** What discovery caches, one entry each, so a kind that is not asked for costs no call. */
export interface Scopes {
  deviceFarmProjects: df.DeviceFarmProjectRecord[];
  testGridProjects: df.TestGridProjectRecord[];
  nimbleStudios: nimble.NimbleStudioRecord[];
  codeCatalyst: CodeCatalystScopes;
}
export type ScopeKind = keyof Scopes;

export const SCOPE_SOURCE: Record<ScopeKind, Source> = {
  deviceFarmProjects: 'deviceFarm',
  testGridProjects: 'deviceFarm',
  nimbleStudios: 'nimble',
  codeCatalyst: 'codeCatalyst',
};

const present = <T>(items: Array<T | null>): T[] => items.filter((i): i is T => i !== null);

/** Every call of one source's discovery, in as few sequential steps as the APIs allow. */
function discoverers(clients: SourceClients, pins: ScopePins) {
  return {
    async deviceFarmProjects() {
      const client = enabled('deviceFarm', clients.deviceFarm);
      return pins.deviceFarmProjectArns
        ? present(await Promise.all(pins.deviceFarmProjectArns.map((arn) => df.getProject(client, arn))))
        : listAll('deviceFarm', (token) => df.listProjects(client, token));
    },
    async testGridProjects() {
      const client = enabled('deviceFarm', clients.deviceFarm);
      return pins.testGridProjectArns
        ? present(await Promise.all(pins.testGridProjectArns.map((arn) => df.getTestGridProject(client, arn))))
        : listAll('deviceFarm', (token) => df.listTestGridProjects(client, token));
    },
    async nimbleStudios(): Promise<nimble.NimbleStudioRecord[]> {
      const client = enabled('nimble', clients.nimble);
      // There is no GetStudio in the gateway's operations: a pinned studio is known by its ID alone.
      return pins.nimbleStudioIds
        ? pins.nimbleStudioIds.map((studioId) => ({ studioId }))
        : listAll('nimble', (token) => nimble.listStudios(client, token));
    },
    async codeCatalyst(): Promise<CodeCatalystScopes> {
      const client = enabled('codeCatalyst', clients.codeCatalyst);
      const spaces = pins.codeCatalystSpaces
        ? pins.codeCatalystSpaces.map((name) => ({ name, regionName: undefined }))
        : await listAll('codeCatalyst', (token) => cc.listSpaces(client, token));
      // Dev environments are listed per space, not per project, so sessions are only two
      // dependent calls away from the space list; projects are listed beside them.
      const perSpace = await Promise.all(
        spaces.map((space) =>
          Promise.all([
            listAll('codeCatalyst', (token) => cc.listProjects(client, space.name, token)),
            listAll('codeCatalyst', (nextToken) => cc.listDevEnvironments(client, { spaceName: space.name, nextToken })),
          ]),
        ),
      );
      return { spaces, projects: perSpace.flatMap(([p]) => p), devEnvironments: perSpace.flatMap(([, d]) => d) };
    },
  };
}

export interface Discovery {
  /** The scopes of a kind: cached, else discovered now. */
  get<K extends ScopeKind>(kind: K): Promise<Scopes[K]>;
  /** The cached scopes of a kind (even stale), without any upstream call. */
  peek<K extends ScopeKind>(kind: K): Scopes[K] | undefined;
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
  const discover = discoverers(clients, options.pins);
  const { clock, shared, ttlMs } = options;

  async function refresh(kind: ScopeKind, set: { ttl?: number }): Promise<Scopes[ScopeKind]> {
    const pinned = JSON.stringify(options.pins);
    const key = `discovery:${kind}:${pinned}`;
    const stored = shared && (await shared.get(key));
    const found = stored ? (deserialize(stored) as Stored) : undefined;
    const age = found ? clock() - found.discoveredAt : Infinity;
    if (found && age < ttlMs) {
      set.ttl = ttlMs - age;
      return found.scopes;
    }
    try {
      const scopes = await discover[kind]();
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

  const cache = new LRUCache<ScopeKind, Scopes[ScopeKind]>({
    max: 4,
    ttl: ttlMs,
    perf: { now: clock },
    allowStale: true,
    noDeleteOnFetchRejection: true,
    fetchMethod: (kind, _stale, { options: set }) => refresh(kind, set),
  });
  return {
    async get(kind) {
      const scopes = await cache.fetch(kind);
      if (!scopes) throw new Error(`Discovery of ${kind} returned nothing.`);
      return scopes as never;
    },
    peek: (kind) => cache.peek(kind, { allowStale: true }) as never,
  };
}
