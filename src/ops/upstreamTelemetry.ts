// What the upstream layer reports (cache, limiter, breakers, Redis), turned into metrics and
// readiness checks.
import { CircuitState } from 'cockatiel';
import type { Upstream, UpstreamOptions } from '../upstream/index.js';
import type { ReadinessCheck } from './health.js';
import type { BreakerState, Telemetry } from './telemetry.js';

const BREAKER: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'open',
};

export function upstreamTelemetry(telemetry: Telemetry): Pick<UpstreamOptions, 'onCacheEvent' | 'onLimiterEvent' | 'onBreakerState'> {
  return {
    // Another replica's answer through Redis is a hit for this one: no AWS call was made.
    onCacheEvent: (event, source) => telemetry.cacheEvent(event === 'sharedHit' ? 'hit' : event, source),
    onLimiterEvent: (source, event) => telemetry.limiterEvent(source, event),
    onBreakerState: (source, place, state) => telemetry.breakerState(source, place, BREAKER[state]),
  };
}

/** With REDIS_URL, `/ready` reports whether Redis answers (the gateway serves either way). */
export function redisCheck(upstream: Upstream): ReadinessCheck[] {
  const redis = upstream.shared?.redis;
  return redis ? [{ name: 'redis', check: async () => (await redis.ping()) === 'PONG' }] : [];
}
