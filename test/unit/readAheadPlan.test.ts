// Which upstream pages the next page of the merged feed will need, from what this page left in hand.
import { describe, expect, it } from 'vitest';
import { pagesToReadAhead, withArrived, type ArrivedPage, type StreamBuffer } from '../../src/graph/connections/readAheadPlan.js';

const timeOf = (t: number) => t;
const stream = (key: string, items: number[] | null, then: string | null | undefined, from = 0, head?: number, skip?: number): StreamBuffer<number> => ({
  key,
  items,
  from,
  timeOf,
  then,
  ...(head === undefined ? {} : { head }),
  ...(skip === undefined ? {} : { skip }),
});
const arrived = (pages: Record<string, Array<[number[], string | undefined]>>) =>
  new Map(Object.entries(pages).map(([key, list]) => [key, list.map(([items, nextToken]): ArrivedPage<number> => ({ items, nextToken }))]));
const plan = (streams: StreamBuffer<number>[], first: number, accept = (_: number) => true, minTime?: number) =>
  pagesToReadAhead(streams, { first, accept, minTime }).map((p) => `${p.key}@${p.token ?? 'first'}`);

describe('pagesToReadAhead', () => {
  it('names the next page of exactly the streams that run out within the next page, newest first', () => {
    const streams = [stream('a', [90, 80, 70], 'a2', 1), stream('b', [85, 60, 50, 40], 'b2'), stream('c', [30], 'c2')];
    // The next 3: 85 (b), 80 (a), 70 (a: runs out); b and c keep items.
    expect(plan(streams, 3)).toEqual(['a@a2']);
    // The next 5 also take b's 60 and 50; b still holds 40.
    expect(plan(streams, 5)).toEqual(['a@a2']);
    // The sixth is b's 40: b runs out too; c's 30 is not reached.
    expect(plan(streams, 6)).toEqual(['a@a2', 'b@b2']);
  });

  it('reads nothing for a stream that ends, or whose items are too old for the filter', () => {
    expect(plan([stream('a', [10], undefined), stream('b', [9], 'b2')], 5)).toEqual(['b@b2']);
    expect(plan([stream('a', [50, 40], 'a2'), stream('b', [5], 'b2')], 5, undefined, 20)).toEqual(['a@a2']);
  });

  it('counts only the items the filter accepts, and reads a drained stream at once', () => {
    const even = (t: number) => t % 2 === 0;
    // Odd items are skipped: 2 accepted items take a's whole page.
    expect(plan([stream('a', [9, 8, 7, 6], 'a2'), stream('b', [1, 0], 'b2')], 2, even)).toEqual(['a@a2']);
    expect(plan([stream('a', [9], 'a2', 1), stream('b', [1], 'b2')], 0)).toEqual(['a@a2']);
  });

  it('reads the current page of a stream not read in this request once its known next item is taken', () => {
    const unread = stream('u', null, 'u1', 0, 75);
    expect(plan([stream('a', [80, 70, 60], 'a2'), unread], 2)).toEqual(['u@u1']);
    expect(plan([stream('a', [80, 70, 60], 'a2'), unread], 1)).toEqual([]);
    // Never read at all: its first page.
    expect(plan([stream('n', null, null)], 1)).toEqual(['n@first']);
  });
});

describe('withArrived', () => {
  it('puts each page read ahead after its stream\'s items, so the plan follows the stream further', () => {
    const streams = [stream('a', [90, 80, 70], 'a2', 1), stream('b', [85, 30], 'b2')];
    expect(plan(streams, 3)).toEqual(['a@a2']);
    // a's next page in hand: 80, 70, then 65 and 60; the next 4 (85, 80, 70, 65) keep it open.
    const once = withArrived(streams, arrived({ a: [[[65, 60], 'a3']] }));
    expect(plan(once, 4)).toEqual([]);
    // The next 6 run out of it again (60 is a's last), and of b (30): the page after a2, and b's.
    expect(plan(once, 7)).toEqual(['a@a3', 'b@b2']);
    // Two pages in hand, in the order read; the last one ends the stream.
    const twice = withArrived(streams, arrived({ a: [[[65, 60], 'a3'], [[50], undefined]] }));
    expect(plan(twice, 8)).toEqual(['b@b2']);
  });

  it('starts a stream not read in this request at its next item in the page that holds it', () => {
    // Two items of page u1 were taken by earlier pages: its next item is 75, the third.
    const unread = [stream('u', null, 'u1', 0, 75, 2)];
    const read = withArrived(unread, arrived({ u: [[[99, 88, 75, 65], 'u2']] }));
    expect(plan(read, 1)).toEqual([]);
    expect(plan(read, 2)).toEqual(['u@u2']);
  });
});
