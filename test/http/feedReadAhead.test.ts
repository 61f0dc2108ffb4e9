// Read-ahead of feed walks (FEED_READ_AHEAD, FEED_READ_AHEAD_PAGES): a continuation page reads the
// upstream pages the next pages will need, so they find them in the upstream cache. Compared call
// for call with a gateway that does not read ahead, on one emulator; time never enters.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator, type RequestLogEntry } from '../../src/emulator/index.js';
import type { ReadAheadOutcome } from '../../src/graph/feed/readAhead.js';
import { stableKey } from '../../src/upstream/key.js';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const WalkPage = graphql(`
  query ReadAheadWalkPage($first: Int!, $after: String) {
    sessions(first: $first, after: $after) {
      incompleteSources { source code }
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }
`);

interface Page {
  ids: string[];
  /** The session-list calls made from the request's start until it (and its read-ahead) ended. */
  calls: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const TTL = 60_000;
let now = FIXED_START;
let emulator: Emulator;
/** Reads ahead for the next two pages (the default). */
let ahead: Harness;
/** Reads ahead for the next page only (FEED_READ_AHEAD_PAGES=1). */
let aheadOne: Harness;
let plain: Harness;
let reads: Array<Promise<ReadAheadOutcome>> = [];

const callOf = (r: RequestLogEntry) => `${r.operation} ${stableKey(r.params)}`;
const listCalls = (from: number) => emulator.requests.slice(from).filter((r) => /^List\w*Sessions$/.test(r.operation)).map(callOf).sort();

/** One page; with `settle`, its read-ahead is awaited before its calls are counted. */
async function page(h: Harness, after: string | null, settle = true, first = 100): Promise<Page> {
  const from = emulator.requests.length;
  const answer = await h.query(WalkPage, { first, after });
  expect(answer.errors).toBeUndefined();
  if (settle) await Promise.all(reads);
  const connection = answer.data!.sessions!;
  return {
    ids: connection.edges.map((e) => e.node.id),
    calls: listCalls(from),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

async function walk(h: Harness, first = 100): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const next = await page(h, after, true, first);
    pages.push(next);
    after = next.endCursor;
  } while (pages.at(-1)!.hasNextPage && pages.length < 50);
  return pages;
}

beforeAll(async () => {
  emulator = await startEmulator({ seed: 1, now: FIXED_START });
  const clock = () => now;
  ahead = await startHarness({ sharedEmulator: emulator, cacheTtlMs: TTL, clock, gateway: { readAhead: { onRead: (r) => reads.push(r) } } });
  aheadOne = await startHarness({ sharedEmulator: emulator, cacheTtlMs: TTL, clock, gateway: { readAhead: { pages: 1, onRead: (r) => reads.push(r) } } });
  plain = await startHarness({ sharedEmulator: emulator, cacheTtlMs: TTL, clock, gateway: { readAhead: { policy: 'off' } } });
});
afterAll(async () => {
  await ahead.close();
  await aheadOne.close();
  await plain.close();
  await emulator.close();
});
beforeEach(() => {
  // Every cached page and response from an earlier test has expired.
  now += 10 * TTL;
  reads = [];
  emulator.clearFaults();
});

describe('feed read-ahead', () => {
  it('reads ahead, from a continuation page, exactly the pages the next page needs (one page ahead); that page then calls nothing', async () => {
    const reference = await walk(plain);
    expect(reference.length).toBeGreaterThan(4);
    // Without read-ahead, later pages wait for pages of streams that run out inside them.
    expect(reference.slice(2).some((p) => p.calls.length > 0)).toBe(true);

    const first = await page(aheadOne, null);
    expect(reads).toHaveLength(0); // a first page does not read ahead
    expect(first.calls).toEqual(reference[0]!.calls);

    const second = await page(aheadOne, first.endCursor);
    expect(reads).toHaveLength(1);
    // Its own calls, plus the calls the third page makes when nobody read ahead.
    expect(second.calls).toEqual([...reference[1]!.calls, ...reference[2]!.calls].sort());
    expect((await reads[0])!.failed).toBe(0);

    const third = await page(aheadOne, second.endCursor, false);
    expect(third.ids).toEqual(reference[2]!.ids);
    // Read ahead already: the page itself needed no call (what is counted here is its read-ahead's).
    expect(third.calls.every((c) => reference[3]!.calls.includes(c))).toBe(true);
  });

  /** Walks `gateway` beside a walk without read-ahead; answers how many calls came earlier than one page ahead. */
  async function walkAhead(gateway: Harness, pagesAhead: number, without = plain, first = 100): Promise<number> {
    const reference = await walk(without, first);
    const walked = await walk(gateway, first);
    const ids = walked.flatMap((p) => p.ids);
    expect(ids).toEqual(reference.flatMap((p) => p.ids));
    expect(new Set(ids).size).toBe(ids.length);
    expect(walked.flatMap((p) => p.calls).sort()).toEqual(reference.flatMap((p) => p.calls).sort());
    // From the second page on, once a page and its read-ahead are done, every page the next page
    // needs has been read, and none beyond what the `pagesAhead` pages after that need.
    const upTo = (pages: Page[], n: number) => new Set(pages.slice(0, n).flatMap((p) => p.calls));
    let earlier = 0;
    for (let k = 2; k < walked.length; k++) {
      const read = upTo(walked, k);
      for (const call of upTo(reference, k + 1)) expect(read).toContain(call);
      for (const call of read) expect(upTo(reference, k + 1 + pagesAhead)).toContain(call);
      earlier += [...read].filter((call) => !upTo(reference, k + 1).has(call)).length;
    }
    return earlier;
  }

  it('walks, reading one or two pages ahead, to the same sessions, each once, with no more calls than a walk without read-ahead', async () => {
    const onePageAhead = await walkAhead(aheadOne, 1);
    now += 10 * TTL;
    const twoPagesAhead = await walkAhead(ahead, 2);
    // Two pages ahead (the default) starts many reads a page earlier than one page ahead does.
    expect(twoPagesAhead).toBeGreaterThan(2 * onePageAhead);
  });

  it('follows a stream page after page when it runs out more than once within the next page', async () => {
    // Nimble alone, 60 sessions a page: its lists come in pages of 20, so a busy studio's sessions
    // fill two of them within one page, and each is known only from the one before it.
    const nimble = (readAhead: object) => startHarness({ sharedEmulator: emulator, sources: ['nimble'], cacheTtlMs: TTL, clock: () => now, gateway: { readAhead } });
    const [aheadNimble, plainNimble] = await Promise.all([nimble({ pages: 1, onRead: (r: Promise<ReadAheadOutcome>) => reads.push(r) }), nimble({ policy: 'off' })]);
    try {
      const reference = await walk(plainNimble, 60);
      const studioCalls = (p: Page) => p.calls.map((c) => /"studioId":"([^"]+)"/.exec(c)?.[1]);
      // Some page reads two pages of one studio, one after the other.
      expect(reference.slice(2).some((p) => new Set(studioCalls(p)).size < p.calls.length)).toBe(true);
      now += 10 * TTL;
      // Every page from the third on finds all it needs read ahead (walkAhead checks it page by page).
      await walkAhead(aheadNimble, 1, plainNimble, 60);
    } finally {
      await Promise.all([aheadNimble.close(), plainNimble.close()]);
    }
  });

  it('answers without waiting for its read-ahead; a read-ahead that fails costs the next page nothing but that call', async () => {
    const reference = await walk(plain);
    now += 10 * TTL;
    const target = reference[2]!.calls[0]!;
    const held = emulator.requests.find((r) => callOf(r) === target)!;
    const nextToken = held.params.nextToken as string;
    expect(nextToken).toBeTruthy();

    const first = await page(ahead, null);
    let second: Page | undefined;
    const hold = emulator.hold({ service: held.service, operation: held.operation, params: { nextToken } });
    try {
      // Answered while its read-ahead call is held at the emulator.
      second = await page(ahead, first.endCursor, false);
      expect(second.ids).toEqual(reference[1]!.ids);
      await hold.arrived;
      emulator.addFault({ service: held.service, operation: held.operation, fault: 'unavailable' });
    } finally {
      hold.release();
    }
    const outcome = await reads[0]!;
    expect(outcome.failed).toBeGreaterThanOrEqual(1);
    emulator.clearFaults();

    const third = await page(ahead, second!.endCursor, false);
    expect(third.ids).toEqual(reference[2]!.ids);
    // The failed page was not cached: the third page read it itself.
    expect(third.calls).toContain(target);
  });
});

