import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { estimateBytes } from '../../src/upstream/answerSize.js';

const session = (i: number) => ({
  arn: `arn:aws:devicefarm:us-west-2:123456789012:session:project/run/${String(i).padStart(5, '0')}`,
  name: `session ${i}${'x'.repeat(i % 7)}`,
  created: new Date(1_764_496_800_000 - i * 60_000),
  status: i % 3 === 0 ? 'COMPLETED' : 'RUNNING',
  device: { name: 'Pixel 7', platform: 'ANDROID', os: '14', resolution: { width: 1080, height: 2400 } },
});

describe('the upstream cache sizes an answer', () => {
  it('exactly when it is not a page, or a short one', () => {
    for (const value of [null, 'text', { arn: 'a', status: 'RUNNING' }, { items: [session(1), session(2)], nextToken: 't' }]) {
      expect(estimateBytes(value)).toBe(serialize(value).byteLength);
    }
  });

  it('from a sample of a long page of one kind of record, within 2 % of its serialized size', () => {
    const page = { items: Array.from({ length: 100 }, (_, i) => session(i)), nextToken: 'next' };
    const exact = serialize(page).byteLength;
    expect(Math.abs(estimateBytes(page) - exact) / exact).toBeLessThan(0.02);
  });
});
