// The emulator's store is cheap at any size, counted rather than timed: sessions are built on
// demand, so starting builds none and a page builds about a page's worth, however deep it is.
import { describe, expect, it } from 'vitest';
import { encodeToken, pageOf } from '../../src/emulator/paging.js';
import { SessionTable, type SeededSessionKind } from '../../src/emulator/seed/sessionTable.js';
import { ServiceError } from '../../src/emulator/errors.js';
import { createWorld } from '../../src/emulator/world.js';

const TOTAL = 100_000;

function countingTable() {
  const built = { sessions: 0, keys: 0 };
  const kind: SeededSessionKind<{ id: string; owner: string }> = {
    key: (scope, index) => (built.keys++, `${scope}/${index}`),
    make: (scope, index) => (built.sessions++, { id: `${scope}/${index}`, owner: index % 7 === 0 ? 'ana' : 'ben' }),
    fresh: (scope, stream) => ({ id: `${scope}/new-${stream}`, owner: 'ana' }),
    id: (session) => session.id,
    plan: () => [],
    birthGap: 60_000,
  };
  const world = createWorld(Date.UTC(2026, 10, 1), 'manual', false, () => 0);
  return { table: new SessionTable(['a', 'b'], [TOTAL - 1, 1], kind, world, 1), built };
}

const invalid = (message: string) => new ServiceError('ValidationException', 400, message);

describe('the emulator store at 100,000 sessions', () => {
  it('builds no session up front, only the lookup keys', () => {
    const { built } = countingTable();
    expect(built).toEqual({ sessions: 0, keys: TOTAL });
  });

  it('builds one page and one look-ahead per page, however deep the page', () => {
    const { table, built } = countingTable();
    for (const position of [0, 25, 90_000]) {
      built.sessions = 0;
      // A token holds the positions left after its page.
      const token = position === 0 ? undefined : encodeToken(TOTAL - 1 - position, 'p');
      const page = pageOf(table.source('a'), { token, print: 'p', size: 25, invalid });
      expect(page.items.map((s) => s.id)).toEqual(Array.from({ length: 25 }, (_, i) => `0/${position + i}`));
      expect(built.sessions).toBe(26);
    }
  });

  it('a scan-then-filter page reads exactly one window', () => {
    const { table, built } = countingTable();
    const page = pageOf(table.source('a'), { token: undefined, print: 'p', size: 20, invalid }, 'window', (s) => s.owner === 'ana');
    expect(page.items).toHaveLength(3); // indexes 0, 7 and 14
    expect(page.nextToken).toBeDefined();
    expect(built.sessions).toBe(20);
  });
});
