import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { cursorKey, decodeCursor, encodeCursor, fingerprintTag, listFingerprint, signCursor } from '../../src/graph/connections/cursor.js';
import { decodeFeedCursor, encodeFeedCursor } from '../../src/graph/connections/feedCursor.js';

const key = cursorKey('a secret of at least thirty-two characters');
const fp = listFingerprint(key, ['remoteAccessSessions', 'arn:x']);

function rejection(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    return error as GatewayError;
  }
  throw new Error('expected a rejection');
}

/** Rewrites the JSON inside a token cursor, keeping its (now wrong) signature. */
function tamper(cursor: string, edit: (payload: unknown[]) => unknown[]): string {
  const bytes = Buffer.from(cursor, 'base64url');
  const payload = JSON.parse(bytes.subarray(12).toString('utf8')) as unknown[];
  return Buffer.concat([bytes.subarray(0, 12), Buffer.from(JSON.stringify(edit(payload)))]).toString('base64url');
}

describe('cursors', () => {
  it('round-trips a position', () => {
    const position = { token: 'tok/+=', index: 7, id: 'arn:aws:devicefarm:x' };
    expect(decodeCursor(encodeCursor(fp, position), fp)).toEqual(position);
    expect(decodeCursor(encodeCursor(fp, { token: null, index: 0, id: 'a' }), fp)).toEqual({ token: null, index: 0, id: 'a' });
  });

  it('fingerprints differ by arguments and by key; the same secret gives the same fingerprint', () => {
    expect(listFingerprint(key, ['a', { x: 1 }])).not.toBe(listFingerprint(key, ['a', { x: 2 }]));
    expect(listFingerprint(cursorKey('another secret, also thirty-two characters'), ['a'])).not.toBe(listFingerprint(key, ['a']));
    expect(listFingerprint(cursorKey('a secret of at least thirty-two characters'), ['a'])).toBe(listFingerprint(key, ['a']));
    expect(listFingerprint(cursorKey(), ['a'])).not.toBe(listFingerprint(cursorKey(), ['a']));
  });

  it('rejects garbage, damaged and foreign cursors with BAD_USER_INPUT', () => {
    for (const bad of ['', 'not-a-cursor', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      const error = rejection(() => decodeCursor(bad, fp));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/not a cursor this gateway issued/);
    }
    const foreign = encodeCursor(listFingerprint(key, ['other']), { token: null, index: 0, id: 'a' });
    expect(rejection(() => decodeCursor(foreign, fp)).message).toMatch(/different list/);
    const damaged = signCursor(fp, Buffer.from(JSON.stringify(['c2', fingerprintTag(fp), 'tok', -2, 'a'])));
    expect(rejection(() => decodeCursor(damaged, fp)).message).toMatch(/damaged/);
    const hugeToken = signCursor(fp, Buffer.from(JSON.stringify(['c2', fingerprintTag(fp), 'x'.repeat(10_001), 0, 'a'])));
    expect(rejection(() => decodeCursor(hugeToken, fp)).code).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor whose page token, index or ID was changed, or that another secret signed', () => {
    const cursor = encodeCursor(fp, { token: 'aws-token', index: 3, id: 'a' });
    for (const forged of [
      tamper(cursor, ([v, tag, , index, id]) => [v, tag, 'forged-token', index, id]),
      tamper(cursor, ([v, tag, token, , id]) => [v, tag, token, 4, id]),
      encodeCursor(listFingerprint(cursorKey(), ['remoteAccessSessions', 'arn:x']), { token: 'aws-token', index: 3, id: 'a' }),
    ]) {
      const error = rejection(() => decodeCursor(forged, fp));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/altered, or issued by a gateway with another CURSOR_SECRET/);
    }
  });
});

describe('feed cursors', () => {
  const feedFp = listFingerprint(key, ['sessions', {}]);
  const position = { 'deviceFarm:arn:p1': { t: 'aws-token', i: 2, d: 'abc', h: 1_700_000_000_000 }, 'nimble:stid-1': null };

  it('round-trip, compressed and signed', () => {
    const cursor = encodeFeedCursor(feedFp, position);
    expect(decodeFeedCursor(cursor, feedFp)).toEqual(position);
  });

  it('reject a forged page token, before it could reach AWS', () => {
    const cursor = encodeFeedCursor(feedFp, position);
    const mac = Buffer.from(cursor, 'base64url').subarray(0, 12);
    const forgedPosition = { ...position, 'deviceFarm:arn:p1': { t: 'forged-token', i: 2, d: 'abc' } };
    const forged = Buffer.concat([mac, deflateRawSync(JSON.stringify(['f2', fingerprintTag(feedFp), forgedPosition]))]).toString('base64url');
    const error = rejection(() => decodeFeedCursor(forged, feedFp));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/altered/);
  });
});
