// The test and benchmark knobs: added latency, injected faults, and the request log.
import type { FaultKind, FaultRule, LatencyMatch, RequestLogEntry, ServiceName } from './types.js';

const SERVICES: readonly ServiceName[] = ['deviceFarm', 'nimble', 'codeCatalyst'];
const FAULTS: readonly FaultKind[] = ['throttle', 'unavailable', 'notFound', 'accessDenied', 'hang'];

/** Checks a rule from untrusted input (the HTTP control API) as well as from code. */
export function validFault(input: unknown): FaultRule {
  const rule = (input ?? {}) as Record<string, unknown>;
  if (!FAULTS.includes(rule.fault as FaultKind)) throw new TypeError(`fault must be one of ${FAULTS.join(', ')}.`);
  if (rule.service !== undefined && !SERVICES.includes(rule.service as ServiceName)) throw new TypeError(`service must be one of ${SERVICES.join(', ')}.`);
  if (rule.operation !== undefined && typeof rule.operation !== 'string') throw new TypeError('operation must be a string.');
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && (rule.times as number) > 0)) throw new TypeError('times must be a positive whole number.');
  return { fault: rule.fault as FaultKind, service: rule.service as ServiceName | undefined, operation: rule.operation as string | undefined, times: rule.times as number | undefined };
}

export function validLatency(ms: unknown, match: LatencyMatch = {}): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new TypeError('ms must be a number of milliseconds, 0 or more.');
  if (match.service !== undefined && !SERVICES.includes(match.service)) throw new TypeError(`service must be one of ${SERVICES.join(', ')}.`);
  if (match.operation !== undefined && typeof match.operation !== 'string') throw new TypeError('operation must be a string.');
}

const matches = (rule: { service?: ServiceName; operation?: string }, service: ServiceName, operation: string) =>
  (rule.service === undefined || rule.service === service) && (rule.operation === undefined || rule.operation === operation);

export class Knobs {
  /** By `service/operation`, `*` standing for any. */
  private readonly latency = new Map<string, number>();
  private readonly faults: FaultRule[] = [];

  constructor(latencyMs: number) {
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
    this.faults.push({ ...validFault(rule) });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** The first matching rule's fault, counting its `times` down (and dropping it at zero). */
  takeFault(service: ServiceName, operation: string): FaultKind | undefined {
    const at = this.faults.findIndex((rule) => matches(rule, service, operation));
    const rule = this.faults[at];
    if (!rule) return undefined;
    if (rule.times !== undefined && --rule.times === 0) this.faults.splice(at, 1);
    return rule.fault;
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
