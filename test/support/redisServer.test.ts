// The test Redis is real: ioredis talks to it, a kill breaks the connection, a restart is empty.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startRedis, type RedisServer } from './redisServer.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
}, 660_000); // the first run on a new machine may install redis-server
afterAll(() => redis?.stop());

/** A client that fails at once instead of queueing and reconnecting. */
function client(url: string): Redis {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  redis.on('error', () => {}); // failures surface as rejected commands; ioredis would also log them
  return redis;
}

test('listens on a free loopback port, not on 6379', () => {
  expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
  expect(redis.port).not.toBe(6379);
});

test('SET then GET through ioredis; a kill fails the connection; a restart comes back empty', async () => {
  const before = client(redis.url);
  await before.connect();
  expect(await before.set('greeting', 'hello')).toBe('OK');
  expect(await before.get('greeting')).toBe('hello');

  await redis.kill();
  await expect(before.get('greeting')).rejects.toThrow();
  before.disconnect();

  await redis.restart();
  const after = client(redis.url);
  await after.connect();
  expect(await after.get('greeting')).toBeNull(); // nothing persisted
  after.disconnect();
});

test('two servers run side by side, each with its own data', async () => {
  const other = await startRedis();
  const [a, b] = [client(redis.url), client(other.url)];
  try {
    await Promise.all([a.connect(), b.connect()]);
    await a.set('owner', 'first');
    expect(await b.get('owner')).toBeNull();
  } finally {
    a.disconnect();
    b.disconnect();
    await other.stop();
  }
  await expect(client(other.url).connect()).rejects.toThrow();
});
