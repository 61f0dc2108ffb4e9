// The one place that reads the environment. Everything else receives a validated Config.
import { readFileSync } from 'node:fs';
import { parsePolicy, PolicyError, type Policy } from './auth/policy.js';
import type { BreakerSettings } from './upstream/breaker.js';
import type { RateLimit } from './upstream/limiter.js';

import { DEFAULT_SOURCES, scopeDeclaration, scopeKinds, SOURCE_REGISTRY, SOURCES, type Source } from './sources/registry.js';
import type { ScopeKind } from './sources/scopes.js';
import { OWN_ACCOUNT, REGION, ROLE_ARN, type AccountSetting } from './aws/places.js';

export type { Source };

export interface EmulatorConfig {
  port: number;
  seed: number;
  sessionsPerKind: number;
  latencyMs: number;
  /** The world's start, epoch ms; undefined: the real time at start. */
  now?: number;
  /** `running`: the world's time passes; `manual`: only the control API advances it. */
  worldClock: 'running' | 'manual';
  /** Sessions are created, start, run and end on their own. */
  simulation: boolean;
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

/**
 * FEED_READ_AHEAD: `continuations` reads ahead only for pages asked for with `after` (a client that
 * asked for a second page is walking; a dashboard's first page never costs a page it did not
 * show); `always` for first pages too; `off` never.
 */
export const READ_AHEAD_POLICIES = ['continuations', 'always', 'off'] as const;
export type ReadAheadPolicy = (typeof READ_AHEAD_POLICIES)[number];

export interface Config {
  host: string;
  port: number;
  upstream: 'emulator' | 'aws';
  sources: ReadonlySet<Source>;
  /** Device Farm exists only in us-west-2, so it gets its own region setting. */
  deviceFarmRegion: string;
  /** The accounts read: the gateway's own identity and/or roles it assumes (AWS_ACCOUNTS). */
  accounts: AccountSetting[];
  /** Passed with every AssumeRole (AWS_EXTERNAL_ID); it may be a shared secret, so it is never logged. */
  externalId: string | undefined;
  /** The regions of each regional source (e.g. SYSTEMS_MANAGER_REGIONS); absent: the SDK's region. */
  regions: Partial<Record<Source, string[]>>;
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
  ops: OpsConfig;
  /** Explicit scopes per scope kind (each list's `pin` variable); a pinned kind is not discovered. */
  pins: Partial<Record<ScopeKind, string[]>>;
  security: SecurityConfig;
  auth: AuthConfig;
  /** Undefined: HISTORY_DIR=off and no DATABASE_URL, so there is no history. */
  history: HistoryConfig | undefined;
  /** The session watcher behind `sessionEvents`. */
  watch: { intervalMs: number; retainEvents: number };
  /** Which feed pages read the next page's upstream pages ahead (src/graph/feed/readAhead.ts). */
  feedReadAhead: ReadAheadPolicy;
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

/** Who may call the gateway and what each caller sees; see the README's Security section. */
export type AuthConfig =
  | { mode: 'none' }
  | { mode: 'jwt'; secret?: string; jwksUrl?: string; issuer?: string; audience?: string; policy: Policy }
  | { mode: 'header'; header: string; policy: Policy };

/** What the gateway lets a request do; see the README's Security section. */
export interface SecurityConfig {
  /** NODE_ENV=production: introspection, GraphiQL and field suggestions default to off, CURSOR_SECRET is required. */
  production: boolean;
  introspection: boolean;
  graphiql: boolean;
  /** GraphQL's "Did you mean …?" hints in error messages. */
  fieldSuggestions: boolean;
  /** Origins a browser may call the gateway from (CORS); none by default. */
  corsOrigins: string[];
  /** Keys the signatures of cursors; replicas must share it. Without it, a random key per process. */
  cursorSecret: string | undefined;
  /** Largest request body, in bytes; larger ones are answered 413. */
  maxRequestBytes: number;
  /** Most upstream calls one operation may cause, as counted before it runs. */
  maxQueryCost: number;
}

/** The defaults outside production: what a gateway built without a config (tests, tools) gets. */
export const DEFAULT_SECURITY: SecurityConfig = {
  production: false,
  introspection: true,
  graphiql: true,
  fieldSuggestions: true,
  corsOrigins: [],
  cursorSecret: undefined,
  maxRequestBytes: 256 * 1024,
  maxQueryCost: 1000,
};

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
  if (raw === undefined || raw === '') return new Set(DEFAULT_SOURCES);
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

/** The scopes pinned by each list's variable (e.g. DEVICE_FARM_PROJECT_ARNS), checked as it declares. */
function pins(env: Env): Partial<Record<ScopeKind, string[]>> {
  const pinned = scopeKinds().flatMap((kind) => {
    const { variable, pattern, what } = scopeDeclaration(kind).pin;
    const items = list(env, variable);
    const bad = pattern && items?.find((item) => !pattern.test(item));
    if (bad !== undefined) throw new ConfigError(`${variable} must list ${what ?? 'scopes'}, got "${bad.slice(0, 200)}".`);
    return items ? [[kind, items]] : [];
  });
  return Object.fromEntries(pinned);
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
function upstreamSettings(env: Env): UpstreamSettings {
  // Each source declares its variable and default (AWS's published quota where there is one).
  const limits = Object.fromEntries(SOURCE_REGISTRY.map(({ name, client: { rateLimit: r } }) => [name, rateLimit(env, r.variable, r.default)]));
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

/** An ISO 8601 instant with a time zone, e.g. 2026-11-29T12:00:00Z. */
function instant(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(raw) ? Date.parse(raw) : NaN;
  if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(3000, 0, 1)) {
    throw new ConfigError(`${name} must be an ISO 8601 instant with a time zone such as 2026-11-29T12:00:00Z, got "${raw.slice(0, 60)}".`);
  }
  return ms;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  return oneOf(env, name, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true';
}

function origins(env: Env): string[] {
  const items = list(env, 'CORS_ORIGINS') ?? [];
  const bad = items.find((origin) => {
    try {
      return new URL(origin).origin !== origin;
    } catch {
      return true;
    }
  });
  if (bad) throw new ConfigError(`CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and port only), got "${bad}".`);
  return items;
}

function security(env: Env): SecurityConfig {
  const production = env.NODE_ENV?.trim() === 'production';
  const cursorSecret = env.CURSOR_SECRET?.trim() || undefined;
  if (cursorSecret !== undefined && cursorSecret.length < 32) throw new ConfigError('CURSOR_SECRET must be at least 32 characters long.');
  if (production && cursorSecret === undefined) {
    throw new ConfigError('CURSOR_SECRET must be set when NODE_ENV=production (at least 32 characters, the same on every replica), so that cursors cannot be forged and every replica accepts them.');
  }
  return {
    production,
    introspection: flag(env, 'INTROSPECTION', !production),
    graphiql: flag(env, 'GRAPHIQL', !production),
    fieldSuggestions: flag(env, 'FIELD_SUGGESTIONS', !production),
    corsOrigins: origins(env),
    cursorSecret,
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', DEFAULT_SECURITY.maxRequestBytes, 1024, 100 * 1024 * 1024),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', DEFAULT_SECURITY.maxQueryCost, 1, 1_000_000),
  };
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

function policy(env: Env, mode: string): Policy {
  const inline = env.AUTH_POLICY?.trim();
  const file = env.AUTH_POLICY_FILE?.trim();
  if (inline && file) throw new ConfigError('Set AUTH_POLICY or AUTH_POLICY_FILE, not both.');
  if (!inline && !file) throw new ConfigError(`AUTH_POLICY or AUTH_POLICY_FILE must be set when AUTH_MODE=${mode}, since without a policy every caller sees nothing.`);
  const name = inline ? 'AUTH_POLICY' : `AUTH_POLICY_FILE (${file})`;
  let text = inline ?? '';
  if (file) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`AUTH_POLICY_FILE must name a readable file, got "${file}".`);
    }
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ConfigError(`${name} must be valid JSON.`);
  }
  try {
    return parsePolicy(document);
  } catch (error) {
    if (error instanceof PolicyError) throw new ConfigError(`${name} ${error.message}.`);
    throw error;
  }
}

function httpsUrl(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  // http only for a local identity provider (tests, development).
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    throw new ConfigError(`${name} must be an https:// URL (http:// only for localhost), got "${raw.slice(0, 200)}".`);
  }
  return raw;
}

