// Per-account request quotas, enforced the way Device Farm documents its API limits: a token
// bucket per API and customer account, `burst` tokens deep, refilled at a fixed rate; a call
// takes one token and a call finding none is throttled (and takes nothing).
import { REGISTERED, SERVICE_NAMES as SERVICES } from './services/registry.js';
import type { QuotaLimit, Quotas, ServiceName } from './types.js';

/** Every service's published figure (services declare it as `publishedQuota`): Device Farm's 10/s, burst 50, for its List and Get APIs. */
export const PUBLISHED_QUOTAS: Readonly<Quotas> = Object.freeze(
  Object.fromEntries(REGISTERED.flatMap((service) => (service.publishedQuota ? [[service.name, Object.freeze({ ...service.publishedQuota })]] : []))),
);

/** Only reads are metered: the published figure is for List and Get calls, none is for Stop ones. */
export const isMetered = (operation: string): boolean => /^(List|Get)[A-Z]/.test(operation);

/** Checks quotas from untrusted input (the control API, the command line) as well as from code. */
export function validQuotas(input: unknown): Quotas {
  if (input === 'published') return PUBLISHED_QUOTAS;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError('quotas must be "published" or an object such as {"deviceFarm": {"ratePerSecond": 10, "burst": 50}}.');
  }
  const quotas: Quotas = {};
  for (const [service, limit] of Object.entries(input)) {
    if (!SERVICES.includes(service)) throw new TypeError(`quotas may name only ${SERVICES.join(', ')}.`);
    quotas[service as ServiceName] = validLimit(service, limit);
  }
  return quotas;
}

function validLimit(service: string, input: unknown): QuotaLimit {
  const { ratePerSecond, burst, ...rest } = (input ?? {}) as Record<string, unknown>;
  if (input === null || typeof input !== 'object' || Array.isArray(input) || Object.keys(rest).length > 0) throw new TypeError(`quotas.${service} must be {"ratePerSecond": <number>, "burst": <whole number>}.`);
  if (typeof ratePerSecond !== 'number' || !Number.isFinite(ratePerSecond) || ratePerSecond <= 0 || ratePerSecond > 1_000_000) {
    throw new TypeError(`quotas.${service}.ratePerSecond must be a number above 0 and at most 1000000.`);
  }
  if (!Number.isInteger(burst) || (burst as number) < 1 || (burst as number) > 1_000_000) {
    throw new TypeError(`quotas.${service}.burst must be a whole number from 1 to 1000000.`);
  }
  return { ratePerSecond, burst: burst as number };
}

/**
 * A token bucket written here rather than taken from a rate-limiting library because it must run
 * on the emulator's injectable clock (tests drive it with a manual one), not on the wall clock.
 */
class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limit: QuotaLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.last = now;
  }

  take(now: number): boolean {
    // Concurrent arrivals may read the clock out of order; time never runs backwards for a bucket.
    if (now > this.last) {
      this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.last) * this.limit.ratePerSecond) / 1000);
      this.last = now;
    }
    // The epsilon absorbs float drift from summing refills (0.1 + 0.2 + 0.7 < 1).
    if (this.tokens < 1 - 1e-9) return false;
    this.tokens = Math.max(0, this.tokens - 1);
    return true;
  }
}

export class QuotaBuckets {
  private quotas: Quotas;
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(quotas: Quotas = {}) {
    this.quotas = validQuotas(quotas);
  }

  set(quotas: Quotas | 'published'): void {
    this.quotas = validQuotas(quotas);
    this.buckets.clear();
  }

  /** False when the caller's bucket for this operation is empty: the call is throttled. */
  take(service: ServiceName, caller: string, operation: string, now: number): boolean {
    const limit = this.quotas[service];
    if (limit === undefined || !isMetered(operation)) return true;
    const key = `${service}\n${caller}\n${operation}`;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(limit, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  get current(): Quotas {
    return this.quotas;
  }
}
