// The dashboard's first page, cold (fresh process) and warm, against the SDK script reading one
// page of every scope in parallel.
import { median, type Bench } from '../context.js';
import { DASHBOARD, errorCodes } from '../graphql.js';
import { createSdkScript } from '../sdkScript.js';
import { num, printTable, ratio } from '../table.js';

const WARM_RUNS = 5;

export async function firstPage(bench: Bench): Promise<void> {
  const gateway = await bench.gateway();
  let cold, warm;
  try {
    cold = await bench.measure(gateway.url, DASHBOARD);
    warm = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await bench.measure(gateway.url, DASHBOARD));
  } finally {
    await gateway.stop();
  }
  const failed = [cold, ...warm].map((m) => errorCodes(m.answer)).find(Boolean);

  const sdk = createSdkScript(bench.emulator.url);
  const sdkCold = await bench.measureWork(async () => sdk.firstPages(await sdk.discover()));
  const scopes = await sdk.discover();
  const sdkWarm = [];
  for (let i = 0; i < WARM_RUNS; i++) sdkWarm.push(await bench.measureWork(() => sdk.firstPages(scopes)));
  sdk.destroy();

  const warmMs = median(warm.map((m) => m.ms));
  const warmCalls = median(warm.map((m) => m.calls.length));
  const sdkWarmMs = median(sdkWarm.map((m) => m.ms));
  const sdkWarmCalls = median(sdkWarm.map((m) => m.calls.length));
  printTable(
    'first page of the feed: sessions(first: 20) (the dashboard) vs the SDK script (discovery, then one page of every scope at once)',
    ['', 'gateway', 'SDK script', 'ratio'],
    [
      ['cold: time', num(cold.ms, 'ms'), num(sdkCold.ms, 'ms'), ratio(cold.ms, sdkCold.ms)],
      ['cold: upstream calls', cold.calls.length, sdkCold.calls.length, ratio(cold.calls.length, sdkCold.calls.length)],
      [`warm: time (median of ${WARM_RUNS})`, num(warmMs, 'ms'), num(sdkWarmMs, 'ms'), ratio(warmMs, sdkWarmMs)],
      [`warm: upstream calls (median of ${WARM_RUNS})`, warmCalls, sdkWarmCalls, ratio(warmCalls, sdkWarmCalls)],
    ],
    `no target in issue 7; a warm page costs ${ratio(warmCalls, sdkWarmCalls)} the SDK script's calls in ${ratio(warmMs, sdkWarmMs)} its time` +
      (failed ? `. ERRORS in the gateway's answers: ${failed}` : ''),
  );
}