function auth(env: Env): AuthConfig {
  const mode = oneOf(env, 'AUTH_MODE', ['none', 'jwt', 'header'] as const, 'none');
  if (mode === 'none') return { mode };
  if (mode === 'header') {
    const header = env.AUTH_TRUSTED_HEADER?.trim().toLowerCase();
    if (!header) throw new ConfigError('AUTH_TRUSTED_HEADER must name the header the router forwards the caller\'s groups in when AUTH_MODE=header, e.g. x-user-groups.');
    if (!/^[a-z0-9-]{1,64}$/.test(header) || header === 'authorization' || header === 'cookie') {
      throw new ConfigError(`AUTH_TRUSTED_HEADER must be a header name such as x-user-groups (letters, digits and dashes), got "${header.slice(0, 64)}".`);
    }
    return { mode, header, policy: policy(env, mode) };
  }
  // The secret is never repeated in a message.
  const secret = env.AUTH_JWT_SECRET?.trim() || undefined;
  const jwksUrl = httpsUrl(env, 'AUTH_JWKS_URL');
  if ((secret === undefined) === (jwksUrl === undefined)) throw new ConfigError('AUTH_MODE=jwt needs exactly one of AUTH_JWT_SECRET (HS256) and AUTH_JWKS_URL.');
  if (secret !== undefined && secret.length < 32) throw new ConfigError('AUTH_JWT_SECRET must be at least 32 characters long.');
  const issuer = env.AUTH_JWT_ISSUER?.trim() || undefined;
  const audience = env.AUTH_JWT_AUDIENCE?.trim() || undefined;
  return {
    mode,
    ...(secret ? { secret } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
    policy: policy(env, mode),
  };
}

function history(env: Env): HistoryConfig | undefined {
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

/** AWS_ACCOUNTS: `self` (the gateway's own credentials) and/or role ARNs to assume, comma-separated. */
function accounts(env: Env): AccountSetting[] {
  const items = list(env, 'AWS_ACCOUNTS') ?? ['self'];
  const settings = items.map((item): AccountSetting => {
    if (item === 'self') return OWN_ACCOUNT;
    const match = ROLE_ARN.exec(item);
    if (!match) throw new ConfigError(`AWS_ACCOUNTS must list self and/or role ARNs such as arn:aws:iam::111111111111:role/SessionReader, got "${item.slice(0, 100)}".`);
    return { account: match[1] as string, roleArn: item };
  });
  const seen = new Set<string>();
  for (const { account } of settings) {
    if (seen.has(account)) throw new ConfigError(`AWS_ACCOUNTS names ${account ? `account ${account}` : 'self'} twice; list each account once.`);
    seen.add(account);
  }
  return settings;
}

function externalId(env: Env): string | undefined {
  const raw = env.AWS_EXTERNAL_ID?.trim() || undefined;
  // The value is not repeated: it may be a shared secret.
  if (raw !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(raw)) throw new ConfigError('AWS_EXTERNAL_ID must be 2 to 1224 letters, digits or +=,.@:/- characters.');
  return raw;
}

/** Each regional source's region list (its declaration names the variable, e.g. SYSTEMS_MANAGER_REGIONS). */
function regions(env: Env): Partial<Record<Source, string[]>> {
  const entries = SOURCE_REGISTRY.flatMap(({ name, client: { placement } }) => {
    if (placement.kind !== 'regions') return [];
    const items = list(env, placement.variable);
    if (!items) return [];
    const bad = items.find((r) => !REGION.test(r));
    if (bad) throw new ConfigError(`${placement.variable} must list AWS Regions such as us-east-1,eu-west-1, got "${bad.slice(0, 40)}".`);
    if (new Set(items).size !== items.length) throw new ConfigError(`${placement.variable} lists a region twice; list each region once.`);
    return [[name, items]];
  });
  return Object.fromEntries(entries);
}

export function loadConfig(env: Env = process.env): Config {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    upstream: oneOf(env, 'UPSTREAM', ['emulator', 'aws'] as const, 'emulator'),
    sources: sources(env),
    deviceFarmRegion: env.DEVICE_FARM_REGION?.trim() || 'us-west-2',
    accounts: accounts(env),
    externalId: externalId(env),
    regions: regions(env),
    codeCatalystToken: env.CODECATALYST_TOKEN?.trim() || undefined,
    upstreamTimeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 100, 300_000),
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', 15_000, 100, 600_000),
    federation: oneOf(env, 'FEDERATION', ['true', 'false'] as const, 'true') === 'true',
    emulator: {
      port: integer(env, 'EMULATOR_PORT', 0, 0, 65535),
      seed: integer(env, 'EMULATOR_SEED', 1, 0, 2 ** 31 - 1),
      sessionsPerKind: integer(env, 'EMULATOR_SESSIONS', 200, 1, 1_000_000),
      latencyMs: integer(env, 'EMULATOR_LATENCY_MS', 0, 0, 60_000),
      ...(instant(env, 'EMULATOR_NOW') !== undefined && { now: instant(env, 'EMULATOR_NOW') }),
      worldClock: oneOf(env, 'EMULATOR_CLOCK', ['running', 'manual'] as const, 'running'),
      simulation: flag(env, 'EMULATOR_SIMULATION', true),
    },
    discoveryTtlMs: integer(env, 'DISCOVERY_TTL_SECONDS', 60, 1, 86_400) * 1000,
    upstreamSettings: upstreamSettings(env),
    ops: ops(env),
    pins: pins(env),
    security: security(env),
    auth: auth(env),
    history: history(env),
    watch: {
      intervalMs: integer(env, 'WATCH_INTERVAL_MS', 5_000, 100, 3_600_000),
      retainEvents: integer(env, 'WATCH_RETAIN_EVENTS', 1_000, 1, 1_000_000),
    },
    feedReadAhead: oneOf(env, 'FEED_READ_AHEAD', READ_AHEAD_POLICIES, 'continuations'),
  };
}
