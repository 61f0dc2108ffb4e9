// The process-wide upstream layer: every AWS read goes through its cache and every attempt
// through its rate limits. Built once per process (server.ts) and passed down.
import type { Clients, SourceClients } from '../aws/clients.js';
import { call } from '../aws/errors.js';
import { placeKey, type Place } from '../aws/places.js';
import type { PlacedClient, SourceClient } from '../aws/sourceClient.js';
import type { SdkClient } from '../sources/client.js';
import { SOURCE_LABEL, SOURCES, sourceDeclaration, type Source } from '../sources/registry.js';
import { GatewayError, inPlace } from '../errors.js';
import { placedSources, type PlacedEntry, type PlacedSources } from './places.js';
import type { CircuitState } from 'cockatiel';
import { SourceBreaker, type BreakerSettings } from './breaker.js';
import { UpstreamCache, type CacheEvent, type Clock } from './cache.js';
import { stableKey } from './key.js';
import { cacheKey, scopeOfCall, scopePrefix } from './scope.js';
import { unwrapFailure } from '../aws/writes.js';
import { SourceLimiter, type LimiterEvent, type RateLimit } from './limiter.js';
import { createSharedStore, type SharedStore, type Warn } from './sharedStore.js';

export type { BreakerSettings, CacheEvent, CircuitState, Clock, LimiterEvent, RateLimit };

export interface UpstreamOptions {
  /** How long a List/Get answer is served from the cache; 0 turns it off. */
  cacheTtlMs: number;
  cacheMaxBytes: number;
  /** Per source; a source without one is not limited by the gateway. */
  rateLimits: Partial<Record<Source, RateLimit>>;
  /** How long a call may wait for its rate limit before failing with UPSTREAM_RATE_LIMITED. */
  rateLimitMaxWaitMs: number;
  /** Per-source circuit breakers; `failures: 0` turns them off. */
  breaker: BreakerSettings;
  /** Replicas share cache, rate limits and discovery through this Redis. */
  redisUrl?: string | undefined;
  /**
   * Whose credentials the clients use (e.g. a hash of the access key): part of every cache key, so
   * gateways with different credentials sharing one Redis never serve each other's pages.
   */
  identity?: string;
  clock?: Clock;
  warn?: Warn;
  /** Observers for metrics: cache events and limiter waits/rejections. */
  onCacheEvent?: (event: CacheEvent, source: string) => void;
  onLimiterEvent?: (source: Source, event: LimiterEvent) => void;
  /** A circuit is per source and place, so its state is reported with both. */
  onBreakerState?: (source: Source, place: Place, state: CircuitState) => void;
}

export interface RequestReads {
  /** `Cache-Control: no-cache`: read AWS anew and refresh the cached answers. */
  refresh?: boolean;
  /** Fires at the request's deadline or when its client goes away: its calls stop. */
  signal?: AbortSignal;
}

export interface Upstream {
  /** The sources as one request reads them. */
  forRequest(reads?: RequestReads): SourceClients;
  /** The sources as process-wide readers (discovery) read them. */
  readonly process: SourceClients;
  readonly cache: UpstreamCache;
  readonly shared: SharedStore | undefined;
  readonly clock: Clock;
  close(): Promise<void>;
}

const deadlinePassed = (source: Source, operation: string) =>
  new GatewayError(
    'DEADLINE_EXCEEDED',
    `The request's deadline passed before ${SOURCE_LABEL[source]} ${operation} answered; ask for fewer items or retry.`,
    { source },
  );

type Handler = (args: unknown) => Promise<unknown>;
/** The part of any SDK v3 client the limiter needs (the clients' own types differ per service). */
interface AnyClient {
  middlewareStack: { add(middleware: (next: Handler) => Handler, options: object): void };
}

/** Every attempt (the SDK's retries included) first takes its turn from the source's limiter, per account and region. */
function limitAttempts(client: AnyClient, limiter: SourceLimiter, key: () => Promise<string>): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      await limiter.take(await key());
      return next(args);
    },
    // Inside the SDK's retry middleware (finalizeRequest, high priority): once per attempt.
    { step: 'finalizeRequest', priority: 'low', name: 'sessionGatewayRateLimit', override: true },
  );
}

