import { describe, expect, it } from 'vitest';
import { decodeGlobalId, decodeParts, encodeGlobalId, encodeParts } from '../../src/graph/globalId.js';

describe('global IDs', () => {
  it('round-trips composite IDs', () => {
    const id = encodeGlobalId('DevEnvironmentSession', encodeParts(['space', 'proj', 'uuid', 'sess:1']));
    const decoded = decodeGlobalId(id);
    expect(decoded.typename).toBe('DevEnvironmentSession');
    expect(decodeParts('DevEnvironmentSession', decoded.id, 4)).toEqual(['space', 'proj', 'uuid', 'sess:1']);
  });

  it.each(['', '!!!!', 'bm90aGluZw', Buffer.from(':x').toString('base64'), Buffer.from('1a:x').toString('base64')])(
    'rejects malformed ID %j as BAD_USER_INPUT',
    (id) => expect(() => decodeGlobalId(id)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' })),
  );

  it('rejects forged local IDs', () => {
    expect(() => decodeParts('StreamingSession', '["only-one"]', 2)).toThrow(/not a valid StreamingSession ID/);
    expect(() => decodeParts('StreamingSession', '{"a":1}', 2)).toThrow(/not a valid StreamingSession ID/);
    expect(() => decodeParts('StreamingSession', '["a",""]', 2)).toThrow(/not a valid StreamingSession ID/);
  });
});
