import { describe, expect, it } from 'vitest';
import { dependencyDepth } from './requestLog.js';

const call = (startedAt: number, endedAt: number) => ({ startedAt, endedAt });

describe('dependencyDepth', () => {
  it('is 0 without requests and 1 for calls that all overlap', () => {
    expect(dependencyDepth([])).toBe(0);
    expect(dependencyDepth([call(0, 50), call(1, 52), call(40, 90)])).toBe(1);
  });

  it('counts calls made one after the other, in any log order', () => {
    expect(dependencyDepth([call(100, 150), call(0, 50), call(50, 100)])).toBe(3);
  });

  it('is the longest chain, not the number of calls', () => {
    // a → b → c, with d and e alongside: three, although five calls ran.
    expect(dependencyDepth([call(0, 10), call(12, 20), call(25, 30), call(1, 24), call(11, 29)])).toBe(3);
  });
});
