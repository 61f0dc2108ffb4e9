// The whole feed: the gateway walked with first: 100, against the SDK script listing every page of
// every scope (the scopes in parallel), discovery included on both sides. Compared like with like,
// TURNS times taking turns: a fresh gateway with the script run as a fresh process (code running
// for the first time on both sides), then the same gateway once its caches expired with the script
// run again in this process (code compiled on both sides), the benchmark's own side (emulator,
// client) warm for all of them. The script reads the APIs' default page sizes (as scripts are
// usually written; the verdict compares with these) and, for information, the largest pages the
// APIs allow (the fewest calls possible).
import { median, type Bench } from '../context.js';
import { runSdkScriptProcess, type NodeProcess } from '../processes.js';
import { createSdkScript } from '../sdkScript.js';
import { num, printTable, ratio, verdict } from '../table.js';
import { walkFeed } from '../walk.js';
import { dependencyDepth } from '../../test/support/requestLog.js';
import type { RequestLogEntry } from '../../src/emulator/index.js';

/** The gateway's upstream cache TTL in this run (its default unless the bench's environment sets one). */
const cacheTtlMs = (bench: Bench) => Number(bench.options.env.UPSTREAM_CACHE_TTL_MS ?? process.env.UPSTREAM_CACHE_TTL_MS ?? 5000);

/**
 * A fresh process's walk is one sample of code running for the first time, and on a 2-core machine
 * shared with other jobs one sample of either side moved the ratio from ×1.14 to ×1.51 between
 * runs (and a barely warm one from ×0.93 to ×1.29). So the sides take turns, TURNS times, and the
 * verdict compares medians.
 */
const TURNS = 5;

type Timed = Awaited<ReturnType<typeof timedWalk>>;
interface Listed {
  ms: number;
  calls: RequestLogEntry[];
  sessions: number;
}
interface Turn {
  /** A fresh gateway's walk, then the same gateway's once its caches expired. */
  fresh: Timed;
  warm: Timed;
  /** The script as a fresh process (timed from inside, once its modules are loaded), then in this process. */
  script: Listed;
  plain: Listed;
}

export async function walk(bench: Bench): Promise<void> {
  await warmBenchSide(bench);
  const turns: Turn[] = [];
  let cached: Timed | undefined;
  for (let i = 0; i < TURNS; i++) {
    const gateway = await bench.gateway();
    let fresh, warm;
    try {
      fresh = await timedWalk(bench, gateway);
      // Once every cached page and response has expired: what a gateway that has served for a
      // while does (discovery, which it refreshes in the background, is not waited for).
      await new Promise((resolve) => setTimeout(resolve, 2 * cacheTtlMs(bench) + 500));
      warm = await timedWalk(bench, gateway);
      // At once again, every upstream page still cached: what is left is the gateway's own work per
      // page (HTTP, GraphQL, the merge), the floor under any walk, whatever the upstream latency.
      if (i === 0) cached = await timedWalk(bench, gateway);
    } finally {
      await gateway.stop();
    }
    const script = await bench.measureWork(() => runSdkScriptProcess(bench.emulator.url, 'default'));
    // In this process: its first run (in warmBenchSide) compiled the script's code.
    const plain = await listing(bench, 'default');
    turns.push({
      fresh,
      warm,
      script: { ms: script.value.ms, calls: script.calls, sessions: script.value.sessions },
      plain: { ms: plain.ms, calls: plain.calls, sessions: plain.value },
    });
  }
  const best = await listing(bench, 'largest');
  const steady = await steadyWalks(bench);

  const [first] = turns as [Turn];
  const med = (pick: (turn: Turn) => number | undefined) => {
    const values = turns.map(pick);
    return values.includes(undefined) ? undefined : median(values as number[]);
  };
  const most = (pick: (turn: Turn) => number) => Math.max(...turns.map(pick));
  const each = (gateway: (turn: Turn) => number, script: (turn: Turn) => number) => turns.map((t) => `${num(gateway(t))}, ${num(script(t))}`).join('; ');
  const fresh = { gateway: med((t) => t.fresh.result.ms) as number, script: med((t) => t.script.ms) as number };
  const warm = { gateway: med((t) => t.warm.result.ms) as number, script: med((t) => t.plain.ms) as number };
  const calls = { fresh: most((t) => t.fresh.result.calls.length), warm: most((t) => t.warm.result.calls.length), script: most((t) => t.script.calls.length), plain: most((t) => t.plain.calls.length) };
  const sessions = first.script.sessions;
  const everySessionOnce = turns.every((t) =>
    [t.fresh.result.value.sessions, t.warm.result.value.sessions, t.script.sessions, t.plain.sessions].every((n) => n === sessions),
  );
  const errors = turns.map((t) => t.fresh.result.value.errors || t.warm.result.value.errors).find(Boolean) || cached?.result.value.errors;

  const row = (what: string, gw: number | undefined, sdk: number, fewest?: number, unit = '') =>
    [what, num(gw, unit), num(sdk, unit), ratio(gw, sdk), fewest === undefined ? '' : num(fewest, unit), fewest === undefined ? '' : ratio(gw, fewest)];
  const info = (what: string, value: string) => [what, value, '', '', '', ''];
  // Rounds: the longest chain of calls each started after the previous one ended (noise-free).
  const rounds = dependencyDepth;
  printTable(
    `full feed walk (first: 100, ${first.fresh.result.value.requests} requests) vs the SDK script listing every scope`,
    ['', 'gateway', 'SDK script', 'ratio', 'SDK, largest pages', 'ratio'],
    [
      row(`fresh processes: time, median of ${TURNS} turns`, fresh.gateway, fresh.script, undefined, 'ms'),
      info('  each turn: gateway, script (ms)', each((t) => t.fresh.result.ms, (t) => t.script.ms)),
      row('  upstream calls (the most of any turn)', calls.fresh, calls.script),
      row('  upstream rounds, one after the other (first turn)', rounds(first.fresh.result.calls), rounds(first.script.calls)),
      row('  sessions (the same on every side and turn)', first.fresh.result.value.sessions, sessions),
      info('  gateway CPU during the walk, all threads (median)', num(med((t) => t.fresh.cpuMs), 'ms')),
      info('  its main thread (median)', num(med((t) => t.fresh.mainCpuMs), 'ms')),
      row(`warm processes (gateway caches expired): time, median of ${TURNS} turns`, warm.gateway, warm.script, best.ms, 'ms'),
      info('  each turn: gateway, script (ms)', each((t) => t.warm.result.ms, (t) => t.plain.ms)),
      row('  upstream calls (the gateway\'s discovery still fresh)', calls.warm, calls.plain, best.calls.length),
      row('  upstream rounds, one after the other (first turn)', rounds(first.warm.result.calls), rounds(first.plain.calls), rounds(best.calls)),
      info('  gateway CPU during the walk (median)', num(med((t) => t.warm.cpuMs), 'ms')),
      row(`served a while: time, median of the last ${STEADY_MEASURED} of ${STEADY_WALKS} walks each`, steady.gateway, steady.script, undefined, 'ms'),
      info('the same at once, every upstream page cached: time', num(cached?.result.ms, 'ms')),
      info('  upstream calls', num(cached?.result.calls.length)),
      info('  gateway CPU during the walk', num(cached?.cpuMs, 'ms')),
    ],
    verdict(
      [
        [calls.fresh <= calls.script, `calls ${ratio(calls.fresh, calls.script)} (target ≤ ×1.0)`],
        [fresh.gateway <= 1.1 * fresh.script, `time, fresh processes ${ratio(fresh.gateway, fresh.script)} (target ≤ ×1.1)`],
        [warm.gateway <= 1.1 * warm.script, `time, warm processes ${ratio(warm.gateway, warm.script)} (target ≤ ×1.1)`],
        [everySessionOnce, 'every session once'],
      ],
      errors ? `ERRORS in the walk: ${errors}` : '',
    ),
  );
}

