// Seeded timestamps hang off one fixed instant, never the wall clock, so a seed always gives
// the same bytes. Changes made while running (a stop) use a virtual clock that starts there.

/** 2026-11-01T00:00:00Z: the newest seeded session is a little older than this. */
export const BASE_TIME = Date.UTC(2026, 10, 1);

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Milliseconds-precise dates: every seeded instant survives epoch-seconds and ISO round trips. */
export function at(ms: number): Date {
  return new Date(Math.round(ms));
}

/** The base instant plus the time the emulator has been running, by its clock (milliseconds). */
export function virtualClock(clock: () => number): () => Date {
  const started = clock();
  return () => at(BASE_TIME + (clock() - started));
}
