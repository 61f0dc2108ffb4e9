// Which upstream pages the next pages of the merged feed will need, from what this page left in
// hand: the merge is replayed over the buffered items, and every stream that runs out inside it
// names the page it will read then. Reading those pages now (see src/graph/feed/readAhead.ts)
// turns the next requests' one-after-the-other upstream rounds into cache hits. As each page
// read ahead arrives the plan is made again with it in hand (withArrived), so a stream that runs
// out more than once within the next pages is followed page after page, at the upstream's pace
// rather than one page per client request.

/** One stream as this page leaves it. */
export interface StreamBuffer<T> {
  key: string;
  /** The page in hand and the index of its next item; null when the stream's page was not read in this request. */
  items: readonly T[] | null;
  from: number;
  timeOf: (item: T) => number;
  /** When `items` is null: the next item's time, if the cursor knows it. */
  head?: number | undefined;
  /** When `items` is null: where the next item is in the page `then` names (the items before it were taken). */
  skip?: number;
  /** The page the stream reads once these items run out: its token (null: the first page); undefined: it ends. */
  then: string | null | undefined;
}

/** A page to read ahead: a stream's key and the token of its page (undefined: the first page). */
export interface ReadAheadPage {
  key: string;
  token: string | undefined;
}

/** A page read ahead, as it arrived. */
export interface ArrivedPage<T> {
  items: readonly T[];
  nextToken: string | undefined;
}

/** Each stream's pages read ahead so far, in the order they were read (each one's token was the previous one's nextToken). */
export type Arrivals<T = unknown> = ReadonlyMap<string, readonly ArrivedPage<T>[]>;

/** A request's read-ahead: how many next pages to prepare, and what starts the reads. */
export interface ReadAheadRequest {
  nextPages: number;
  /** Reads `pages`; `replan` names the pages needed once those that arrived are in hand. */
  read(pages: ReadAheadPage[], replan: (arrived: Arrivals) => ReadAheadPage[]): void;
}

export interface PlanOptions<T> {
  /** How many items ahead: the next pages' sizes (a walk keeps its `first`). */
  first: number;
  accept: (item: T) => boolean;
  minTime?: number | undefined;
}

/**
 * The pages the next `first` items will need, at most one per stream, in the merge's order: the
 * newest head first, ties to the stream listed first (as resolveMergedConnection takes them). A
 * stream whose page was not read here counts as one item at its known time, after which its page
 * is needed. A stream that runs out leaves the replay: its next items are unknown, so the others
 * may be taken further than the next request will take them (at worst a page read one page early).
 */
export function pagesToReadAhead<T>(streams: readonly StreamBuffer<T>[], options: PlanOptions<T>): ReadAheadPage[] {
  const { first, accept, minTime } = options;
  const pages: ReadAheadPage[] = [];
  const runOut = (s: StreamBuffer<T>) => {
    if (s.then !== undefined) pages.push({ key: s.key, token: s.then ?? undefined });
  };
  // Each cursor keeps its next item's time: the replay compares every open stream per item taken.
  const timeAt = (s: StreamBuffer<T>, at: number) => (s.items ? s.timeOf(s.items[at] as T) : (s.head as number));
  const cursors = streams.map((s) => {
    const end = s.items ? s.items.length : s.head === undefined ? 0 : 1;
    return { s, at: s.from, end, time: s.from < end ? timeAt(s, s.from) : 0 };
  });
  let open = cursors.filter((c) => {
    if (c.at < c.end) return true;
    runOut(c.s);
    return false;
  });
  for (let taken = 0; taken < first && open.length > 0; ) {
    const best = open.reduce((a, c) => (c.time > a.time ? c : a));
    const leave = () => (open = open.filter((c) => c !== best));
    if (minTime !== undefined && best.time < minTime) {
      leave(); // too old: the stream ends here
      continue;
    }
    const item = best.s.items?.[best.at];
    best.at += 1;
    if (item === undefined || accept(item)) taken += 1;
    if (best.at >= best.end) {
      leave();
      runOut(best.s);
    } else best.time = timeAt(best.s, best.at);
  }
  return pages;
}

/** The streams as they stand once the pages read ahead so far are in hand: those follow each stream's items. */
export function withArrived<T>(streams: readonly StreamBuffer<T>[], arrived: Arrivals<T>): StreamBuffer<T>[] {
  return streams.map((s) => {
    const pages = arrived.get(s.key);
    if (!pages || pages.length === 0) return s;
    // A stream whose page was not read in this request gets the page holding its next item.
    const held = s.items ? s.items.slice(s.from) : [];
    const items = pages.flatMap((page, n) => (n === 0 && !s.items ? page.items.slice(s.skip ?? 0) : page.items));
    return { key: s.key, timeOf: s.timeOf, items: [...held, ...items], from: 0, then: (pages.at(-1) as ArrivedPage<T>).nextToken };
  });
}