/** The script's listing in this process, timed, with its calls. */
async function listing(bench: Bench, size: 'default' | 'largest') {
  const sdk = createSdkScript(bench.emulator.url);
  const listed = await bench.measureWork(async () => sdk.listAll(await sdk.discover(), size));
  sdk.destroy();
  return listed;
}

/** The walk, timed, with the gateway's CPU during it: all its threads, and its main thread (the one that answers requests). */
async function timedWalk(bench: Bench, gateway: NodeProcess) {
  const cpuBefore = gateway.cpuMs();
  const mainBefore = gateway.mainThreadCpuMs();
  const result = await bench.measureWork(() => walkFeed(gateway.url, 100));
  const cpuAfter = gateway.cpuMs();
  const mainAfter = gateway.mainThreadCpuMs();
  return {
    result,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    mainCpuMs: mainBefore === undefined || mainAfter === undefined ? undefined : mainAfter - mainBefore,
  };
}

/**
 * The benchmark's own side (the emulator, and the GraphQL client that walks the feed) runs in this
 * process: its code is warmed before either fresh process is timed, so both face the same warm
 * emulator and the fresh processes' own code is the only code running for the first time. Without
 * it the fresh gateway's walk was the emulator's first traffic while the script's came after it:
 * 666 ms against 416 to 478 ms for the same fresh gateway once the emulator was warm.
 */
async function warmBenchSide(bench: Bench): Promise<void> {
  await listing(bench, 'default');
  const throwaway = await bench.gateway();
  try {
    await walkFeed(throwaway.url, 100);
  } finally {
    await throwaway.stop();
  }
}

const STEADY_WALKS = 12;
const STEADY_MEASURED = 8;
/** Short enough for every cached page to expire between walks, long enough to outlast one. */
const STEADY_TTL_MS = 1000;

/**
 * For information: a gateway that has served a while (its code optimized by V8) against the
 * script run as often in this process, taking turns, every upstream page expired before each walk.
 * The gateway's cache TTL is shortened for it (the walk itself is shorter than the TTL either way).
 */
async function steadyWalks(bench: Bench): Promise<{ gateway: number; script: number }> {
  const gateway = await bench.gateway({ UPSTREAM_CACHE_TTL_MS: String(STEADY_TTL_MS) });
  const sdk = createSdkScript(bench.emulator.url);
  const times = { gateway: [] as number[], script: [] as number[] };
  try {
    for (let i = 0; i < STEADY_WALKS; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2 * STEADY_TTL_MS + 100));
      let started = performance.now();
      await walkFeed(gateway.url, 100);
      times.gateway.push(performance.now() - started);
      started = performance.now();
      await sdk.listAll(await sdk.discover(), 'default');
      times.script.push(performance.now() - started);
    }
  } finally {
    sdk.destroy();
    await gateway.stop();
  }
  const measured = (values: number[]) => median(values.slice(STEADY_WALKS - STEADY_MEASURED));
  return { gateway: measured(times.gateway), script: measured(times.script) };
}
