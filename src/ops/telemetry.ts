// The process-wide observer the upstream machinery reports to: Prometheus metrics, plus the
// per-request counters of the request being served (see requestScope.ts).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Place } from '../aws/places.js';
import { currentRequest } from './requestScope.js';

/** How one upstream attempt ended; the `outcome` label (see upstreamOutcome.ts). */
export type UpstreamOutcome = 'ok' | 'throttled' | '5xx' | 'timeout' | 'not_found' | 'denied' | 'bad_request' | 'network' | 'error';
export type CacheEvent = 'hit' | 'miss' | 'coalesced';
export type LimiterEvent = 'wait' | 'reject';
export type BreakerState = 'closed' | 'open' | 'half_open';
const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half_open'];

/** One circuit's last state, with its place as the metric labels it. */
export interface BreakerReport {
  source: string;
  /** The 12-digit account, or `self` for the gateway's own. */
  account: string;
  /** The region, or `global` for a global source (CodeCatalyst). */
  region: string;
  state: BreakerState;
}

/** The place as labels: the gateway's own account is '' inside, `self` as AWS_ACCOUNTS names it. */
const placeLabels = (place: Place) => ({ account: place.account || 'self', region: place.region });

export interface UpstreamCall {
  /** The source, by its registry name (deviceFarm, nimble, codeCatalyst, systemsManager). */
  service: string;
  /** The AWS operation, e.g. ListStudios (a fixed set, so a safe label). */
  operation: string;
  outcome: UpstreamOutcome;
  seconds: number;
  /** 1 for the first try; higher for the SDK's retries. */
  attempt: number;
}

