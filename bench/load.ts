// Closed-loop load with autocannon: N connections, each sending the next request as soon as the
// previous answer is in, for a fixed time. The gateway and the bare yoga are measured alike: the
// same load first runs unmeasured for a warm-up (code running for the first time, sockets opened),
// then for the measured seconds; the warm-up's own p99 is reported apart. autocannon runs in a
// process of its own (`bench/loadProcess.ts`), as a real client would, so the emulator's work in
// this process never delays its reading of an answer.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { NodeProcess } from './processes.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers that were not HTTP 200, plus connection errors and timeouts (warm-up included). */
  failed: number;
  /** HTTP 200 answers with GraphQL errors, by code (e.g. UPSTREAM_THROTTLED). */
  errorCodes: Map<string, number>;
  /**
   * Share of one core used by the server, by the load generator, and by this process (the
   * emulator): if the load generator is near 100 %, it, not the server, set the pace.
   */
  serverCpu: number | undefined;
  loadCpu: number;
  benchCpu: number;
  /** The warm-up's p99 (a fresh process under the same load), when there was one. */
  warmupP99: number | undefined;
  /** performance.now() at the start (of the warm-up), of the measured seconds, and at the end, to find the load's upstream calls in the log. */
  startedAt: number;
  measuredFrom: number;
  endedAt: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** What bench/loadProcess.ts is asked to do, and what it answers. */
export interface LoadJob extends LoadOptions {
  url: string;
  query: string;
}
interface Run {
  requests: number;
  duration: number;
  p50: number;
  p99: number;
  failed: number;
}
export interface LoadProcessResult {
  warmup: Run | undefined;
  measured: Run;
  errorCodes: Record<string, number>;
  cpuMs: number;
}

const SCRIPT = fileURLToPath(new URL('loadProcess.ts', import.meta.url));

export async function runLoad(server: NodeProcess, query: string, options: LoadOptions): Promise<LoadResult> {
  const job: LoadJob = { ...options, url: server.url, query };
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
  // From the load's first request (not the child's start-up), for the upstream calls it caused.
  let startedAt = performance.now();
  let measuredFrom = startedAt;
  let serverCpuBefore: number | undefined;
  let benchCpuBefore = process.cpuUsage();
  let done: LoadProcessResult | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    const message = JSON.parse(line) as { phase: 'started' | 'measuring' } | { phase: 'done'; result: LoadProcessResult };
    if (message.phase === 'started') startedAt = performance.now();
    else if (message.phase === 'measuring') {
      measuredFrom = performance.now();
      serverCpuBefore = server.cpuMs();
      benchCpuBefore = process.cpuUsage();
    } else if (message.phase === 'done') done = message.result;
  }
  if (!done) throw new Error('The load generator (bench/loadProcess.ts) exited without a result.');
  const endedAt = performance.now();
  const serverCpuAfter = server.cpuMs();
  const { user, system } = process.cpuUsage(benchCpuBefore);
  const share = (cpuMs: number) => (100 * cpuMs) / (endedAt - measuredFrom);
  const { measured, warmup } = done;
  // No answer at all has no latency (autocannon would say 0 ms).
  const answered = measured.requests > 0;
  return {
    serverCpu: serverCpuBefore === undefined || serverCpuAfter === undefined ? undefined : share(serverCpuAfter - serverCpuBefore),
    loadCpu: share(done.cpuMs),
    benchCpu: share((user + system) / 1000),
    requestsPerSecond: measured.requests / measured.duration,
    p50: answered ? measured.p50 : NaN,
    p99: answered ? measured.p99 : NaN,
    warmupP99: warmup && warmup.requests > 0 ? warmup.p99 : undefined,
    requests: measured.requests,
    failed: measured.failed + (warmup?.failed ?? 0),
    errorCodes: new Map(Object.entries(done.errorCodes)),
    startedAt,
    measuredFrom,
    endedAt,
  };
}

export const describeErrors = (codes: Map<string, number>) =>
  codes.size === 0 ? 'none' : [...codes].map(([code, n]) => `${code}×${n}`).join(' ');
