// What every section gets: the options, the emulator, a way to start gateways against it, and
// the figures one section hands to a later one.
import type { Emulator, RequestLogEntry } from '../src/emulator/index.js';
import { post, type GraphQLAnswer } from './graphql.js';
import { startGateway, type NodeProcess } from './processes.js';

export interface BenchOptions {
  sessions: number;
  latency: number;
  /** Seconds of each load run. */
  duration: number;
  /** Seconds of the same load before each measured run (not measured). */
  warmup: number;
  connections: number;
  /** Sessions in the whole feed the memory section walks (over four kinds). */
  memorySessions: number;
  /** Extra gateway environment from --env NAME=VALUE. */
  env: Record<string, string>;
  /** Flags for the gateway's node, from --node-arg (a profiler's, say). */
  nodeArgs: string[];
}

export class Bench {
  /** Figures a later section compares with (the load section's, when it ran). */
  readonly results: { rssAfterLoadMb?: number; oneReplica?: { dfPeak: number; dfSustained: number; requestsPerSecond: number } } = {};

  constructor(
    readonly options: BenchOptions,
    readonly emulator: Emulator,
  ) {}

  /** A fresh gateway process (cold caches) against `emulator` (default: the bench's). */
  gateway(extra: Record<string, string> = {}, emulator = this.emulator): Promise<NodeProcess> {
    return startGateway(emulator.url, { ...this.options.env, ...extra }, this.options.nodeArgs);
  }

  /** Turns Device Farm's published quota (10 TPS, burst 50) on in the emulator. */
  quotaOn(emulator = this.emulator): void {
    emulator.setQuotas('published');
  }

  quotaOff(emulator = this.emulator): void {
    emulator.clearQuotas();
  }

  /** One request, timed, with the upstream calls it caused (the log is cleared first). */
  async measure(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Measured> {
    const { ms, calls, value: answer } = await this.measureWork(() => post(url, query, variables));
    return { ms, calls, answer };
  }

  /** Any work, timed, with the upstream calls it caused. */
  async measureWork<T>(work: () => Promise<T>): Promise<{ ms: number; calls: RequestLogEntry[]; value: T }> {
    this.emulator.clearRequests();
    const started = performance.now();
    const value = await work();
    return { ms: performance.now() - started, calls: [...this.emulator.requests], value };
  }
}

export interface Measured {
  ms: number;
  calls: RequestLogEntry[];
  answer: GraphQLAnswer;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