describe('when read-ahead is off', () => {
  let emulatorOnly: Harness | undefined;
  afterAll(() => emulatorOnly?.close());

  it('reads nothing ahead with the upstream cache off, whatever the policy', async () => {
    emulatorOnly = await startHarness({ sharedEmulator: emulator, cacheTtlMs: 0, gateway: { readAhead: { policy: 'always', onRead: (r) => reads.push(r) } } });
    const first = await emulatorOnly.query(WalkPage, { first: 100 });
    await emulatorOnly.query(WalkPage, { first: 100, after: first.data!.sessions!.pageInfo.endCursor });
    expect(reads).toHaveLength(0);
  });

  it('reads ahead from a first page too with the policy always', async () => {
    // Nimble alone: its lists come in pages of 20, so some studio runs out within the next 100
    // sessions (with every source, the first page's upstream pages cover the second page).
    const always = await startHarness({ sharedEmulator: emulator, sources: ['nimble'], cacheTtlMs: TTL, clock: () => now, gateway: { readAhead: { policy: 'always', onRead: (r) => reads.push(r) } } });
    try {
      await always.query(WalkPage, { first: 100 });
      expect(reads).toHaveLength(1);
      expect((await reads[0]!).pages).toBeGreaterThan(0);
    } finally {
      await always.close();
    }
  });
});
