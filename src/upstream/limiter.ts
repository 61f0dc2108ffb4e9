import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { GatewayError } from '../errors.js';
import type { SharedStore } from './sharedStore.js';

/** An AWS-style quota: a sustained rate and a burst (the size of AWS's token bucket). */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * Fixed windows that never leave AWS's token bucket. An interval of T seconds touches at most
 * T/w + 2 windows of w seconds, so with p calls per window it holds at most (p/w)·T + 2p calls;
 * AWS allows perSecond·T + burst. Hence p/w ≤ perSecond and 2p ≤ burst: for Device Farm's 10/s
 * burst 50 that is 20 calls per 2-second window (at most 40 in any one second, 10/s sustained).
 */
export function fixedWindow({ perSecond, burst }: RateLimit): { points: number; duration: number } {
  const duration = Math.max(1, Math.floor(burst / (2 * perSecond)));
  return { points: Math.max(1, Math.min(perSecond * duration, Math.floor(burst / 2))), duration };
}

export type LimiterEvent = 'wait' | 'reject';

/**
 * The calls one source may make, shared by every request of the process (and, with Redis, by
 * every replica). A call over the limit waits for the next window, up to `maxWaitMs`; past that it
 * fails with UPSTREAM_RATE_LIMITED, which the feed reports for that source alone.
 */
export class SourceLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    private readonly source: Source,
    private readonly limit: RateLimit,
    private readonly maxWaitMs: number,
    shared: SharedStore | undefined,
    private readonly onEvent: (event: LimiterEvent) => void = () => {},
  ) {
    const window = { ...fixedWindow(limit), keyPrefix: `rate:${source}` };
    const local = new RateLimiterMemory(window);
    // While Redis is away each replica falls back to its own window (the insurance limiter).
    this.limiter = shared
      ? new RateLimiterRedis({ ...window, storeClient: shared.redis, rejectIfRedisNotReady: true, insuranceLimiter: local })
      : local;
  }

  /** Resolves when one call of `identity` (an AWS account) may go out. */
  async take(identity: string): Promise<void> {
    const giveUpAt = Date.now() + this.maxWaitMs;
    for (;;) {
      try {
        await this.limiter.consume(identity);
        return;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        // A little spread, so the waiters of one window do not all retry at the same instant.
        const wait = rejection.msBeforeNext + Math.random() * 20;
        if (Date.now() + wait > giveUpAt) {
          this.onEvent('reject');
          throw new GatewayError(
            'UPSTREAM_RATE_LIMITED',
            `${SOURCE_LABEL[this.source]} calls are at the gateway's rate limit (${this.limit.perSecond} per second, burst ${this.limit.burst}); retry in a few seconds.`,
            { source: this.source },
          );
        }
        this.onEvent('wait');
        await sleep(wait);
      }
    }
  }
}
