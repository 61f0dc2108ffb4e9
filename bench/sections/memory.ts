// The gateway's resident memory: idle, after the load section's load, and after a client walked
// a feed of --memory-sessions (100,000) sessions: a second emulator, without added latency (memory
// does not depend on it, and 1,000 pages take long enough).
import { startEmulator } from '../../src/emulator/index.js';
import type { Bench } from '../context.js';
import { num, printTable, ratio, verdict } from '../table.js';
import { walkFeed } from '../walk.js';

const KINDS = 4;
const TARGET_MB = 200;

export async function memory(bench: Bench): Promise<void> {
  const wanted = bench.options.memorySessions;
  const emulator = await startEmulator({ sessionsPerKind: Math.ceil(wanted / KINDS), latencyMs: 0 });
  const gateway = await bench.gateway({}, emulator);
  let idle, walked, afterWalk, ms;
  try {
    idle = gateway.rssMb();
    const started = performance.now();
    walked = await walkFeed(gateway.url, 100);
    ms = performance.now() - started;
    afterWalk = gateway.rssMb();
  } finally {
    await gateway.stop();
    await emulator.close();
  }
  const afterLoad = bench.results.rssAfterLoadMb;
  printTable(
    `gateway resident memory (RSS); the walk: ${walked.sessions} sessions, first: 100, ${walked.requests} requests in ${num(ms / 1000, 's')}`,
    ['', 'RSS', 'target', 'ratio'],
    [
      ['idle, after start-up', num(idle, 'MB'), '', ''],
      ['after the load (section load)', num(afterLoad, 'MB'), `< ${TARGET_MB} MB`, ratio(afterLoad, TARGET_MB)],
      [`after walking ${walked.sessions} sessions`, num(afterWalk, 'MB'), `< ${TARGET_MB} MB`, ratio(afterWalk, TARGET_MB)],
    ],
    verdict(
      [
        [afterLoad === undefined ? undefined : afterLoad < TARGET_MB, `after the load ${num(afterLoad, 'MB')} (target < ${TARGET_MB} MB)`],
        [afterWalk === undefined ? undefined : afterWalk < TARGET_MB, `after the walk ${num(afterWalk, 'MB')} (target < ${TARGET_MB} MB)`],
        [walked.sessions >= wanted, `walked ${walked.sessions} of ≥ ${wanted} sessions`],
      ],
      walked.errors ? `ERRORS in the walk: ${walked.errors}` : '',
    ),
  );
}
