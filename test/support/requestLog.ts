// What the emulator's request log proves about concurrency, without reading a clock in the test:
// a request that started after another had ended may have waited for it; one that started before
// the other ended cannot have. So the log bounds how many calls ran one after the other.
import type { RequestLogEntry } from '../../src/emulator/index.js';

type Interval = Pick<RequestLogEntry, 'startedAt' | 'endedAt'>;

/**
 * The longest chain of requests each of which started after the previous one had ended. Calls
 * made all at once give 1; calls made one after the other give their number.
 */
export function dependencyDepth(requests: readonly Interval[]): number {
  const byStart = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  const depth: number[] = [];
  byStart.forEach((request, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) if (byStart[j]!.endedAt <= request.startedAt) before = Math.max(before, depth[j]!);
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}