export function createUpstream(clients: Clients, options: UpstreamOptions): Upstream {
  const clock = options.clock ?? Date.now;
  const identity = options.identity ?? 'gateway';
  const warn = options.warn ?? ((message) => console.warn(message));
  const shared = options.redisUrl ? createSharedStore(options.redisUrl, warn) : undefined;
  const cache = new UpstreamCache({
    ttlMs: options.cacheTtlMs,
    maxBytes: options.cacheMaxBytes,
    clock,
    shared,
    onEvent: options.onCacheEvent,
  });
  const placed = Object.fromEntries(SOURCES.flatMap((source) => (clients[source] ? [[source, placedSources(source, clients[source] as never)]] : []))) as Partial<
    Record<Source, PlacedSources<SdkClient>>
  >;
  for (const source of Object.keys(placed) as Source[]) {
    const limit = options.rateLimits[source];
    if (!limit) continue;
    const limiter = new SourceLimiter(source, limit, options.rateLimitMaxWaitMs, shared, (e) => options.onLimiterEvent?.(source, e));
    for (const entry of placed[source]!.entries) {
      limitAttempts(entry.client as unknown as AnyClient, limiter, async () => `${identity}|${placeKey(await entry.place())}`);
    }
  }

  const breakers = new Map<string, SourceBreaker>();
  /** One circuit per source and place: a failing account or region never opens the others'. */
  const breakerOf = (source: Source, place: Place) => {
    const key = `${source}|${placeKey(place)}`;
    let breaker = breakers.get(key);
    if (!breaker) breakers.set(key, (breaker = new SourceBreaker(source, options.breaker, (state) => options.onBreakerState?.(source, place, state))));
    return breaker;
  };

  function placedClient<C>(source: Source, found: () => Promise<PlacedEntry<C>>, { refresh = false, signal }: RequestReads): PlacedClient<C> {
    const regional = sourceDeclaration(source).client.placement.kind === 'regions';
    const here = async <R>(place: Place, run: () => Promise<R>) => {
      try {
        return await run();
      } catch (error) {
        throw inPlace(error, place, regional);
      }
    };
    return {
      source,
      place: async () => (await found()).place(),
      read: async (operation, input, run) => {
        const entry = await found();
        const place = await entry.place();
        const breaker = breakerOf(source, place);
        const load = (abortSignal: AbortSignal) =>
          breaker.run(async () => {
            try {
              return await call(source, operation, () => run(entry.client, { abortSignal }));
            } catch (error) {
              // Abandoned by every request that waited for it: not the source's fault.
              if (abortSignal.aborted) throw deadlinePassed(source, operation);
              throw error;
            }
          });
        const scope = scopeOfCall(source, input);
        const key = cacheKey(identity, source, place, scope, operation, stableKey(input));
        return here(place, async () => {
          try {
            return await cache.get(key, load, { refresh, signal, source, prefix: scopePrefix(identity, source, place, scope) });
          } catch (error) {
            if (signal?.aborted) throw deadlinePassed(source, operation);
            throw error;
          }
        });
      },
      write: async (operation, input, run) => {
        const entry = await found();
        const place = await entry.place();
        const abortSignal = signal ?? new AbortController().signal;
        return here(place, async () => {
          try {
            return await breakerOf(source, place).run(() =>
              call(source, operation, () => run(entry.client, { abortSignal }).catch((error: unknown) => Promise.reject(unwrapFailure(error)))),
            );
          } catch (error) {
            if (abortSignal.aborted) throw deadlinePassed(source, operation);
            throw error;
          } finally {
            // Even a failed stop may have taken effect (its answer lost): the next read asks AWS.
            await cache.invalidate(scopePrefix(identity, source, place, scopeOfCall(source, input)));
          }
        });
      },
    };
  }

  function sourceClient<C>(source: Source, request: RequestReads): SourceClient<C> | undefined {
    const sources = placed[source] as PlacedSources<C> | undefined;
    if (!sources) return undefined;
    return {
      source,
      places: () => sources.places(),
      at: (place) => {
        let found: Promise<PlacedEntry<C>> | undefined;
        return placedClient(source, () => (found ??= sources.find(place)), request);
      },
    };
  }
  const reads = (request: RequestReads = {}): SourceClients =>
    Object.fromEntries(SOURCES.map((source) => [source, sourceClient(source, request)])) as SourceClients;

  return {
    forRequest: reads,
    process: reads(),
    cache,
    shared,
    clock,
    close: async () => {
      cache.close();
      await shared?.close();
    },
  };
}
