// Which upstream pages the next pages of the merged feed will need, from what this page left in
// hand: the merge is replayed over the buffered items, and every stream that runs out inside it
// names the page it will read then. Reading those pages now (see src/graph/feed/readAhead.ts)
// turns the next requests' one-after-the-other upstream rounds into cache hits.

/** One stream as this page leaves it. */
export interface StreamBuffer<T> {
  key: string;
  /** The page in hand and the index of its next item; null when the stream's page was not read in this request. */
  items: readonly T[] | null;
  from: number;
  timeOf: (item: T) => number;
  /** When `items` is null: the next item's time, if the cursor knows it. */
  head?: number | undefined;
  /** The page the stream reads once these items run out: its token (null: the first page); undefined: it ends. */
  then: string | null | undefined;
}

/** A page to read ahead: a stream's key and the token of its page (undefined: the first page). */
export interface ReadAheadPage {
  key: string;
  token: string | undefined;
}

/** A request's read-ahead: how many next pages to prepare, and what starts the reads. */
export interface ReadAheadRequest {
  nextPages: number;
  read(pages: ReadAheadPage[]): void;
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
