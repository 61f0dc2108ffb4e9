// Time units, and exact dates. Seeded timestamps hang off the world's start (see ../world.ts),
// never the wall clock directly, so a seed and a start instant always give the same bytes.

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The start instant tests use: the seeded history ends at 2026-11-01T00:00:00Z. */
export const FIXED_START = Date.UTC(2026, 10, 1);

/** Milliseconds-precise dates: every seeded instant survives epoch-seconds and ISO round trips. */
export function at(ms: number): Date {
  return new Date(Math.round(ms));
}
