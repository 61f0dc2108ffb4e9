import { describe, expect, it } from 'vitest';
import { stableKey } from '../../src/upstream/key.js';

describe('stableKey', () => {
  it('is the same whatever the property order, leaves undefined properties out, and keeps list order', () => {
    expect(stableKey({ b: [1, { y: null, x: 'a' }], a: undefined, c: {} })).toBe('{"b":[1,{"x":"a","y":null}],"c":{}}');
    expect(stableKey({ c: {}, b: [1, { x: 'a', y: null }] })).toBe(stableKey({ b: [1, { y: null, x: 'a' }], c: {} }));
    expect(stableKey([2, 1])).not.toBe(stableKey([1, 2]));
    expect(stableKey([[], [[]], undefined, new Date(0)])).toBe('[[],[[]],null,"1970-01-01T00:00:00.000Z"]');
  });

  it('keys any nesting without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { v: deep };
    expect(stableKey(deep)).toHaveLength(400_006);
  });
});
