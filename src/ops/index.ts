// What an operator needs from a running gateway: logs, metrics, traces, health, compression.
// server.ts builds one Operations per process; createGateway adds its plugins with one line.
import type { Plugin } from 'graphql-yoga';
import type { Clients } from '../aws/clients.js';
import type { Discovery } from '../scopes/discovery.js';
import { useCompression } from './compression.js';
import { useDiagnosticsLog } from './diagnosticsLog.js';
import { useHealth, type Readiness } from './health.js';
import { silentLogger, yogaLogger, type Logger } from './logger.js';
import { useMetrics } from './metrics.js';
import { useRequestLog } from './requestLog.js';
import { createTelemetry, type Telemetry } from './telemetry.js';

export interface Operations {
  logger: Logger;
  telemetry: Telemetry;
  readiness: Readiness;
  /** Serve `/metrics` on the gateway's port (false when METRICS_PORT gives them their own). */
  metricsEndpoint: boolean;
  /** The OpenTelemetry plugin (tracing.ts) when tracing is on. */
  tracing?: Plugin;
}

export type OperationsOptions = Partial<Omit<Operations, 'readiness'>> & { readiness?: Partial<Readiness> };

/** Defaults for a gateway built without them (tests, scripts): silent, own registry, no tracing. */
export function createOperations(overrides: OperationsOptions = {}): Operations {
  return {
    logger: overrides.logger ?? silentLogger(),
    telemetry: overrides.telemetry ?? createTelemetry({ defaultMetrics: false }),
    readiness: { draining: false, checks: [], warm: false, probeWaitMs: 1000, ...overrides.readiness },
    metricsEndpoint: overrides.metricsEndpoint ?? true,
    ...(overrides.tracing ? { tracing: overrides.tracing } : {}),
  };
}

/** The yoga plugins and logger of `ops`, in order: the outermost (tracing, request log) first. */
export function operationsPlugins(ops: Operations, { clients, discovery }: { clients: Clients; discovery: Discovery }): Plugin[] {
  const sources = Object.entries(clients).filter(([, client]) => client).map(([source]) => source);
  return [
    ...(ops.tracing ? [ops.tracing] : []),
    useRequestLog(ops),
    useDiagnosticsLog(ops.logger),
    useHealth({ discovery, sources, telemetry: ops.telemetry, readiness: ops.readiness }),
    useMetrics(ops.telemetry, ops.metricsEndpoint),
    useCompression(),
  ];
}

export { yogaLogger };
