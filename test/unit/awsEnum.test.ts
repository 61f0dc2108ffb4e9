import { describe, expect, it, vi } from 'vitest';
import { awsEnum } from '../../src/graph/awsShapes.js';

describe('awsEnum', () => {
  it('passes known values, and serves a value AWS added later as null, warning once', () => {
    const { known } = awsEnum('TestOnlyColour', 'A colour.', { RED: 'Red.', BLUE: 'Blue.' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(known('RED')).toBe('RED');
    expect(known(undefined)).toBeNull();
    expect(known('GREEN')).toBeNull();
    expect(known('GREEN')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('TestOnlyColour value "GREEN"');
    warn.mockRestore();
  });
});
