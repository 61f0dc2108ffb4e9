// Warm throughput and latency under concurrent clients, the gateway against a bare yoga serving
// the same payload; Device Farm's call rate during that load (with the emulator enforcing AWS's
// published quota); the gateway's resident memory right after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stableKey } from '../../src/upstream/key.js';
import type { Bench } from '../context.js';
import { DASHBOARD, errorCodes, post } from '../graphql.js';
import { describeErrors, runLoad, type LoadOptions, type LoadResult } from '../load.js';
import { startBareYoga } from '../processes.js';
import { num, printTable, ratio, verdict } from '../table.js';
import { between, bursts, ofService, peakPerSecond, throttled } from '../upstreamLog.js';
import { deviceFarmTable } from './deviceFarm.js';

export async function load(bench: Bench): Promise<void> {
  const { connections, duration, warmup: warmupSeconds } = bench.options;
  bench.quotaOn();
  const gateway = await bench.gateway();
  let result: LoadResult;
  let payload: unknown;
  let gatewayRss: number | undefined;
  try {
    // One request first: its answer is the payload the bare yoga serves.
    const first = await post(gateway.url, DASHBOARD);
    if (!first.data || errorCodes(first)) throw new Error(`The first request failed: ${errorCodes(first) || 'no data'}`);
    payload = first.data;
    result = await runLoad(gateway, DASHBOARD, { connections, seconds: duration, warmupSeconds });
    bench.results.rssAfterLoadMb = gateway.rssMb();
    gatewayRss = bench.results.rssAfterLoadMb;
  } finally {
    await gateway.stop();
    bench.quotaOff();
  }
  const deviceFarm = ofService(between(bench.emulator.requests, result.startedAt, result.endedAt), 'deviceFarm');
  const seconds = (result.endedAt - result.startedAt) / 1000;
  const df = { peak: peakPerSecond(deviceFarm), sustained: deviceFarm.length / seconds, throttled: throttled(deviceFarm) };
  bench.results.oneReplica = { dfPeak: df.peak, dfSustained: df.sustained, requestsPerSecond: result.requestsPerSecond };

  const bare = await bareYoga(payload, DASHBOARD, { connections, seconds: duration, warmupSeconds });
  printTable(
    `warm throughput: sessions(first: 20), ${connections} connections, ${duration} s each after ${warmupSeconds} s of the same load, gateway vs a bare yoga serving the same payload`,
    ['', 'gateway', 'bare yoga', 'ratio'],
    [
      ['requests/s', num(result.requestsPerSecond), num(bare.requestsPerSecond), ratio(result.requestsPerSecond, bare.requestsPerSecond)],
      ['p50 latency', num(result.p50, 'ms'), num(bare.p50, 'ms'), ratio(result.p50, bare.p50)],
      ['p99 latency', num(result.p99, 'ms'), num(bare.p99, 'ms'), ratio(result.p99, bare.p99)],
      ['p99 latency during the warm-up (fresh process)', num(result.warmupP99, 'ms'), num(bare.warmupP99, 'ms'), ratio(result.warmupP99, bare.warmupP99)],
      ['stored answer recomputed (bursts of upstream calls)', bursts(between(bench.emulator.requests, result.measuredFrom, result.endedAt)), 0, ''],
      ['requests', result.requests, bare.requests, ratio(result.requests, bare.requests)],
      ['CPU of the server (% of one core)', num(result.serverCpu, '%'), num(bare.serverCpu, '%'), ''],
      ['CPU of the load generator', num(result.loadCpu, '%'), num(bare.loadCpu, '%'), ''],
      ['CPU of the emulator (this process)', num(result.benchCpu, '%'), num(bare.benchCpu, '%'), ''],
      ['RSS after the load', num(gatewayRss, 'MB'), num(bare.rssMb, 'MB'), ratio(gatewayRss, bare.rssMb)],
      ['failed (not 200, or no answer)', result.failed, bare.failed, ''],
      ['answers with GraphQL errors', describeErrors(result.errorCodes), describeErrors(bare.errorCodes), ''],
    ],
    verdict([
      [result.requestsPerSecond / bare.requestsPerSecond >= 0.5, `throughput ${ratio(result.requestsPerSecond, bare.requestsPerSecond)} (target ≥ ×0.5)`],
      [result.p99 < 100, `p99 ${num(result.p99, 'ms')} (target < 100 ms)`],
    ]),
  );
  deviceFarmTable(
    'Device Farm during that load (one gateway; emulator quota on: 10 TPS, burst 50)',
    { ...df, throttledAnswers: result.errorCodes.get('UPSTREAM_THROTTLED') ?? 0 },
  );
}

/** The reference: the same load against a bare yoga answering with `payload`. */
async function bareYoga(payload: unknown, query: string, options: LoadOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-payload-'));
  const file = join(dir, 'payload.json');
  writeFileSync(file, JSON.stringify(payload));
  const yoga = await startBareYoga(file);
  try {
    const check = await post(yoga.url, query);
    // Compared without key order: the same data is what matters, not the order fields were written in.
    if (stableKey(check.data) !== stableKey(payload)) throw new Error(`The bare yoga does not serve the captured payload: ${errorCodes(check) || 'different data'}`);
    const result = await runLoad(yoga, query, options);
    return { ...result, rssMb: yoga.rssMb() };
  } finally {
    await yoga.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
