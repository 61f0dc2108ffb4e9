import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { cursorKey, listFingerprint } from '../../src/graph/connections/cursor.js';
import { resolveTokenConnection, type Connection, type TokenList } from '../../src/graph/connections/tokenConnection.js';

// An in-memory list paged like AWS: tokens are offsets, `pages` fixes each page's length
// (0 makes an empty page that still carries a token).
function pagedList(items: string[], pageLengths: number[], maxPageSize?: number) {
  const calls: Array<{ token: string | undefined; size: number | undefined }> = [];
  const starts = pageLengths.reduce<number[]>((acc, n) => [...acc, (acc.at(-1) ?? 0) + n], [0]);
  const list: TokenList<string> = {
    fingerprint: listFingerprint(cursorKey(), ['test']),
    idOf: (s) => s,
    maxPageSize,
    fetchPage: async (token, size) => {
      calls.push({ token, size });
      const page = token === undefined ? 0 : Number(token);
      const start = starts[page] ?? items.length;
      const end = Math.min(size === undefined ? (starts[page + 1] ?? items.length) : start + size, items.length);
      const next = size === undefined ? page + 1 : starts.findIndex((s) => s >= end);
      return { items: items.slice(start, end), nextToken: end < items.length && next > 0 ? String(next) : undefined };
    },
  };
  return { list, calls };
}

async function walk(list: TokenList<string>, first: number) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: Connection<string> = await resolveTokenConnection(list, { first, after });
    seen.push(...page.edges.map((e) => e.node));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

const items = Array.from({ length: 23 }, (_, i) => `s${i}`);

describe('resolveTokenConnection', () => {
  it.each([1, 2, 3, 7, 10, 22, 23, 100])('walks every item exactly once with first=%i, across empty pages', async (first) => {
    const { list } = pagedList(items, [5, 0, 0, 5, 10, 3]);
    expect(await walk(list, first)).toEqual(items);
  });

  it('resumes after any edge, inside a page larger than first', async () => {
    const { list } = pagedList(items, [10, 10, 3]);
    const page = await resolveTokenConnection(list, { first: 10 });
    for (const [i, edge] of page.edges.entries()) {
      const next = await resolveTokenConnection(list, { first: 2, after: edge.cursor });
      expect(next.edges.map((e) => e.node)).toEqual(items.slice(i + 1, i + 3));
    }
  });

  it('reads one page when it holds first + 1 items, and exactly as many pages as needed', async () => {
    const { list, calls } = pagedList(items, [10, 10, 3]);
    const page = await resolveTokenConnection(list, { first: 5 });
    expect(calls).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    calls.length = 0;
    const exact = await resolveTokenConnection(list, { first: 10 });
    // The 11th item decides hasNextPage, so the second page is needed, and no third.
    expect(calls).toHaveLength(2);
    expect(exact.pageInfo.hasNextPage).toBe(true);
  });

  it('is exact about the end even when the last page is followed by empty pages', async () => {
    const { list } = pagedList(items.slice(0, 4), [4, 0, 0]);
    const page = await resolveTokenConnection(list, { first: 4 });
    expect(page.edges).toHaveLength(4);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('pushes the page size upstream where the API takes one', async () => {
    const { list, calls } = pagedList(items, [], 1000);
    const page = await resolveTokenConnection(list, { first: 3 });
    expect(calls).toEqual([{ token: undefined, size: 4 }]);
    calls.length = 0;
    await resolveTokenConnection(list, { first: 3, after: page.pageInfo.endCursor });
    // The cursor's page is refetched from its start, large enough to reach 3 + 1 items past it.
    expect(calls[0]).toEqual({ token: undefined, size: 3 + 3 + 1 });
  });

  it('validates first', async () => {
    const { list } = pagedList(items, [10, 13]);
    for (const first of [-1, 101, 1.5]) {
      await expect(resolveTokenConnection(list, { first })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect((await resolveTokenConnection(list, {})).edges).toHaveLength(20);
    const none = await resolveTokenConnection(list, { first: 0 });
    expect(none.edges).toHaveLength(0);
    expect(none.pageInfo.hasNextPage).toBe(true);
  });

  it('stops a long scan at the page budget and resumes it from a cursor, even without an edge', async () => {
    // Two items behind nine empty pages: a scan that AWS filters page by page.
    const { list, calls } = pagedList(['x', 'y'], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    const capped = { ...list, maxPages: 4 };
    const first = await resolveTokenConnection(capped, { first: 5 });
    expect(calls).toHaveLength(4);
    expect(first.edges).toHaveLength(0);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).not.toBeNull();
    const second = await resolveTokenConnection(capped, { first: 5, after: first.pageInfo.endCursor });
    const third = await resolveTokenConnection(capped, { first: 5, after: second.pageInfo.endCursor });
    expect([...second.edges, ...third.edges].map((e) => e.node)).toEqual(['x', 'y']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('turns an upstream rejection of a cursor token into BAD_USER_INPUT', async () => {
    const { list } = pagedList(items, [10, 13]);
    const page = await resolveTokenConnection(list, { first: 12 });
    const failing: TokenList<string> = {
      ...list,
      fetchPage: async () => {
        throw new GatewayError('UPSTREAM_BAD_REQUEST', 'bad token');
      },
    };
    await expect(resolveTokenConnection(failing, { after: page.pageInfo.endCursor })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/no longer accepts/),
    });
  });
});
