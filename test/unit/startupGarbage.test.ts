import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectStartupGarbage } from '../../src/ops/startupGarbage.js';

const heapMb = () => getHeapStatistics().used_heap_size / 2 ** 20;

describe('collectStartupGarbage', () => {
  it('collects what nothing holds any more, and leaves no gc function behind', () => {
    // 64 MB that nothing references once dropped, as start-up's module sources and schema builders.
    let garbage: number[][] | undefined = Array.from({ length: 64 }, () => new Array<number>(2 ** 17).fill(1.5));
    const holding = heapMb();
    garbage = undefined;
    const left = collectStartupGarbage();
    expect(garbage).toBeUndefined();
    expect(holding - left).toBeGreaterThanOrEqual(60);
    expect(runInNewContext('typeof gc')).toBe('undefined');
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });
});
