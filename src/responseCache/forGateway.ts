// The response cache as createGateway builds it: as fresh as the upstream cache, keyed by what the
// caller may see, reporting to the metrics.
import { wantsFreshReads } from '../context.js';
import type { Access } from '../auth/access.js';
import type { Telemetry } from '../ops/telemetry.js';
import type { Upstream } from '../upstream/index.js';
import { createResponseCache, type ResponseCache } from './index.js';

/**
 * Responses live as long as upstream pages (UPSTREAM_CACHE_TTL_MS; 0 turns both off), so a
 * response is at most twice that old: computed from pages up to one TTL old, served for one more.
 * They take an eighth of UPSTREAM_CACHE_MAX_MB: a response is a small projection of its pages,
 * and a walk through the feed stores pages nobody asks for twice.
 */
export function gatewayResponseCache(upstream: Upstream, accessOf: (request: Request) => Access, telemetry: Telemetry, requestDeadlineMs: number, enabled = true): ResponseCache {
  return createResponseCache({
    ttlMs: enabled ? upstream.cache.ttlMs : 0,
    maxBytes: Math.floor(upstream.cache.maxBytes / 8),
    clock: upstream.clock,
    sessionOf: (request) => {
      try {
        return accessOf(request).cacheKey;
      } catch {
        return undefined; // not authenticated: nothing is read or stored
      }
    },
    wantsFresh: wantsFreshReads,
    maxWaitMs: requestDeadlineMs,
    onEvent: (event, count) => telemetry.responseCacheEvent(event, count),
  });
}
