import { describe, expect, it } from 'vitest';
import { boundMessage } from '../../src/untrusted.js';

describe('boundMessage', () => {
  it('describes a long echoed input by its length, quoted or not', () => {
    const long = 'x'.repeat(5000);
    expect(boundMessage(`DateTime cannot represent an invalid date-time-string ${long}.`)).toBe('DateTime cannot represent an invalid date-time-string (5001 characters)');
    expect(boundMessage(`Variable "$v" got invalid value { ${long}: 1 }`)).toBe('Variable "$v" got invalid value { (5001 characters) 1 }');
    expect(boundMessage(`Expected "${long}"`)).toBe('Expected (5000 characters)');
  });

  it('keeps an ordinary message as it is, escaping control characters', () => {
    const message = 'Cannot query field "nope" on type "Query". Did you mean "node" or "nodes"?';
    expect(boundMessage(message)).toBe(message);
    expect(boundMessage('a\nb')).toBe('a\\nb');
  });

  it('cuts a long message of short words at 1,000 characters', () => {
    expect(boundMessage('word '.repeat(1000))).toHaveLength(1000);
  });
});
