// Readiness (`/ready`: worth sending traffic to). Liveness is yoga's own `/health` (200, empty).
import type { Plugin } from 'graphql-yoga';
import { sourceOfScope, type Discovery, type ScopeKind } from '../scopes/discovery.js';
import { scopeKinds } from '../sources/registry.js';
import type { BreakerReport, Telemetry } from './telemetry.js';

/**
 * A dependency `/ready` reports, e.g. Redis when it is configured. Reported, not required: the
 * gateway has a fallback for each (in-process cache and limits for Redis), and failing readiness
 * on every replica at once because of it would take the whole gateway out of rotation.
 */
export interface ReadinessCheck {
  name: string;
  /** Resolves true when reachable; a rejection counts as unreachable. */
  check(): Promise<boolean>;
}

/** Process state readiness reads: set by server.ts (draining) and the upstream layer (checks). */
export interface Readiness {
  /** Shutting down: readiness fails so balancers stop sending traffic. */
  draining: boolean;
  checks: ReadinessCheck[];
  /** Start discovery when the gateway is built, so the first probe can already pass. */
  warm: boolean;
  /** How long a probe waits for a discovery it started; later probes see the result. */
  probeWaitMs: number;
}

export type SourceReadiness = 'ready' | 'degraded' | 'pending';

interface HealthOptions {
  discovery: Discovery;
  /** The enabled sources. */
  sources: readonly string[];
  telemetry: Telemetry;
  readiness: Readiness;
}

const json = (status: number, body: unknown) => ({
  body: JSON.stringify(body),
  init: { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } },
});

export function useHealth({ discovery, sources, telemetry, readiness }: HealthOptions): Plugin {
  const kinds = scopeKinds().filter((kind) => sources.includes(sourceOfScope(kind)));
  const inFlight = new Map<ScopeKind, Promise<unknown>>();
  const failed = new Set<ScopeKind>();

  /** Discovers every kind that has no scopes yet and is not being discovered. */
  const discoverMissing = () => {
    for (const kind of kinds) {
      if (discovery.peek(kind) !== undefined || inFlight.has(kind)) continue;
      const attempt = discovery.get(kind).then(
        () => failed.delete(kind),
        () => failed.add(kind),
      );
      inFlight.set(kind, attempt.finally(() => inFlight.delete(kind)));
    }
    return Promise.all(inFlight.values());
  };

  /**
   * A source with an open circuit in any of its places is degraded even when its discovery
   * succeeded: those places fail at once while its other places still serve.
   */
  const sourceReadiness = (source: string, open: readonly BreakerReport[]): SourceReadiness => {
    if (open.some((b) => b.source === source)) return 'degraded';
    const own = kinds.filter((kind) => sourceOfScope(kind) === source);
    if (own.every((kind) => discovery.peek(kind) !== undefined)) return 'ready';
    if (own.some((kind) => failed.has(kind) && !inFlight.has(kind))) return 'degraded';
    return 'pending';
  };

  async function ready() {
    if (readiness.draining) return json(503, { status: 'draining' });
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise((resolve) => (timer = setTimeout(resolve, readiness.probeWaitMs)));
    await Promise.race([discoverMissing(), bound]).finally(() => clearTimeout(timer));
    // Half-open counts as open: it lets one trial call through and fails the others at once.
    const breakersOpen = telemetry.breakerStates().filter((b) => b.state !== 'closed' && sources.includes(b.source));
    const bySource = Object.fromEntries(sources.map((source) => [source, sourceReadiness(source, breakersOpen)]));
    const checks = Object.fromEntries(
      await Promise.all(readiness.checks.map(async ({ name, check }) => [name, (await check().catch(() => false)) ? 'ok' : 'unreachable'] as const)),
    );
    const notReady = Object.entries(bySource).filter(([, state]) => state === 'pending').map(([source]) => source);
    return json(notReady.length === 0 ? 200 : 503, { status: notReady.length === 0 ? 'ready' : 'not_ready', notReady, sources: bySource, breakersOpen, checks });
  }

  return {
    onYogaInit() {
      if (readiness.warm) void discoverMissing();
    },
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname !== '/ready') return;
      const answer = await ready();
      // The server adapter's own Response class: its plugins (compression) only handle that one.
      endResponse(new fetchAPI.Response(answer.body, answer.init));
    },
  };
}
