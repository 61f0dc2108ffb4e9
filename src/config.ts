// The one place that reads the environment. Everything else receives a validated Config.
import type { BreakerSettings } from './upstream/breaker.js';
import type { RateLimit } from './upstream/limiter.js';

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

/** The upstream layer's settings: the shared read cache, rate limits and Redis. */
export interface UpstreamSettings {
  /** How long a List/Get answer is reused; 0 turns the cache off. */
  cacheTtlMs: number;
  cacheMaxBytes: number;
  /** Client-side limits per source; a source without one is not limited. */
  rateLimits: Partial<Record<Source, RateLimit>>;
  /** How long a call waits for its rate limit before failing with UPSTREAM_RATE_LIMITED. */
  rateLimitMaxWaitMs: number;
  breaker: BreakerSettings;
  redisUrl: string | undefined;
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
  /** A request's upstream calls stop at this deadline (or when its client goes away). */
  requestDeadlineMs: number;
  emulator: EmulatorConfig;
  /** Serve the Apollo Federation subgraph fields (`_service`, `_entities`). */
  federation: boolean;
  /** How long discovered scopes are served before a background refresh. */
  discoveryTtlMs: number;
  upstreamSettings: UpstreamSettings;
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

/** `perSecond/burst` (e.g. `10/50`), or `off`. */
function rateLimit(env: Env, name: string, fallback: RateLimit | undefined): RateLimit | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'off') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const [perSecond, burst] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || perSecond < 1 || perSecond > 10_000 || burst < Math.max(2, perSecond) || burst > 100_000) {
    throw new ConfigError(`${name} must be "<calls per second>/<burst>" with a burst of at least 2 and at least the rate (e.g. 10/50), or off, got "${raw}".`);
  }
  return { perSecond, burst };
}

function redisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (raw === undefined || raw === '') return undefined;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  // The URL may hold a password: it is never repeated in the message.
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL.');
  return raw;
}

/** AWS publishes 10 calls per second with a burst of 50 for Device Farm's List/Get APIs, per account. */
const DEVICE_FARM_QUOTA: RateLimit = { perSecond: 10, burst: 50 };
/**
 * AWS publishes no quota for Nimble Studio or CodeCatalyst: these defaults let a cold feed read a
 * few dozen scopes in one window and keep a runaway load polite. Set them to your account's limits.
 */
const UNPUBLISHED_QUOTA: RateLimit = { perSecond: 25, burst: 100 };

function upstreamSettings(env: Env): UpstreamSettings {
  const limits: Partial<Record<Source, RateLimit | undefined>> = {
    deviceFarm: rateLimit(env, 'DEVICE_FARM_RATE_LIMIT', DEVICE_FARM_QUOTA),
    nimble: rateLimit(env, 'NIMBLE_RATE_LIMIT', UNPUBLISHED_QUOTA),
    codeCatalyst: rateLimit(env, 'CODECATALYST_RATE_LIMIT', UNPUBLISHED_QUOTA),
  };
  return {
    cacheTtlMs: integer(env, 'UPSTREAM_CACHE_TTL_MS', 5_000, 0, 3_600_000),
    cacheMaxBytes: integer(env, 'UPSTREAM_CACHE_MAX_MB', 64, 1, 65_536) * 1024 * 1024,
    rateLimits: Object.fromEntries(Object.entries(limits).filter(([, limit]) => limit)),
    rateLimitMaxWaitMs: integer(env, 'RATE_LIMIT_MAX_WAIT_MS', 3_000, 0, 60_000),
    breaker: {
      failures: integer(env, 'CIRCUIT_BREAKER_FAILURES', 5, 0, 1_000),
      openMs: integer(env, 'CIRCUIT_BREAKER_OPEN_SECONDS', 10, 1, 3_600) * 1000,
    },
    redisUrl: redisUrl(env),
  };
}

/** What the gateway uses when nothing is configured (createGateway without an upstream). */
export const DEFAULT_UPSTREAM: UpstreamSettings = upstreamSettings({});

export function loadConfig(env: Env = process.env): Config {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    upstream: oneOf(env, 'UPSTREAM', ['emulator', 'aws'] as const, 'emulator'),
    sources: sources(env),
    deviceFarmRegion: env.DEVICE_FARM_REGION?.trim() || 'us-west-2',
    codeCatalystToken: env.CODECATALYST_TOKEN?.trim() || undefined,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 100, 300_000),
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', 15_000, 100, 600_000),
    federation: oneOf(env, 'FEDERATION', ['true', 'false'] as const, 'true') === 'true',
    emulator: {
      port: integer(env, 'EMULATOR_PORT', 0, 0, 65535),
      seed: integer(env, 'EMULATOR_SEED', 1, 0, 2 ** 31 - 1),
      sessionsPerKind: integer(env, 'EMULATOR_SESSIONS', 200, 1, 1_000_000),
      latencyMs: integer(env, 'EMULATOR_LATENCY_MS', 0, 0, 60_000),
    },
    discoveryTtlMs: integer(env, 'DISCOVERY_TTL_SECONDS', 60, 1, 86_400) * 1000,
    upstreamSettings: upstreamSettings(env),
    pins: {
      deviceFarmProjectArns: arns(env, 'DEVICE_FARM_PROJECT_ARNS', 'project'),
      testGridProjectArns: arns(env, 'TEST_GRID_PROJECT_ARNS', 'testgrid-project'),
      nimbleStudioIds: list(env, 'NIMBLE_STUDIO_IDS'),
      codeCatalystSpaces: list(env, 'CODECATALYST_SPACES'),
    },
  };
}
