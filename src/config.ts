// The one place that reads the environment. Everything else receives a validated Config.

export const SOURCES = ['deviceFarm', 'nimble', 'codeCatalyst'] as const;
export type Source = (typeof SOURCES)[number];

/** How messages name each source. */
export const SOURCE_LABEL: Record<Source, string> = {
  deviceFarm: 'Device Farm',
  nimble: 'Nimble Studio',
  codeCatalyst: 'CodeCatalyst',
};

export interface EmulatorConfig {
  port: number;
  seed: number;
  sessionsPerKind: number;
  latencyMs: number;
}

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

export interface Config {
  host: string;
  port: number;
  upstream: 'emulator' | 'aws';
  sources: ReadonlySet<Source>;
  /** Device Farm exists only in us-west-2, so it gets its own region setting. */
  deviceFarmRegion: string;
  /** A CodeCatalyst personal access token; without it the SDK's SSO token chain applies. */
  codeCatalystToken: string | undefined;
  /** Per-attempt timeout of an upstream HTTP call. */
  upstreamTimeoutMs: number;
  emulator: EmulatorConfig;
  /** Serve the Apollo Federation subgraph fields (`_service`, `_entities`). */
  federation: boolean;
  /** How long discovered scopes are served before a background refresh. */
  discoveryTtlMs: number;
  ops: OpsConfig;
  /** Explicit scopes per source; a pinned kind is not discovered. */
  pins: {
    deviceFarmProjectArns?: string[];
    testGridProjectArns?: string[];
    nimbleStudioIds?: string[];
    codeCatalystSpaces?: string[];
  };
}

/** A configuration mistake: its message is one sentence a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

function sources(env: Env): Set<Source> {
  const raw = env.SOURCES?.trim();
  if (raw === undefined || raw === '') return new Set(SOURCES);
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(SOURCES as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new ConfigError(
      `SOURCES must be a comma-separated list of ${SOURCES.join(', ')}, got "${raw}".`,
    );
  }
  return new Set(names as Source[]);
}

function list(env: Env, name: string): string[] | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const items = raw.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new ConfigError(`${name} must be a comma-separated list without empty entries, got "${raw}".`);
  return items;
}

function arns(env: Env, name: string, resource: string): string[] | undefined {
  const items = list(env, name);
  const bad = items?.find((arn) => !new RegExp(`^arn:aws[a-z-]*:devicefarm:[^:]*:\\d*:${resource}:.+$`).test(arn));
  if (bad) throw new ConfigError(`${name} must list Device Farm ${resource} ARNs, got "${bad}".`);
  return items;
}

function otlpEndpoint(env: Env): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim() === 'true' || env.OTEL_TRACES_EXPORTER?.trim() === 'none') return undefined;
  const name = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) throw new ConfigError(`${name} must be an http(s) URL, got "${raw}".`);
  return raw;
}

function ops(env: Env): OpsConfig {
  return {
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    metricsPort: env.METRICS_PORT?.trim() ? integer(env, 'METRICS_PORT', 0, 0, 65535) : undefined,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    otlpEndpoint: otlpEndpoint(env),
  };
}

export function loadConfig(env: Env = process.env): Config {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    upstream: oneOf(env, 'UPSTREAM', ['emulator', 'aws'] as const, 'emulator'),
    sources: sources(env),
    deviceFarmRegion: env.DEVICE_FARM_REGION?.trim() || 'us-west-2',
    codeCatalystToken: env.CODECATALYST_TOKEN?.trim() || undefined,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 100, 300_000),
    federation: oneOf(env, 'FEDERATION', ['true', 'false'] as const, 'true') === 'true',
    emulator: {
      port: integer(env, 'EMULATOR_PORT', 0, 0, 65535),
      seed: integer(env, 'EMULATOR_SEED', 1, 0, 2 ** 31 - 1),
      sessionsPerKind: integer(env, 'EMULATOR_SESSIONS', 200, 1, 1_000_000),
      latencyMs: integer(env, 'EMULATOR_LATENCY_MS', 0, 0, 60_000),
    },
    discoveryTtlMs: integer(env, 'DISCOVERY_TTL_SECONDS', 60, 1, 86_400) * 1000,
    ops: ops(env),
    pins: {
      deviceFarmProjectArns: arns(env, 'DEVICE_FARM_PROJECT_ARNS', 'project'),
      testGridProjectArns: arns(env, 'TEST_GRID_PROJECT_ARNS', 'testgrid-project'),
      nimbleStudioIds: list(env, 'NIMBLE_STUDIO_IDS'),
      codeCatalystSpaces: list(env, 'CODECATALYST_SPACES'),
    },
  };
}
