import type { GatewayError } from '../../errors.js';
import type { Source } from '../../config.js';
import type { Page } from '../../loaders/records.js';
import { encodeFeedCursor, shortDigest, type FeedPosition, type StreamState } from './feedCursor.js';
import { pagesToReadAhead, type ReadAheadPage, type StreamBuffer } from './readAheadPlan.js';
import { MAX_UPSTREAM_PAGES, type Connection, type Edge } from './tokenConnection.js';

/** One upstream list taking part in the merged feed (one scope of one kind). */
export interface FeedStream<T> {
  /** Stable identity of the stream across requests, e.g. "RA|<project arn>". */
  key: string;
  source: Source;
  idOf: (item: T) => string;
  /** Creation time in ms; upstream lists are newest first by it. */
  timeOf: (item: T) => number;
  fetchPage: (token: string | undefined, size: number | undefined) => Promise<Page<T>>;
  /**
   * The page size to ask for, where the API takes one. Fixed, not sized to the request: every
   * request then asks for the same pages, so a page a previous request stopped inside is the same
   * cached page, and a walk costs no more calls than listing the scope.
   */
  pageSize?: number;
}

export interface FeedOptions<T> {
  fingerprint: string;
  /** Upstream pages this request may read beyond one per stream; default MAX_UPSTREAM_PAGES. */
  maxPages?: number;
  first: number;
  position: FeedPosition | null;
  /** Filters applied in the gateway (after whatever the API applied). */
  accept: (item: T) => boolean;
  /** True when `accept` takes every item, so a known next item proves there is a next page. */
  acceptsAll: boolean;
  /** Items older than this end their stream: lists are newest first. */
  minTime?: number | undefined;
  /**
   * True when some streams could not even be listed (their source's discovery failed): the page
   * is then incomplete however the given streams end, and their positions in `position` are kept.
   */
  missingStreams?: boolean;
  /**
   * Called with each edge as soon as its place is certain (every stream that might hold an
   * earlier item has answered), before the slower streams do: how `@stream` sends edges early.
   */
  onEdge?: (edge: Edge<T>) => void;
  /**
   * Given the upstream pages the next page of the same size will need (see readAheadPlan.ts)
   * when this one has a next page; it must start reading them without delaying this answer.
   */
  readAhead?: ((pages: ReadAheadPage[]) => void) | undefined;
}

export type FeedConnection<T> = Connection<T> & { failures: Array<{ source: Source; error: GatewayError }> };

/**
 * Where a stream stands, as this request keeps it: a StreamState, except that the last item taken
 * in this request is held by its ID (`id`), digested only when a cursor is written. A page of 100
 * edges whose client reads one cursor then digests one ID per stream, not one per edge.
 */
type Standing = Omit<StreamState, 'd'> & { d?: string; id?: string };

class StreamCursor<T> {
  readonly digest: string;
  page: T[] | null = null;
  pageToken: string | null = null;
  next = 0;
  nextToken: string | undefined;
  /** The last item taken: where to resume. Null when nothing was ever taken. */
  pos: { t: string | null; i: number; d?: string; id?: string } | null;
  head: number | null | undefined;
  failure: GatewayError | undefined;
  /** state()'s last answer and what it was computed from: most edges move one stream of many. */
  private memo: Pick<StreamCursor<T>, 'pos' | 'head' | 'page' | 'next' | 'nextToken' | 'failure'> & { state: Standing | null | undefined } | undefined;

  constructor(readonly stream: FeedStream<T>, state: StreamState | null | undefined) {
    this.digest = shortDigest(stream.key);
    this.pos = state ? { t: state.t, i: state.i, ...(state.d ? { d: state.d } : {}) } : null;
    this.head = state === null ? null : state?.h;
  }

  get live() {
    return this.head !== null && !this.failure;
  }

  /**
   * Loads pages until the next item is in hand (its time is the head), or the stream ends, or
   * the request's page budget is spent (the head then stays unknown).
   */
  async ensureHead(budget: { pages: number }): Promise<void> {
    while (this.page === null || this.next >= this.page.length) {
      if (this.page !== null) {
        if (!this.nextToken) return void (this.head = null);
        this.pos = { t: this.nextToken, i: -1 };
        this.page = null;
      }
      if (budget.pages <= 0) return;
      budget.pages -= 1;
      const token = this.pos?.t ?? null;
      const page = await this.stream.fetchPage(token ?? undefined, this.stream.pageSize);
      this.page = page.items;
      this.pageToken = token;
      this.nextToken = page.nextToken;
      this.next = this.resumeIndex(page.items);
    }
    this.head = this.stream.timeOf(this.page[this.next] as T);
  }