export interface Telemetry {
  readonly registry: Registry;
  /** One HTTP attempt to AWS (or the emulator); called by the SDK middleware (sdkInstrumentation.ts). */
  upstreamCall(call: UpstreamCall): void;
  /** A read of the process-wide upstream cache. */
  cacheEvent(event: CacheEvent, service: string): void;
  /** The whole-response cache (src/responseCache): hit, miss, coalesced, refresh, stored, invalidated (`count` responses). */
  responseCacheEvent(event: string, count?: number): void;
  /** The rate limiter delayed (`wait`, with the seconds waited) or refused (`reject`) a call. */
  limiterEvent(service: string, event: LimiterEvent, seconds?: number): void;
  /** A discovery of one scope kind finished, in the foreground or as a background refresh. */
  discoveryRefresh(kind: string, ok: boolean): void;
  /** The circuit breaker of a source in one place (account and region) changed state. */
  breakerState(source: string, place: Place, state: BreakerState): void;
  /** The last state each (source, place) breaker reported (readiness reads it). */
  breakerStates(): readonly BreakerReport[];
  /** A GraphQL request finished; called by the request log plugin. */
  operation(name: string, type: string, outcome: string, seconds: number): void;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** One registry per gateway process (tests make as many as they like). `now` is in ms. */
export function createTelemetry(options: { registry?: Registry; now?: () => number; defaultMetrics?: boolean } = {}): Telemetry {
  const registry = options.registry ?? new Registry();
  const now = options.now ?? Date.now;
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const operations = new Counter({ name: 'gateway_graphql_operations_total', help: 'GraphQL requests by operation name, type and outcome (ok, partial, error).', labelNames: ['operation', 'type', 'outcome'], registers });
  const operationSeconds = new Histogram({ name: 'gateway_graphql_operation_duration_seconds', help: 'Duration of GraphQL requests, from arrival to response.', labelNames: ['operation', 'type', 'outcome'], buckets: SECONDS, registers });
  const calls = new Counter({ name: 'gateway_upstream_calls_total', help: 'HTTP attempts to AWS by service, operation and outcome; every retry counts.', labelNames: ['service', 'operation', 'outcome'], registers });
  const callSeconds = new Histogram({ name: 'gateway_upstream_call_duration_seconds', help: 'Duration of one HTTP attempt to AWS.', labelNames: ['service', 'operation', 'outcome'], buckets: SECONDS, registers });
  const retries = new Counter({ name: 'gateway_upstream_retries_total', help: 'Attempts after the first (the SDK retrying).', labelNames: ['service', 'operation'], registers });
  const cache = new Counter({ name: 'gateway_upstream_cache_events_total', help: 'Upstream cache reads: hit, miss, or coalesced (waited for a call already in flight).', labelNames: ['service', 'event'], registers });
  const responses = new Counter({ name: 'gateway_response_cache_events_total', help: 'Whole-response cache: hit, miss, coalesced (waited for an identical request), refresh (no-cache), stored, invalidated (responses dropped).', labelNames: ['event'], registers });
  const limiter = new Counter({ name: 'gateway_rate_limiter_events_total', help: 'Rate limiter decisions: wait (delayed) or reject.', labelNames: ['service', 'event'], registers });
  const limiterWait = new Histogram({ name: 'gateway_rate_limiter_wait_seconds', help: 'How long the rate limiter delayed a call.', labelNames: ['service'], buckets: SECONDS, registers });
  const refreshes = new Counter({ name: 'gateway_discovery_refreshes_total', help: 'Discoveries of a scope kind by outcome (ok, error).', labelNames: ['kind', 'outcome'], registers });
  const lastDiscovery = new Map<string, number>();
  new Gauge({
    name: 'gateway_discovery_age_seconds',
    help: 'Seconds since the scopes of a kind were last discovered successfully.',
    labelNames: ['kind'],
    registers,
    collect() {
      for (const [kind, at] of lastDiscovery) this.set({ kind }, (now() - at) / 1000);
    },
  });
  // Places are configured (AWS_ACCOUNTS × each source's regions), so the account and region labels stay few.
  const breaker = new Gauge({
    name: 'gateway_circuit_breaker_state',
    help: "1 for the current circuit-breaker state (closed, open, half_open) of each source in each account and region, else 0.",
    labelNames: ['source', 'account', 'region', 'state'],
    registers,
  });
  const breakers = new Map<string, BreakerReport>();

  return {
    registry,
    upstreamCall({ service, operation, outcome, seconds, attempt }) {
      calls.inc({ service, operation, outcome });
      callSeconds.observe({ service, operation, outcome }, seconds);
      if (attempt > 1) retries.inc({ service, operation });
      const request = currentRequest();
      if (request) {
        request.calls += 1;
        if (attempt > 1) request.retries += 1;
      }
    },
    cacheEvent(event, service) {
      cache.inc({ service, event });
      const request = currentRequest();
      if (!request) return;
      if (event === 'hit') request.cacheHits += 1;
      else if (event === 'miss') request.cacheMisses += 1;
      else request.coalesced += 1;
    },
    responseCacheEvent(event, count = 1) {
      responses.inc({ event }, count);
    },
    limiterEvent(service, event, seconds) {
      limiter.inc({ service, event });
      if (event === 'wait' && seconds !== undefined) limiterWait.observe({ service }, seconds);
      const request = currentRequest();
      if (request && event === 'wait') request.limiterWaits += 1;
      if (request && event === 'reject') request.limiterRejections += 1;
    },
    discoveryRefresh(kind, ok) {
      refreshes.inc({ kind, outcome: ok ? 'ok' : 'error' });
      if (ok) lastDiscovery.set(kind, now());
    },
    breakerState(source, place, state) {
      const labels = { source, ...placeLabels(place) };
      breakers.set(`${source}|${labels.account}/${labels.region}`, { ...labels, state });
      for (const s of BREAKER_STATES) breaker.set({ ...labels, state: s }, s === state ? 1 : 0);
    },
    breakerStates: () => [...breakers.values()],
    operation(name, type, outcome, seconds) {
      operations.inc({ operation: name, type, outcome });
      operationSeconds.observe({ operation: name, type, outcome }, seconds);
    },
  };
}
