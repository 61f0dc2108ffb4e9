// Where one stream of the merged feed stands within a request: its page in hand, its next item,
// and the position a cursor records for it (resolveMergedConnection drives these).
import type { GatewayError } from '../../errors.js';
import { encodeFeedCursor, shortDigest, type FeedPosition, type StreamState } from './feedCursor.js';
import type { FeedStream } from './mergedConnection.js';
import type { StreamBuffer } from './readAheadPlan.js';
import type { Edge } from './tokenConnection.js';

/**
 * Where a stream stands, as this request keeps it: a StreamState, except that the last item taken
 * in this request is held by its ID (`id`), digested only when a cursor is written. A page of 100
 * edges whose client reads one cursor then digests one ID per stream, not one per edge.
 */
export type Standing = Omit<StreamState, 'd'> & { d?: string; id?: string };

export class StreamCursor<T> {
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
    const skip = Math.max(0, (this.pos?.i ?? -1) + 1);
    return { key, timeOf, items: null, from: 0, skip, head: typeof this.head === 'number' ? this.head : undefined, then: this.pos?.t ?? null };
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
 * An edge whose cursor is written only when read: a page whose client selects only
 * `pageInfo.endCursor` pays for one cursor, not one per edge. Where the streams stand is taken
 * now, as one reference per stream (see StreamCursor.state).
 */
export function lazyEdge<T>(node: T, fingerprint: string, runtimes: StreamCursor<T>[], states: Array<Standing | null | undefined>, carried: FeedPosition): Edge<T> {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      return (cursor ??= encodeFeedCursor(fingerprint, positionOf(runtimes, states, carried)));
    },
  };
}

export const standings = <T>(runtimes: StreamCursor<T>[]) => runtimes.map((r) => r.state());

/** The cursor's position: every stream's state; streams not listed in this request keep their `carried` positions. */
export function positionOf<T>(runtimes: StreamCursor<T>[], states: Array<Standing | null | undefined>, carried: FeedPosition): FeedPosition {
  const position: FeedPosition = { ...carried };
  runtimes.forEach((r, k) => {
    const state = states[k];
    if (state === undefined) return;
    if (state === null || state.id === undefined) return void (position[r.digest] = state as StreamState | null);
    position[r.digest] = { t: state.t, i: state.i, d: shortDigest(state.id), ...(state.h === undefined ? {} : { h: state.h }) };
  });
  return position;
}
