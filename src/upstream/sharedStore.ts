import { Redis } from 'ioredis';

/** How the upstream layer reports a state change of Redis; one line each, never per request. */
export type Warn = (message: string) => void;

/**
 * The state replicas share through Redis: cached upstream pages, discovered scopes, single-flight
 * claims. Every operation degrades instead of failing: while Redis is away a read is a miss, a
 * write is dropped and a claim is granted, so the gateway goes on with its in-process state.
 */
export interface SharedStore {
  /** The ioredis client, for the rate limiter's own Redis store. */
  readonly redis: Redis;
  get(key: string): Promise<Buffer | null>;
  /** `tag`: a set that lists the key, so `dropTagged` can find it again (a scope's pages). */
  set(key: string, value: Buffer, ttlMs: number, tag?: string): Promise<void>;
  /** Deletes every key listed under `tag`, and the tag. */
  dropTagged(tag: string): Promise<void>;
  /** True when this caller may fetch `key` now: no other replica claimed it within `ttlMs`. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

const PREFIX = 'session-gateway:v1:';

/** Where Redis is, without any password from the URL: what a log line may show. */
export function redisLabel(url: string): string {
  try {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port || '6379'}`;
  } catch {
    return 'the configured Redis';
  }
}

export function createSharedStore(url: string, warn: Warn): SharedStore {
  const label = redisLabel(url);
  const redis = new Redis(url, {
    // Fail a command at once while disconnected (the caller falls back) instead of queueing it.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    keyPrefix: PREFIX,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let away = false;
  redis.on('error', (error: NodeJS.ErrnoException) => {
    if (away) return;
    away = true;
    warn(`Redis at ${label} is unreachable (${error.code ?? 'connection error'}); using in-process cache and rate limits until it returns.`);
  });
  redis.on('ready', () => {
    if (!away) return;
    away = false;
    warn(`Redis at ${label} is reachable again; sharing cache and rate limits.`);
  });

  const quietly = async <T>(command: () => Promise<T>, fallback: T): Promise<T> => {
    if (redis.status !== 'ready') return fallback;
    try {
      return await command();
    } catch {
      return fallback;
    }
  };

  return {
    redis,
    get: (key) => quietly(() => redis.getBuffer(key), null),
    set: (key, value, ttlMs, tag) =>
      quietly(async () => {
        const px = Math.max(1, Math.ceil(ttlMs));
        const write = redis.multi().set(key, value, 'PX', px);
        // Every key lives ttlMs, so the tag lives as long as its newest key; deleting keys that
        // expired before is harmless. (Members are stored unprefixed; `del` prefixes them again.)
        if (tag !== undefined) write.sadd(`tag:${tag}`, key).pexpire(`tag:${tag}`, px);
        await write.exec();
      }, undefined),
    dropTagged: (tag) =>
      quietly(async () => {
        const keys = await redis.smembers(`tag:${tag}`);
        await redis.del(`tag:${tag}`, ...keys);
      }, undefined),
    claim: (key, ttlMs) => quietly(async () => (await redis.set(`claim:${key}`, '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')) === 'OK', true),
    release: (key) => quietly(async () => void (await redis.del(`claim:${key}`)), undefined),
    close: async () => {
      redis.removeAllListeners('error');
      redis.on('error', () => {});
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
