import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { decodeFeedCursor, type FeedPosition } from '../../src/graph/connections/feedCursor.js';
import { resolveMergedConnection, type FeedStream } from '../../src/graph/connections/mergedConnection.js';

interface Item {
  id: string;
  t: number;
}

// A newest-first stream paged by offset tokens; `pageLength` 0 entries make empty pages.
function stream(key: string, times: number[], pageLength = 3, calls: string[] = []): FeedStream<Item> {
  const items = [...times].sort((a, b) => b - a).map((t, i) => ({ id: `${key}-${i}`, t }));
  return {
    key,
    source: 'deviceFarm',
    idOf: (i) => i.id,
    timeOf: (i) => i.t,
    fetchPage: async (token) => {
      calls.push(key);
      const start = token ? Number(token) : 0;
      const end = Math.min(start + pageLength, items.length);
      return { items: items.slice(start, end), nextToken: end < items.length ? String(end) : undefined };
    },
  };
}

const fp = 'fp';
const accept = () => true;

async function walk(streams: FeedStream<Item>[], first: number, filter?: (i: Item) => boolean) {
  const seen: Item[] = [];
  let position: FeedPosition | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = await resolveMergedConnection(streams, { fingerprint: fp, first, position, accept: filter ?? accept, acceptsAll: !filter });
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return seen;
    position = decodeFeedCursor(page.pageInfo.endCursor as string, fp);
  }
  throw new Error('did not end');
}

const a = [100, 90, 80, 70, 60, 50, 40];
const b = [95, 85, 84, 83, 10];
const c = [99, 1];

describe('resolveMergedConnection', () => {
  it.each([1, 2, 3, 5, 13, 14, 50])('returns every item once, newest first, with first=%i', async (first) => {
    const all = await walk([stream('a', a), stream('b', b, 2), stream('c', c, 1), stream('empty', [])], first);
    expect(all.map((i) => i.t)).toEqual([...a, ...b, ...c].sort((x, y) => y - x));
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it.each([1, 4, 9])("resumes from every edge's cursor right after that edge (first=%i), though the streams moved on after it", async (first) => {
    const streams = () => [stream('a', a, 2), stream('b', b, 1), stream('c', c, 1), stream('empty', [])];
    const all = [...a, ...b, ...c].sort((x, y) => y - x);
    let position: FeedPosition | null = null;
    for (let taken = 0; taken < all.length; ) {
      const page = await resolveMergedConnection(streams(), { fingerprint: fp, first, position, accept, acceptsAll: true });
      for (const [k, edge] of page.edges.entries()) {
        const next = await resolveMergedConnection(streams(), { fingerprint: fp, first: 1, position: decodeFeedCursor(edge.cursor, fp), accept, acceptsAll: true });
        expect(next.edges.map((e) => e.node.t)).toEqual(all.slice(taken + k + 1, taken + k + 2));
      }
      taken += page.edges.length;
      if (!page.pageInfo.hasNextPage) break;
      position = decodeFeedCursor(page.pageInfo.endCursor as string, fp);
    }
  });

  it('applies the filter in the gateway and is exact about the next page', async () => {
    const even = (i: Item) => i.t % 2 === 0;
    const all = await walk([stream('a', a), stream('b', b, 2), stream('c', c, 1)], 2, even);
    expect(all.map((i) => i.t)).toEqual([100, 90, 84, 80, 70, 60, 50, 40, 10]);
  });

  it('ends a stream at minTime without reading past it', async () => {
    const calls: string[] = [];
    const page = await resolveMergedConnection([stream('a', a, 2, calls), stream('b', b, 2, calls)], {
      fingerprint: fp, first: 10, position: null, accept: (i) => i.t >= 84, acceptsAll: false, minTime: 84,
    });
    expect(page.edges.map((e) => e.node.t)).toEqual([100, 95, 90, 85, 84]);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(calls.filter((k) => k === 'a')).toHaveLength(2);
  });

  it('reads one page per stream for the first page and only advancing streams afterwards', async () => {
    const calls: string[] = [];
    const streams = [stream('a', a, 3, calls), stream('b', b, 3, calls), stream('c', c, 3, calls)];
    const first = await resolveMergedConnection(streams, { fingerprint: fp, first: 2, position: null, accept, acceptsAll: true });
    expect(first.edges.map((e) => e.node.t)).toEqual([100, 99]);
    expect(calls.sort()).toEqual(['a', 'b', 'c']);
    calls.length = 0;
    const second = await resolveMergedConnection(streams, {
      fingerprint: fp, first: 1, position: decodeFeedCursor(first.pageInfo.endCursor as string, fp), accept, acceptsAll: true,
    });
    expect(second.edges.map((e) => e.node.t)).toEqual([95]);
    // Only b's next item (95) and the runner-up (a's 90) could make a page of one plus look-ahead.
    expect(calls.sort()).toEqual(['a', 'b']);
  });

  it('bounds the pages one request reads, and continues from where it stopped', async () => {
    const calls: string[] = [];
    // A filter that matches only the oldest items makes the merge read every page.
    const oldest = (i: Item) => i.t < 20;
    const streams = [stream('a', a, 1, calls), stream('b', b, 1, calls)];
    const seen: number[] = [];
    let position: FeedPosition | null = null;
    let requests = 0;
    for (let more = true; more; requests++) {
      calls.length = 0;
      const page = await resolveMergedConnection(streams, { fingerprint: fp, first: 5, position, accept: oldest, acceptsAll: false, maxPages: 2 });
      expect(calls.length).toBeLessThanOrEqual(streams.length + 2);
      seen.push(...page.edges.map((e) => e.node.t));
      more = page.pageInfo.hasNextPage;
      if (more) position = decodeFeedCursor(page.pageInfo.endCursor as string, fp);
    }
    expect(seen).toEqual([10]);
    expect(requests).toBeGreaterThan(2);
  });

  it('leaves a failing stream out, reports it, and resumes it on the next page', async () => {
    let failing = true;
    const flaky = stream('b', b);
    const broken: FeedStream<Item> = {
      ...flaky,
      source: 'nimble',
      fetchPage: (token, size) => (failing ? Promise.reject(new GatewayError('UPSTREAM_UNAVAILABLE', 'down')) : flaky.fetchPage(token, size)),
    };
    const page = await resolveMergedConnection([stream('a', a), broken], { fingerprint: fp, first: 3, position: null, accept, acceptsAll: true });
    expect(page.edges.map((e) => e.node.t)).toEqual([100, 90, 80]);
    expect(page.failures).toEqual([{ source: 'nimble', error: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }) }]);
    failing = false;
    const rest = await walk([stream('a', a), broken], 100);
    expect(rest).toHaveLength(a.length + b.length);
    const resumed = await resolveMergedConnection([stream('a', a), broken], {
      fingerprint: fp, first: 100, position: decodeFeedCursor(page.pageInfo.endCursor as string, fp), accept, acceptsAll: true,
    });
    // Nothing of b was lost: all of it comes after the failure, with a's remaining items.
    expect(resumed.edges.map((e) => e.node.t).sort()).toEqual([...a.slice(3), ...b].sort());
  });
});
