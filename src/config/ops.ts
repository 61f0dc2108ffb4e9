// Operating the process (logs, metrics, traces, shutdown) and the session history's store.
import { ConfigError, integer, oneOf, quote, type Env } from './read.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Operating the process: logs, metrics, traces, shutdown (src/ops). */
export interface OpsConfig {
  logLevel: (typeof LOG_LEVELS)[number];
  /** Serve `/metrics` on this port instead of the gateway's. */
  metricsPort: number | undefined;
  /** How long in-flight requests may run after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
  /** Tracing is on when an OTLP endpoint is set (the exporter reads the OTEL_* variables itself). */
  otlpEndpoint: string | undefined;
}

/** The session history store (src/history); see the README's "Session history". */
export interface HistoryConfig {
  /** PGlite's data directory, or `memory://`; unused when `databaseUrl` is set. */
  dir: string;
  /** A real PostgreSQL (postgres:// URL); it may hold a password, so it is never logged. */
  databaseUrl: string | undefined;
  /** Seconds between sweeps of every scope; 0: no sweep. */
  sweepSeconds: number;
  retentionDays: number;
}

function otlpEndpoint(env: Env): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim() === 'true' || env.OTEL_TRACES_EXPORTER?.trim() === 'none') return undefined;
  const name = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) throw new ConfigError(`${name} must be an http(s) URL, got ${quote(raw)}.`);
  return raw;
}

export function ops(env: Env): OpsConfig {
  return {
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    metricsPort: env.METRICS_PORT?.trim() ? integer(env, 'METRICS_PORT', 0, 0, 65535) : undefined,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    otlpEndpoint: otlpEndpoint(env),
  };
}

export function history(env: Env): HistoryConfig | undefined {
  const raw = env.DATABASE_URL?.trim() || undefined;
  let protocol = '';
  try {
    protocol = raw ? new URL(raw).protocol : '';
  } catch {
    // reported below
  }
  // The URL may hold a password: it is never repeated in the message.
  if (raw && protocol !== 'postgres:' && protocol !== 'postgresql:') throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  const dir = env.HISTORY_DIR?.trim() || 'data/history';
  if (dir === 'off' && !raw) return undefined;
  return {
    dir,
    databaseUrl: raw,
    sweepSeconds: integer(env, 'HISTORY_SWEEP_SECONDS', 300, 0, 86_400),
    retentionDays: integer(env, 'HISTORY_RETENTION_DAYS', 400, 1, 36_500),
  };
}
