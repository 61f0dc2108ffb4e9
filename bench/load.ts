// Closed-loop load with autocannon: N connections, each sending the next request as soon as the
// previous answer is in, for a fixed time. The gateway and the bare yoga are measured alike: the
// same load first runs unmeasured for a warm-up (code running for the first time, sockets opened),
// then for the measured seconds; the warm-up's own p99 is reported apart.
import autocannon from 'autocannon';
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
   * Share of one core used by the server, and by this process (the emulator and the load
   * generator): if this process is near 100 %, the harness, not the server, set the pace.
   */
  serverCpu: number | undefined;
  benchCpu: number;
  /** The warm-up's p99 (a fresh process under the same load), when there was one. */
  warmupP99: number | undefined;
  /** performance.now() at the start (of the warm-up) and end, to find the load's upstream calls in the log. */
  startedAt: number;
  endedAt: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export async function runLoad(server: NodeProcess, query: string, options: LoadOptions): Promise<LoadResult> {
  const errorCodes = new Map<string, number>();
  const onResponse = (status: number, body: string) => {
    // Most answers have no errors; only those are parsed.
    if (status !== 200 || !body.includes('"errors"')) return;
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
    for (const e of parsed.errors ?? []) {
      const code = e.extensions?.code ?? 'NO_CODE';
      errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
    }
  };
  const run = (seconds: number) =>
    autocannon({
      url: server.url,
      connections: options.connections,
      duration: seconds,
      timeout: 30,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), onResponse }],
    });
  const startedAt = performance.now();
  const warmup = options.warmupSeconds > 0 ? await run(options.warmupSeconds) : undefined;
  const measuredFrom = performance.now();
  const serverCpuBefore = server.cpuMs();
  const benchCpuBefore = process.cpuUsage();
  const result = await run(options.seconds);
  const endedAt = performance.now();
  const serverCpuAfter = server.cpuMs();
  const { user, system } = process.cpuUsage(benchCpuBefore);
  const share = (cpuMs: number) => (100 * cpuMs) / (endedAt - measuredFrom);
  // No answer at all has no latency (autocannon would say 0 ms).
  const answered = result.requests.total > 0;
  return {
    serverCpu: serverCpuBefore === undefined || serverCpuAfter === undefined ? undefined : share(serverCpuAfter - serverCpuBefore),
    benchCpu: share((user + system) / 1000),
    requestsPerSecond: result.requests.total / result.duration,
    p50: answered ? result.latency.p50 : NaN,
    p99: answered ? result.latency.p99 : NaN,
    warmupP99: warmup && warmup.requests.total > 0 ? warmup.latency.p99 : undefined,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + (warmup ? warmup.non2xx + warmup.errors : 0),
    errorCodes,
    startedAt,
    endedAt,
  };
}

export const describeErrors = (codes: Map<string, number>) =>
  codes.size === 0 ? 'none' : [...codes].map(([code, n]) => `${code}×${n}`).join(' ');
