// The one place that reads the environment. Everything else receives a validated Config. The
// readers of each concern live in src/config/ and are handed the environment from here.
import type { AccountSetting } from './aws/places.js';
import type { Source } from './sources/registry.js';
import type { ScopeKind } from './sources/scopes.js';
import { history, ops, type HistoryConfig, type OpsConfig } from './config/ops.js';
import { flag, host, instant, integer, oneOf, type Env } from './config/read.js';
import { auth, security, type AuthConfig, type SecurityConfig } from './config/security.js';
import { accounts, checkSdkRegion, pins, region, regions, sources, upstreamSettings, type UpstreamSettings } from './config/upstream.js';

export type { Source };
export { ConfigError } from './config/read.js';
export type { HistoryConfig, OpsConfig } from './config/ops.js';
export { DEFAULT_SECURITY, type AuthConfig, type SecurityConfig } from './config/security.js';
export { DEFAULT_UPSTREAM, type UpstreamSettings } from './config/upstream.js';

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

/**
 * FEED_READ_AHEAD: `continuations` reads ahead only for pages asked for with `after` (a client that
 * asked for a second page is walking; a dashboard's first page never costs a page it did not
 * show); `always` for first pages too; `off` never.
 */
export const READ_AHEAD_POLICIES = ['continuations', 'always', 'off'] as const;
export type ReadAheadPolicy = (typeof READ_AHEAD_POLICIES)[number];
/** Which feed pages read ahead (FEED_READ_AHEAD), and for how many next pages (FEED_READ_AHEAD_PAGES). */
export interface FeedReadAheadConfig {
  policy: ReadAheadPolicy;
  pages: number;
}
export const FEED_READ_AHEAD_DEFAULTS: FeedReadAheadConfig = { policy: 'continuations', pages: 2 };

export interface Config {
  host: string;
  port: number;
  upstream: 'emulator' | 'aws';
  sources: ReadonlySet<Source>;
  /** Device Farm exists only in us-west-2, so it gets its own region setting. */
  deviceFarmRegion: string;
  /** The accounts read: the gateway's own identity and/or roles it assumes (AWS_ACCOUNTS). */
  accounts: AccountSetting[];
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
  /** Which feed pages read the next pages' upstream pages ahead (src/graph/feed/readAhead.ts). */
  feedReadAhead: FeedReadAheadConfig;
}

export function loadConfig(env: Env = process.env): Config {
  const upstream = oneOf(env, 'UPSTREAM', ['emulator', 'aws'] as const, 'emulator');
  checkSdkRegion(env, upstream);
  return {
    host: host(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    upstream,
    sources: sources(env),
    deviceFarmRegion: region(env, 'DEVICE_FARM_REGION', 'us-west-2'),
    accounts: accounts(env),
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
    pins: pins(env, regions(env)),
    security: security(env),
    auth: auth(env),
    history: history(env),
    watch: {
      intervalMs: integer(env, 'WATCH_INTERVAL_MS', 5_000, 100, 3_600_000),
      retainEvents: integer(env, 'WATCH_RETAIN_EVENTS', 1_000, 1, 1_000_000),
    },
    feedReadAhead: {
      policy: oneOf(env, 'FEED_READ_AHEAD', READ_AHEAD_POLICIES, FEED_READ_AHEAD_DEFAULTS.policy),
      pages: integer(env, 'FEED_READ_AHEAD_PAGES', FEED_READ_AHEAD_DEFAULTS.pages, 1, 4),
    },
  };
}
