// The emulator's world clock (epoch milliseconds), apart from the monotonic `clock` that meters
// quotas and times the request log. Seeded data is laid out relative to the world's start, and
// everything that changes later (a stop, the simulation) is a function of the world's time.

export interface World {
  /** The instant the seeded history ends at: the world's time when the emulator started. */
  readonly start: number;
  /** Whether sessions are created, start, run and end on their own as the world's time passes. */
  readonly simulation: boolean;
  /** The world's time now, epoch milliseconds; it never runs backwards. */
  now(): number;
  /** Moves the world forward by `ms` (0 or more); returns the new time. */
  advance(ms: number): number;
}

/**
 * `running`: the world's time follows the monotonic clock (plus every advance), as the real world
 * does. `manual`: it stands still except when advanced, so a test decides when anything happens.
 */
export type WorldClockMode = 'running' | 'manual';

export function createWorld(start: number, mode: WorldClockMode, simulation: boolean, clock: () => number): World {
  const origin = clock();
  let advanced = 0;
  let last = start;
  const now = () => {
    const flowed = mode === 'running' ? Math.max(0, clock() - origin) : 0;
    // A manual monotonic clock may be set back by a test; the world still never runs backwards.
    last = Math.max(last, Math.floor(start + advanced + flowed));
    return last;
  };
  return {
    start,
    simulation,
    now,
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new RangeError(`The clock advances by a number of milliseconds, 0 or more; got ${String(ms)}.`);
      advanced += ms;
      return now();
    },
  };
}
