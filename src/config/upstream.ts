// The AWS side of the configuration: which sources, where (accounts, regions), which scopes are
// pinned, and the upstream layer's cache, rate limits, breakers and Redis.
import { OWN_ACCOUNT, REGION, ROLE_ARN, type AccountSetting } from '../aws/places.js';
import { DEFAULT_SOURCES, scopeDeclaration, scopeKinds, sourceDeclaration, SOURCE_REGISTRY, SOURCES, type Source } from '../sources/registry.js';
import type { ScopeKind } from '../sources/scopes.js';
import type { BreakerSettings } from '../upstream/breaker.js';
import type { RateLimit } from '../upstream/limiter.js';
import { ConfigError, integer, list, quote, type Env } from './read.js';

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

export function sources(env: Env): Set<Source> {
  const raw = env.SOURCES?.trim();
  if (raw === undefined || raw === '') return new Set(DEFAULT_SOURCES);
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(SOURCES as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new ConfigError(
      `SOURCES must be a comma-separated list of ${SOURCES.join(', ')}, got ${quote(raw)}.`,
    );
  }
  return new Set(names as Source[]);
}

/**
 * The scopes pinned by each list's variable (e.g. DEVICE_FARM_PROJECT_ARNS), checked as it
 * declares; a pin naming a region must name one its source reads (when the list is configured;
 * otherwise only the SDK knows the home region).
 */
export function pins(env: Env, regionsRead: Partial<Record<Source, string[]>>): Partial<Record<ScopeKind, string[]>> {
  const pinned = scopeKinds().flatMap((kind) => {
    const { source, pin } = scopeDeclaration(kind);
    const { variable, pattern, what, regionOf } = pin;
    const items = list(env, variable);
    const bad = pattern && items?.find((item) => !pattern.test(item));
    if (bad !== undefined) throw new ConfigError(`${variable} must list ${what ?? 'scopes'}, got ${quote(bad)}.`);
    const read = regionsRead[source];
    const outside = (item: string) => {
      const region = regionOf?.(item);
      return read !== undefined && region !== undefined && !read.includes(region);
    };
    const elsewhere = items?.find(outside);
    if (elsewhere !== undefined && read) {
      const placement = sourceDeclaration(source).client.placement;
      const names = placement.kind === 'regions' ? placement.variable : 'the regions read';
      throw new ConfigError(`${variable} names ${quote(elsewhere)}, in ${regionOf?.(elsewhere)}, a region not in ${names} (${quote(read.join(','))}); add the region there or drop the item.`);
    }
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
    throw new ConfigError(`${name} must be "<calls per second>/<burst>" with a burst of at least 2 and at least the rate (e.g. 10/50), or off, got ${quote(raw)}.`);
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
export function upstreamSettings(env: Env): UpstreamSettings {
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

/**
 * AWS_ACCOUNTS: `self` (the gateway's own credentials) and/or role ARNs to assume, comma-separated;
 * each role with its external ID: `AWS_EXTERNAL_ID_<account>`, else `AWS_EXTERNAL_ID`.
 */
export function accounts(env: Env): AccountSetting[] {
  const items = list(env, 'AWS_ACCOUNTS') ?? ['self'];
  const fallback = externalIdOf(env, 'AWS_EXTERNAL_ID');
  const settings = items.map((item): AccountSetting => {
    if (item === 'self') return OWN_ACCOUNT;
    const match = ROLE_ARN.exec(item);
    if (!match) throw new ConfigError(`AWS_ACCOUNTS must list self and/or role ARNs such as arn:aws:iam::111111111111:role/SessionReader, got ${quote(item)}.`);
    const account = match[1] as string;
    const externalId = externalIdOf(env, `AWS_EXTERNAL_ID_${account}`) ?? fallback;
    return { account, roleArn: item, ...(externalId !== undefined && { externalId }) };
  });
  const seen = new Set<string>();
  for (const { account } of settings) {
    if (seen.has(account)) throw new ConfigError(`AWS_ACCOUNTS names ${account ? `account ${account}` : 'self'} twice; list each account once.`);
    seen.add(account);
  }
  // A per-account external ID for a role not read is a typo that would otherwise go unnoticed.
  const stray = Object.keys(env).find((name) => /^AWS_EXTERNAL_ID_/.test(name) && !seen.has(name.slice('AWS_EXTERNAL_ID_'.length)));
  if (stray) throw new ConfigError(`${stray.slice(0, 64)} is set, but AWS_ACCOUNTS lists no role in that account; name the role's 12-digit account, or drop the variable.`);
  return settings;
}

function externalIdOf(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim() || undefined;
  // The value is not repeated: it may be a shared secret.
  if (raw !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(raw)) throw new ConfigError(`${name} must be 2 to 1224 letters, digits or +=,.@:/- characters.`);
  return raw;
}

/** An AWS Region's shape, at most one DNS label long: the SDK puts it in its endpoints' host names. */
const isRegion = (value: string): boolean => value.length <= 63 && REGION.test(value);

/**
 * One region (DEVICE_FARM_REGION). Checked here since the SDK only checks it when a client first
 * resolves its region, which would stop the process with a stack trace after it started listening.
 */
export function region(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!isRegion(raw)) throw new ConfigError(`${name} must be an AWS Region such as us-west-2, got ${quote(raw)}.`);
  return raw;
}

/**
 * AWS_REGION is the SDK's own (it reads it when UPSTREAM=aws; the gateway passes nothing); a
 * malformed one is refused here, as every region setting is, instead of failing each call.
 */
export function checkSdkRegion(env: Env, upstream: 'emulator' | 'aws'): void {
  if (upstream === 'aws') region(env, 'AWS_REGION', '');
}

/** Each regional source's region list (its declaration names the variable, e.g. SYSTEMS_MANAGER_REGIONS). */
export function regions(env: Env): Partial<Record<Source, string[]>> {
  const entries = SOURCE_REGISTRY.flatMap(({ name, client: { placement } }) => {
    if (placement.kind !== 'regions') return [];
    const items = list(env, placement.variable);
    if (!items) return [];
    const bad = items.find((r) => !isRegion(r));
    if (bad) throw new ConfigError(`${placement.variable} must list AWS Regions such as us-east-1,eu-west-1, got ${quote(bad)}.`);
    if (new Set(items).size !== items.length) throw new ConfigError(`${placement.variable} lists a region twice; list each region once.`);
    return [[name, items]];
  });
  return Object.fromEntries(entries);
}
