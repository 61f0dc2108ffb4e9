import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { createYoga } from 'graphql-yoga';
import { assertValidSchema } from 'graphql';
import { useAuthentication } from './auth/plugin.js';
import type { Clients } from './aws/clients.js';
import { DEFAULT_UPSTREAM, FEED_READ_AHEAD_DEFAULTS, type AuthConfig, type SecurityConfig } from './config.js';
import { createContext } from './context.js';
import { useUsagePage } from './graph/history/usagePage.js';
import { usePartialErrors } from './graph/partialErrors.js';
import { gatewaySecurity } from './graph/security/index.js';
import { useParamsCheck } from './graph/security/params.js';
import { useMediaTypeRefusals } from './graph/security/mediaTypes.js';
import type { History } from './history/index.js';
import { createOperations, operationsPlugins, yogaLogger, type Operations } from './ops/index.js';
import { defaultQuery } from './graphiqlQuery.js';
import { gatewayResponseCache } from './responseCache/forGateway.js';
import { createFeedReadAhead, type ReadAheadOptions } from './graph/feed/readAhead.js';
import { schema, subgraphSchema } from './schema.js';
import { createDiscovery, type ScopePins } from './scopes/discovery.js';
import { createUpstream, type Upstream } from './upstream/index.js';
import { useSubscriptionReads } from './graph/live/subscriptionReads.js';
import { watchSource } from './graph/live/watchSource.js';
import { createWatcher, DEFAULT_WATCH, type TickReport, type WatchSettings } from './watch/index.js';

export interface GatewayOptions {
  clients: Clients;
  /**
   * The process-wide upstream layer (cache, rate limits, Redis), built once per process by
   * server.ts; without it, one with the default settings is made for these clients.
   */
  upstream?: Upstream;
  /** How long discovered scopes are served before a background refresh; default 60 s. */
  discoveryTtlMs?: number;
  /** Explicit scopes; a pinned kind is not discovered. */
  pins?: ScopePins;
  /** GraphiQL's options (it opens with the newest sessions of every kind); off when false. */
  graphiql?: { defaultQuery?: string } | false;
  /** Serve the Apollo Federation subgraph (`_service`, `_entities`); default true. */
  federation?: boolean;
  /** A request's upstream calls stop at this deadline; default 15 s. */
  requestDeadlineMs?: number;
  /** Limits, CORS, introspection and the cursor secret; defaults: DEFAULT_SECURITY (not production). */
  security?: Partial<SecurityConfig>;
  /** Logs, metrics, tracing and health (src/ops); default: silent, with its own metrics registry. */
  ops?: Operations;
  /** Who may call and what each caller sees; default AUTH_MODE=none (everyone sees everything). */
  auth?: AuthConfig;
  /** Whole responses cached for UPSTREAM_CACHE_TTL_MS (src/responseCache); false for tests of the layers below. */
  responseCache?: boolean;
  /** The session history (src/history), built once per process; without it its fields answer HISTORY_UNAVAILABLE. */
  history?: History;
  /** The session watcher behind `sessionEvents`; with `redisUrl`, shared by every replica. */
  watch?: Partial<WatchSettings> & { redisUrl?: string | undefined; onTick?: (report: TickReport) => void };
  /** Read-ahead of feed walks (FEED_READ_AHEAD, FEED_READ_AHEAD_PAGES); default `continuations`, two pages, off without an upstream cache. */
  readAhead?: Partial<ReadAheadOptions>;
}

/** The yoga instance, without listening: server.ts listens, tests call `gateway.fetch`. */
export function createGateway(options: GatewayOptions) {
  const { clients, discoveryTtlMs = 60_000, pins = {}, graphiql = { defaultQuery }, federation = true, requestDeadlineMs = 15_000 } = options;
  const ops = options.ops ?? createOperations();
  const upstream = options.upstream ?? createUpstream(clients, DEFAULT_UPSTREAM);
  // Discovered scopes outlive requests; everything else in the context is per request.
  const discovery = createDiscovery(upstream.process, {
    ttlMs: discoveryTtlMs,
    pins,
    clock: upstream.clock,
    shared: upstream.shared,
    onRefresh: (kind, ok) => ops.telemetry.discoveryRefresh(kind, ok),
  });
  options.history?.attach(upstream, discovery);
  // One watcher per gateway (one per process): every subscription shares its polls.
  const watch = createWatcher({
    ...DEFAULT_WATCH,
    ...options.watch,
    source: watchSource(upstream, discovery, options.history?.seen),
    clock: upstream.clock,
    warn: (message) => ops.logger.warn({ event: 'watch' }, message),
  });
  const guard = gatewaySecurity(options.security);
  const auth = useAuthentication(options.auth);
  // Whole responses, process-wide; `responses` in the context lets mutations drop stale ones.
  const responses = gatewayResponseCache(upstream, auth.accessOf, ops.telemetry, requestDeadlineMs, options.responseCache !== false);
  const readAhead = createFeedReadAhead(upstream, { ...FEED_READ_AHEAD_DEFAULTS, ...options.readAhead });
  // Checked now, not by the first request: a schema GraphQL refuses stops the start, and the
  // first client does not wait for the check (about 10 ms in a fresh process).
  const served = federation ? subgraphSchema : schema;
  assertValidSchema(served);
  return createYoga({
    schema: served,
    context: ({ request }) => ({ ...createContext(upstream, discovery, request, requestDeadlineMs, guard.cursorKey, auth.accessOf(request), options.history), responses, watch, readAhead }),
    // The response cache last: it reads after authentication and stores after the partial errors are in.
    plugins: [
      {
        onDispose: () => {
          readAhead.close();
          return watch.close();
        },
      },
      useMediaTypeRefusals(),
      ...operationsPlugins(ops, { clients, discovery }),
      useParamsCheck(),
      auth.plugin,
      usePartialErrors(),
      useDeferStream(),
      useSubscriptionReads(upstream, discovery),
      ...guard.plugins,
      useUsagePage(),
      responses.plugin,
    ],
    ...guard.yogaOptions,
    logging: yogaLogger(ops.logger),
    graphiql: graphiql === false || !guard.graphiql ? false : { title: 'Session gateway', ...graphiql },
    // GraphiQL from the installed package rather than a CDN: it works offline and behind firewalls.
    // Loaded on the first GraphiQL page, not at start-up: its 9 MB module holds over 30 MB of heap.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
  });
}
