// Start-up (loading some 500 modules, building the schema, the emulator's world when embedded)
// leaves tens of MB of garbage in the old generation, close to V8's first limit for it. Node
// collects nothing while idle, so the first requests used to pay for it: a major collection of
// about 45 ms (15 ms of pause, 30 ms of marking steps) inside a fresh gateway's first walk of the
// feed. Collected once before the port opens, the cost stays with start-up, which made it.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full collection. `gc` exists only with --expose-gc: the flag set at run time exposes it to
 * contexts made afterwards (as jest's leak detector does), and is unset again at once, so nothing
 * else ever sees it and the operator's command line needs no V8 flag. Answers the heap left in use, in MB.
 */
export function collectStartupGarbage(): number {
  setFlagsFromString('--expose-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return Math.round(getHeapStatistics().used_heap_size / 2 ** 20);
}
