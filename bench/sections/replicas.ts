// Two gateway replicas sharing one Redis (REDIS_URL) under the load section's load, split
// between them as a load balancer would: Device Farm's call rate across both.
import type { Bench } from '../context.js';
import { DASHBOARD, errorCodes, post } from '../graphql.js';
import { describeErrors, runLoad } from '../load.js';
import { startRedis } from '../redis.js';
import { num, printTable } from '../table.js';
import { between, ofService, peakPerSecond, throttled } from '../upstreamLog.js';
import { deviceFarmTable } from './deviceFarm.js';

export async function replicas(bench: Bench): Promise<void> {
  const redis = await startRedis();
  if (!redis) {
    console.log('\n== two replicas on one Redis\nskipped: redis-server is not installed (apt-get install redis-server).');
    return;
  }
  const { connections, duration, warmup } = bench.options;
  bench.quotaOn();
  const gateways = [];
  try {
    for (let i = 0; i < 2; i++) gateways.push(await bench.gateway({ REDIS_URL: redis.url }));
    for (const gateway of gateways) {
      const warmup = await post(gateway.url, DASHBOARD);
      if (errorCodes(warmup)) throw new Error(`The warm-up request failed: ${errorCodes(warmup)}`);
    }
    const share = Math.ceil(connections / gateways.length);
    const results = await Promise.all(gateways.map((g) => runLoad(g, DASHBOARD, { connections: share, seconds: duration, warmupSeconds: warmup })));
    const from = Math.min(...results.map((r) => r.startedAt));
    const to = Math.max(...results.map((r) => r.endedAt));
    const deviceFarm = ofService(between(bench.emulator.requests, from, to), 'deviceFarm');
    const rate = { peak: peakPerSecond(deviceFarm), sustained: deviceFarm.length / ((to - from) / 1000), throttled: throttled(deviceFarm) };
    const throttledAnswers = results.reduce((n, r) => n + (r.errorCodes.get('UPSTREAM_THROTTLED') ?? 0), 0);
    const one = bench.results.oneReplica;
    printTable(
      `two replicas on one Redis, ${share} connections each, ${duration} s (one replica: section load)`,
      ['', 'replica 1', 'replica 2', 'together', 'one replica'],
      [
        ['requests/s', ...results.map((r) => num(r.requestsPerSecond)), num(results.reduce((n, r) => n + r.requestsPerSecond, 0)), num(one?.requestsPerSecond)],
        ['p99 latency', ...results.map((r) => num(r.p99, 'ms')), '', ''],
        ['CPU of the replica (% of one core)', ...results.map((r) => num(r.serverCpu, '%')), '', ''],
        ['answers with GraphQL errors', ...results.map((r) => describeErrors(r.errorCodes)), '', ''],
      ],
      'no target of its own: Device Farm across both replicas is judged below',
    );
    deviceFarmTable(
      'Device Farm across both replicas (emulator quota on: 10 TPS, burst 50)',
      { ...rate, throttledAnswers },
      one ? `One replica (section load): peak ${one.dfPeak}, ${num(one.dfSustained)}/s` : '',
    );
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
    bench.quotaOff();
    await redis.stop();
  }
}
