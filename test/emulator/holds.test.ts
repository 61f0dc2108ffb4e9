// The hold knob on its own: calls that match wait until released, and a test can wait for a
// number of them to be held together (proof that they were in flight at once).
import { describe, expect, it } from 'vitest';
import { Holds } from '../../src/emulator/holds.js';

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  // Every promise reaction already queued runs before this resolves.
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('holds', () => {
  it('counts only matching calls, resolves arrivals(n) at the n-th, and releases them all', async () => {
    const holds = new Holds();
    const closing = new AbortController().signal;
    const hold = holds.add({ service: 'nimble', operation: 'ListStreamingSessions' });
    const two = hold.arrivals(2);

    const first = holds.wait('nimble', 'ListStreamingSessions', {}, closing);
    const other = holds.wait('nimble', 'ListStudios', {}, closing);
    expect(await settled(hold.arrived)).toBe(true);
    expect(await settled(other)).toBe(true); // not matched: never held
    expect(await settled(two)).toBe(false);

    const second = holds.wait('nimble', 'ListStreamingSessions', {}, closing);
    expect(await settled(two)).toBe(true);
    expect(await settled(hold.arrivals(2))).toBe(true); // already reached
    expect(await settled(first)).toBe(false);

    hold.release();
    expect(await settled(Promise.all([first, second]))).toBe(true);
    // Released: later calls go straight through and are not counted.
    expect(await settled(holds.wait('nimble', 'ListStreamingSessions', {}, closing))).toBe(true);
    expect(await settled(hold.arrivals(3))).toBe(false);
  });
});
