// Closed-loop load with autocannon: N connections, each sending the next request as soon as the
// previous answer is in, for a fixed time. The gateway and the bare yoga are measured alike.
import autocannon from 'autocannon';
import type { NodeProcess } from './processes.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers that were not HTTP 200, plus connection errors and timeouts. */
  failed: number;
  /** HTTP 200 answers with GraphQL errors, by code (e.g. UPSTREAM_THROTTLED). */
  errorCodes: Map<string, number>;
  /**
   * Share of one core used by the server, and by this process (the emulator and the load
   * generator): if this process is near 100 %, the harness, not the server, set the pace.
   */
  serverCpu: number | undefined;
  benchCpu: number;
  /** performance.now() at the start and end, to find the load's upstream calls in the log. */
  startedAt: number;
  endedAt: number;
}

export async function runLoad(server: NodeProcess, query: string, options: { connections: number; seconds: number }): Promise<LoadResult> {
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
  const startedAt = performance.now();
  const serverCpuBefore = server.cpuMs();
  const benchCpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: server.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), onResponse }],
  });
  const endedAt = performance.now();
  const serverCpuAfter = server.cpuMs();
  const { user, system } = process.cpuUsage(benchCpuBefore);
  const share = (cpuMs: number) => (100 * cpuMs) / (endedAt - startedAt);
  // No answer at all has no latency (autocannon would say 0 ms).
  const answered = result.requests.total > 0;
  return {
    serverCpu: serverCpuBefore === undefined || serverCpuAfter === undefined ? undefined : share(serverCpuAfter - serverCpuBefore),
    benchCpu: share((user + system) / 1000),
    requestsPerSecond: result.requests.total / result.duration,
    p50: answered ? result.latency.p50 : NaN,
    p99: answered ? result.latency.p99 : NaN,
    requests: result.requests.total,
    failed: result.non2xx + result.errors,
    errorCodes,
    startedAt,
    endedAt,
  };
}

export const describeErrors = (codes: Map<string, number>) =>
  codes.size === 0 ? 'none' : [...codes].map(([code, n]) => `${code}×${n}`).join(' ');
