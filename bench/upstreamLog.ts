// Figures from the emulator's request log: every upstream call the gateway (or the SDK script) made.
import type { RequestLogEntry, ServiceName } from '../src/emulator/index.js';

/** "ListStreamingSessions×19 ListProjects×2 …", most frequent first. */
export function byOperation(entries: readonly RequestLogEntry[]): string {
  const counts = new Map<string, number>();
  for (const r of entries) counts.set(r.operation, (counts.get(r.operation) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op}×${n}`).join(' ');
}

export const ofService = (entries: readonly RequestLogEntry[], service: ServiceName) => entries.filter((r) => r.service === service);

/** The most calls that started within any one second (a window sliding over the start times). */
export function peakPerSecond(entries: readonly RequestLogEntry[]): number {
  const times = entries.map((r) => r.startedAt).sort((a, b) => a - b);
  let peak = 0;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while ((times[to] as number) - (times[from] as number) >= 1000) from++;
    peak = Math.max(peak, to - from + 1);
  }
  return peak;
}

export const throttled = (entries: readonly RequestLogEntry[]) => entries.filter((r) => r.errorType === 'ThrottlingException').length;

/** The calls that started in [from, to), in the log's clock (performance.now() of this process). */
export const between = (entries: readonly RequestLogEntry[], from: number, to: number) =>
  entries.filter((r) => r.startedAt >= from && r.startedAt < to);

/**
 * Bursts of calls (starts less than `gapMs` apart): under a steady load of one cached query, each
 * burst is the stored answer being recomputed once it expired.
 */
export function bursts(entries: readonly RequestLogEntry[], gapMs = 500): number {
  const times = entries.map((r) => r.startedAt).sort((a, b) => a - b);
  return times.filter((t, i) => i === 0 || t - (times[i - 1] as number) >= gapMs).length;
}