  /** Just behind the last item taken: found by its ID, else by its index (the page may have shifted). */
  private resumeIndex(items: T[]): number {
    if (!this.pos || this.pos.i < 0) return 0;
    const { d, id, i } = this.pos;
    const at = (k: number) => (id !== undefined ? this.stream.idOf(items[k] as T) === id : shortDigest(this.stream.idOf(items[k] as T)) === d);
    // Where it was, unless the page shifted: one digest instead of one per item before it.
    const found = !d && id === undefined ? -1 : i < items.length && at(i) ? i : items.findIndex((_, k) => at(k));
    return Math.min(found >= 0 ? found + 1 : i + 1, items.length);
  }

  take(): T {
    const item = (this.page as T[])[this.next] as T;
    this.pos = { t: this.pageToken, i: this.next, id: this.stream.idOf(item) };
    this.next += 1;
    this.head = this.next < (this.page as T[]).length ? this.stream.timeOf((this.page as T[])[this.next] as T) : undefined;
    return item;
  }

  /** What the next request will find of this stream: its items in hand, or its known next time. */
  buffer(): StreamBuffer<T> {
    const { key, timeOf } = this.stream;
    if (this.page !== null) return { key, timeOf, items: this.page, from: this.next, then: this.nextToken };
    return { key, timeOf, items: null, from: 0, head: typeof this.head === 'number' ? this.head : undefined, then: this.pos?.t ?? null };
  }

  /** Where the stream stands now (see Standing); the same object until the stream moves. */
  state(): Standing | null | undefined {
    const { pos, head, page, next, nextToken, failure, memo: m } = this;
    if (m && m.pos === pos && m.head === head && m.page === page && m.next === next && m.nextToken === nextToken && m.failure === failure) return m.state;
    const state = this.computeState();
    this.memo = { pos, head, page, next, nextToken, failure, state };
    return state;
  }

  private computeState(): Standing | null | undefined {
    if (this.head === null && !this.failure) return null;
    if (this.page !== null && this.next >= this.page.length && !this.failure) {
      // Drained: the next request starts at the next page instead of refetching this one.
      return this.nextToken ? { t: this.nextToken, i: -1 } : null;
    }
    const base = this.pos ?? (this.page !== null ? { t: null, i: -1 } : undefined);
    if (!base) return undefined;
    return typeof this.head === 'number' ? { ...base, h: this.head } : base;
  }
}

/**
 * Merges per-scope streams, each newest first, into one newest-first connection. The cursor
 * holds every stream's position, so resuming returns each item exactly once. The first page
 * reads one page of every stream at once; later pages read only the streams whose next item
 * could make the page (at most `first + 1` of them, in parallel), since the cursor remembers
 * every stream's next creation time. A stream that fails is left out of this page and resumed
 * where it stood by the next; its failure is reported.
 */
