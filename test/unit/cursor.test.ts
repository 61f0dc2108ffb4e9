import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, listFingerprint } from '../../src/graph/connections/cursor.js';

const fp = listFingerprint(['remoteAccessSessions', 'arn:x']);

function rejection(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a rejection');
}

describe('cursors', () => {
  it('round-trips a position', () => {
    const position = { token: 'tok/+=', index: 7, id: 'arn:aws:devicefarm:x' };
    expect(decodeCursor(encodeCursor(fp, position), fp)).toEqual(position);
    expect(decodeCursor(encodeCursor(fp, { token: null, index: 0, id: 'a' }), fp)).toEqual({ token: null, index: 0, id: 'a' });
  });

  it('fingerprints differ by arguments', () => {
    expect(listFingerprint(['a', { x: 1 }])).not.toBe(listFingerprint(['a', { x: 2 }]));
  });

  it('rejects garbage, damaged and foreign cursors with BAD_USER_INPUT', () => {
    for (const bad of ['', 'not-a-cursor', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      const error = rejection(() => decodeCursor(bad, fp));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/not a cursor this gateway issued/);
    }
    const foreign = encodeCursor(listFingerprint(['other']), { token: null, index: 0, id: 'a' });
    expect(rejection(() => decodeCursor(foreign, fp)).message).toMatch(/different list/);
    const damaged = Buffer.from(JSON.stringify(['c1', fp, 'tok', -2, 'a'])).toString('base64url');
    expect(rejection(() => decodeCursor(damaged, fp)).message).toMatch(/damaged/);
    const hugeToken = Buffer.from(JSON.stringify(['c1', fp, 'x'.repeat(10_001), 0, 'a'])).toString('base64url');
    expect(rejection(() => decodeCursor(hugeToken, fp)).code).toBe('BAD_USER_INPUT');
  });
});
