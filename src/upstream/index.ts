// The process-wide upstream layer: every AWS read goes through its cache and every attempt
// through its rate limits. Built once per process (server.ts) and passed down.
import type { Clients, SourceClients } from '../aws/clients.js';
import { call } from '../aws/errors.js';
import type { SourceClient } from '../aws/sourceClient.js';
import type { SdkClient } from '../sources/client.js';
import { SOURCE_LABEL, SOURCES, type Source } from '../sources/registry.js';
import { GatewayError } from '../errors.js';
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
  onBreakerState?: (source: Source, state: CircuitState) => void;
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
  /**
   * Drops the cached reads of one scope (a Device Farm project or test grid project ARN, a studio
   * ID, a space name): what a stop does to the pages that list its session. The one place to
   * extend when more caches hold upstream answers.
   */
  invalidateScope(source: Source, scope: string): Promise<void>;
  close(): Promise<void>;
}

type Handler = (args: unknown) => Promise<unknown>;
/** The part of any SDK v3 client the limiter needs (the clients' own types differ per service). */
interface AnyClient {
  middlewareStack: { add(middleware: (next: Handler) => Handler, options: object): void };
}

const deadlinePassed = (source: Source, operation: string) =>
  new GatewayError(
    'DEADLINE_EXCEEDED',
    `The request's deadline passed before ${SOURCE_LABEL[source]} ${operation} answered; ask for fewer items or retry.`,
    { source },
  );

/** Every attempt (the SDK's retries included) first takes its turn from the source's limiter. */
function limitAttempts(client: AnyClient, limiter: SourceLimiter, identity: string): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      await limiter.take(identity);
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
  for (const source of Object.keys(clients) as Source[]) {
    const limit = options.rateLimits[source];
    const client = clients[source] as unknown as AnyClient | undefined;
    if (!limit || !client) continue;
    const limiter = new SourceLimiter(source, limit, options.rateLimitMaxWaitMs, shared, (e) => options.onLimiterEvent?.(source, e));
    limitAttempts(client, limiter, identity);
  }

  const breakers = new Map<Source, SourceBreaker>();
  const breakerOf = (source: Source) => {
    let breaker = breakers.get(source);
    if (!breaker) breakers.set(source, (breaker = new SourceBreaker(source, options.breaker, (state) => options.onBreakerState?.(source, state))));
    return breaker;
  };

  function sourceClient<C>(source: Source, client: C | undefined, { refresh = false, signal }: RequestReads): SourceClient<C> | undefined {
    if (!client) return undefined;
    const breaker = breakerOf(source);
    return {
      source,
      region: () => (client as unknown as SdkClient).config.region(),
      read: async (operation, input, run) => {
        const load = (abortSignal: AbortSignal) =>
          breaker.run(async () => {
            try {
              return await call(source, operation, () => run(client, { abortSignal }));
            } catch (error) {
              // Abandoned by every request that waited for it: not the source's fault.
              if (abortSignal.aborted) throw deadlinePassed(source, operation);
              throw error;
            }
          });
        const scope = scopeOfCall(source, input);
        const key = cacheKey(identity, source, scope, operation, stableKey(input));
        try {
          return await cache.get(key, load, { refresh, signal, source, prefix: scopePrefix(identity, source, scope) });
        } catch (error) {
          if (signal?.aborted) throw deadlinePassed(source, operation);
          throw error;
        }
      },
      write: async (operation, input, run) => {
        const abortSignal = signal ?? new AbortController().signal;
        try {
          return await breaker.run(() => call(source, operation, () => run(client, { abortSignal }).catch((error: unknown) => Promise.reject(unwrapFailure(error)))));
        } catch (error) {
          if (abortSignal.aborted) throw deadlinePassed(source, operation);
          throw error;
        } finally {
          // Even a failed stop may have taken effect (its answer lost): the next read asks AWS.
          await invalidateScope(source, scopeOfCall(source, input));
        }
      },
    };
  }
  const invalidateScope = (source: Source, scope: string) => cache.invalidate(scopePrefix(identity, source, scope));
  const reads = (request: RequestReads = {}): SourceClients =>
    Object.fromEntries(SOURCES.map((source) => [source, sourceClient(source, clients[source], request)])) as SourceClients;

  return {
    forRequest: reads,
    process: reads(),
    cache,
    shared,
    clock,
    invalidateScope,
    close: async () => {
      cache.close();
      await shared?.close();
    },
  };
}