export async function resolveMergedConnection<T>(streams: FeedStream<T>[], options: FeedOptions<T>): Promise<FeedConnection<T>> {
  const { first, position, accept, acceptsAll, minTime } = options;
  const wanted = first + 1;
  const runtimes = streams.map((s) => {
    const state = position?.[shortDigest(s.key)];
    return new StreamCursor(s, state);
  });
  const listed = new Set(runtimes.map((r) => r.digest));
  // A stream absent from this request (its source's discovery failed) resumes later where it stood.
  const carried = Object.fromEntries(Object.entries(position ?? {}).filter(([digest]) => !listed.has(digest)));

  // A filter applied in the gateway may skip page after page: the read is bounded per request.
  const budget = { pages: streams.length + (options.maxPages ?? MAX_UPSTREAM_PAGES) };
  // One load at a time per stream; a stream read ahead is awaited only when its item is next.
  const pending = new Map<StreamCursor<T>, Promise<void>>();
  const load = (batch: StreamCursor<T>[]) =>
    Promise.all(
      batch.map((r) => {
        let loading = pending.get(r);
        if (!loading) {
          loading = r
            .ensureHead(budget)
            .catch((error: GatewayError) => {
              r.failure = error;
            })
            .finally(() => pending.delete(r));
          pending.set(r, loading);
        }
        return loading;
      }),
    );
  const endIfTooOld = (r: StreamCursor<T>) => {
    if (minTime !== undefined && typeof r.head === 'number' && r.head < minTime) r.head = null;
  };

  runtimes.forEach(endIfTooOld);
  // Streams with an unknown next item, plus the ones whose known next item could make this page.
  const known = runtimes.filter((r) => r.live && typeof r.head === 'number').sort((a, b) => (b.head as number) - (a.head as number));
  const unknownHeads = runtimes.filter((r) => r.live && r.head === undefined);
  // All read at once; the known ones (their next time is in the cursor) need not have answered
  // for a newer item of another stream to be taken.
  void load([...unknownHeads, ...known.slice(0, wanted)]);
  await load(unknownHeads);

  const edges: Edge<T>[] = [];
  let hasNextPage = false;
  let truncated = false;
  for (;;) {
    // One pass over the streams per item taken: the newest known head, and the live streams
    // whose next item is unknown.
    let best: StreamCursor<T> | undefined;
    let unknown: StreamCursor<T>[] | undefined;
    for (const r of runtimes) {
      endIfTooOld(r);
      if (!r.live) continue;
      if (r.head === undefined) (unknown ??= []).push(r);
      else if (!best || (r.head as number) > (best.head as number)) best = r;
    }
    if (edges.length === first && acceptsAll && best) {
      // Some stream has a next item and every item counts: no fetch is needed to know it.
      hasNextPage = true;
      break;
    }
    // A stream whose next item is unknown might hold the newest one: fetch all such at once.
    if (unknown && budget.pages <= 0) {
      truncated = true;
      break;
    }
    if (unknown) {
      await load(unknown);
      continue;
    }
    if (!best) break;
    if (best.page === null) {
      // Its next item's time came from the cursor; now it is taken, so its page is needed.
      if (!pending.has(best) && budget.pages <= 0) {
        truncated = true;
        break;
      }
      await load([best]);
      continue;
    }
    const item = best.take();
    if (!accept(item)) continue;
    if (edges.length === first) {
      hasNextPage = true;
      break;
    }
    const edge = lazyEdge(item, options.fingerprint, runtimes, standings(runtimes), carried);
    edges.push(edge);
    options.onEdge?.(edge);
  }
  // Streams read ahead but not needed still answer first: their failures belong to this page.
  await Promise.all(pending.values());

  const failures = runtimes.filter((r) => r.failure).map((r) => ({ source: r.stream.source, error: r.failure as GatewayError }));
  // A page missing a failed source's sessions is never the last: its cursor retries that source,
  // so a client walking the feed loses nothing to a failure that clears.
  const incomplete = truncated || failures.length > 0 || options.missingStreams === true;
  // A read cut short without an edge still needs a cursor: where every stream stands now.
  const scanCursor = incomplete && edges.length === 0 ? encodeFeedCursor(options.fingerprint, positionOf(runtimes, standings(runtimes), carried)) : null;
  if (options.readAhead && (hasNextPage || incomplete)) {
    const buffers = runtimes.filter((r) => r.live).map((r) => r.buffer());
    const pages = pagesToReadAhead(buffers, { first, accept, minTime });
    if (pages.length > 0) options.readAhead(pages);
  }
  return {
    edges,
    pageInfo: {
      hasNextPage: hasNextPage || incomplete,
      hasPreviousPage: false,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? scanCursor;
      },
    },
    failures,
  };
}

/**
 * An edge whose cursor is written only when read: a page whose client selects only
 * `pageInfo.endCursor` pays for one cursor, not one per edge. Where the streams stand is taken
 * now, as one reference per stream (see StreamCursor.state).
 */
function lazyEdge<T>(node: T, fingerprint: string, runtimes: StreamCursor<T>[], states: Array<Standing | null | undefined>, carried: FeedPosition): Edge<T> {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      return (cursor ??= encodeFeedCursor(fingerprint, positionOf(runtimes, states, carried)));
    },
  };
}

const standings = <T>(runtimes: StreamCursor<T>[]) => runtimes.map((r) => r.state());

/** The cursor's position: every stream's state; streams not listed in this request keep their `carried` positions. */
function positionOf<T>(runtimes: StreamCursor<T>[], states: Array<Standing | null | undefined>, carried: FeedPosition): FeedPosition {
  const position: FeedPosition = { ...carried };
  runtimes.forEach((r, k) => {
    const state = states[k];
    if (state === undefined) return;
    if (state === null || state.id === undefined) return void (position[r.digest] = state as StreamState | null);
    position[r.digest] = { t: state.t, i: state.i, d: shortDigest(state.id), ...(state.h === undefined ? {} : { h: state.h }) };
  });
  return position;
}
