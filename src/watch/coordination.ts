// Who polls, and what for. In process: this process, for its own subscribers. With Redis: the
// replica holding a lease (SET NX PX, renewed while it polls), for the scopes every replica's
// subscribers use (a sorted set of scope keys scored by when each replica's interest lapses).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface Coordination {
  /** Says what this replica's subscribers use; answers whether this replica polls, and for what. */
  turn(localKeys: ReadonlySet<string>): Promise<{ leader: boolean; keys: ReadonlySet<string> }>;
  /** Gives the lease up (shutdown, or no one left to poll for). */
  resign(): Promise<void>;
}

export const localCoordination: Coordination = {
  turn: async (keys) => ({ leader: true, keys }),
  resign: async () => {},
};

// Renews the lease only while this replica still holds it.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RESIGN = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * `leaseMs` should be a few polling intervals: a leader that dies is replaced that much later.
 * Interest and lease expire on Redis's own clock (`TIME`), the same for every replica.
 */
export function redisCoordination(redis: Redis, prefix: string, leaseMs: number): Coordination {
  const me = randomUUID();
  const lease = `${prefix}leader`;
  const interest = `${prefix}interest`;
  const now = async () => {
    const [seconds, micros] = await redis.time();
    return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
  };
  return {
    async turn(localKeys) {
      const at = await now();
      if (localKeys.size > 0) await redis.zadd(interest, ...[...localKeys].flatMap((key) => [at + leaseMs, key]));
      const held = (await redis.eval(RENEW, 1, lease, me, leaseMs)) === 1 || (await redis.set(lease, me, 'PX', leaseMs, 'NX')) === 'OK';
      if (!held) return { leader: false, keys: new Set() };
      await redis.zremrangebyscore(interest, '-inf', at);
      return { leader: true, keys: new Set(await redis.zrangebyscore(interest, at, '+inf')) };
    },
    async resign() {
      await redis.eval(RESIGN, 1, lease, me);
    },
  };
}
