// The test and benchmark knobs: added latency, injected faults, and the request log.
import { hashString, mix, Random } from './seed/prng.js';
import { SERVICE_NAMES as SERVICES } from './services/registry.js';
import type { Place } from './seed/place.js';
import type { FaultKind, FaultRule, LatencyMatch, RequestLogEntry, ServiceName } from './types.js';

const FAULTS: readonly FaultKind[] = ['throttle', 'unavailable', 'notFound', 'accessDenied', 'hang', 'reset', 'html', 'truncated', 'wrongShape', 'slow'];
const RULE_FIELDS = ['service', 'operation', 'account', 'region', 'fault', 'times', 'rate', 'ms'];
/** Keeps the fault draws apart from the seeded data's streams. */
const FAULT_STREAM = hashString('faults');

/** Checks a rule from untrusted input (the HTTP control API) as well as from code. */
export function validFault(input: unknown): FaultRule {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new TypeError('A fault rule must be an object such as {"fault": "throttle"}.');
  const rule = input as Record<string, unknown>;
  if (Object.keys(rule).some((key) => rule[key] !== undefined && !RULE_FIELDS.includes(key))) throw new TypeError(`A fault rule has only the fields ${RULE_FIELDS.join(', ')}.`);
  if (!FAULTS.includes(rule.fault as FaultKind)) throw new TypeError(`fault must be one of ${FAULTS.join(', ')}.`);
  if (rule.service !== undefined && !SERVICES.includes(rule.service as string)) throw new TypeError(`service must be one of ${SERVICES.join(', ')}.`);
  if (rule.operation !== undefined && typeof rule.operation !== 'string') throw new TypeError('operation must be a string.');
  if (rule.account !== undefined && !(typeof rule.account === 'string' && /^\d{12}$/.test(rule.account))) throw new TypeError('account must be 12 digits.');
  if (rule.region !== undefined && !(typeof rule.region === 'string' && /^[a-z0-9-]{1,30}$/.test(rule.region))) throw new TypeError('region must be a region name such as us-west-2.');
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && (rule.times as number) > 0)) throw new TypeError('times must be a positive whole number.');
  if (rule.rate !== undefined && !(typeof rule.rate === 'number' && rule.rate > 0 && rule.rate <= 1)) throw new TypeError('rate must be a number above 0 and at most 1.');
  if (rule.fault === 'slow' && !(Number.isInteger(rule.ms) && (rule.ms as number) >= 1 && (rule.ms as number) <= 600_000)) {
    throw new TypeError('The slow fault needs ms, a whole number of milliseconds from 1 to 600000.');
  }
  if (rule.fault !== 'slow' && rule.ms !== undefined) throw new TypeError('ms applies only to the slow fault.');
  return {
    fault: rule.fault as FaultKind,
    ...(rule.service !== undefined && { service: rule.service as ServiceName }),
    ...(rule.operation !== undefined && { operation: rule.operation as string }),
    ...(rule.account !== undefined && { account: rule.account as string }),
    ...(rule.region !== undefined && { region: rule.region as string }),
    ...(rule.times !== undefined && { times: rule.times as number }),
    ...(rule.rate !== undefined && { rate: rule.rate as number }),
    ...(rule.ms !== undefined && { ms: rule.ms as number }),
  };
}

export function validLatency(ms: unknown, match: LatencyMatch = {}): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new TypeError('ms must be a number of milliseconds, 0 or more.');
  if (match.service !== undefined && !SERVICES.includes(match.service)) throw new TypeError(`service must be one of ${SERVICES.join(', ')}.`);
  if (match.operation !== undefined && typeof match.operation !== 'string') throw new TypeError('operation must be a string.');
}

const matches = (rule: { service?: ServiceName; operation?: string }, service: ServiceName, operation: string) =>
  (rule.service === undefined || rule.service === service) && (rule.operation === undefined || rule.operation === operation);

/** What a request is to suffer: the fault, and for `slow` its delay. */
export type Fault = Pick<FaultRule, 'fault' | 'ms'>;

interface ActiveRule extends FaultRule {
  /** Present when the rule has a rate: its own seeded stream of draws. */
  draws?: Random;
}

export class Knobs {
  /** By `service/operation`, `*` standing for any. */
  private readonly latency = new Map<string, number>();
  private readonly faults: ActiveRule[] = [];
  /** Rules added since the last clearFaults(): the n-th one draws from stream (seed, n). */
  private added = 0;

  constructor(
    latencyMs: number,
    private readonly seed: number,
  ) {
    validLatency(latencyMs);
    this.latency.set('*/*', latencyMs);
  }

  setLatency(ms: number, match: LatencyMatch = {}): void {
    validLatency(ms, match);
    this.latency.set(`${match.service ?? '*'}/${match.operation ?? '*'}`, ms);
  }

  /** The most specific setting wins: service+operation, then operation, then service, then all. */
  latencyFor(service: ServiceName, operation: string): number {
    for (const key of [`${service}/${operation}`, `*/${operation}`, `${service}/*`, '*/*']) {
      const ms = this.latency.get(key);
      if (ms !== undefined) return ms;
    }
    return 0;
  }

  addFault(rule: FaultRule): void {
    const valid: ActiveRule = validFault(rule);
    if (valid.rate !== undefined) valid.draws = new Random(mix(this.seed, FAULT_STREAM, this.added));
    this.added++;
    this.faults.push(valid);
  }

  clearFaults(): void {
    this.faults.length = 0;
    this.added = 0;
  }

  /**
   * The first matching rule that fires (a rule with a rate draws once per matching request; one
   * that does not fire lets the next rule try), counting its `times` down and dropping it at zero.
   */
  takeFault(service: ServiceName, operation: string, place?: Place): Fault | undefined {
    for (let at = 0; at < this.faults.length; at++) {
      const rule = this.faults[at] as ActiveRule;
      if (!matches(rule, service, operation)) continue;
      if ((rule.account !== undefined && rule.account !== place?.account) || (rule.region !== undefined && rule.region !== place?.region)) continue;
      if (rule.draws && !rule.draws.chance(rule.rate as number)) continue;
      if (rule.times !== undefined && --rule.times === 0) this.faults.splice(at, 1);
      return { fault: rule.fault, ...(rule.ms !== undefined && { ms: rule.ms }) };
    }
    return undefined;
  }
}

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];
  private seq = 0;

  /** Numbers a request when it arrives. */
  arrive(): number {
    return ++this.seq;
  }

  /** Records a finished request, keeping arrival order even when a hung one ends late. */
  record(entry: RequestLogEntry): void {
    let at = this.entries.length;
    while (at > 0 && (this.entries[at - 1] as RequestLogEntry).seq > entry.seq) at--;
    this.entries.splice(at, 0, entry);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
