import type { GatewayError } from '../../errors.js';
import type { Source } from '../../config.js';
import type { SessionStream } from '../../sources/kinds.js';
import type { Page } from '../../loaders/records.js';
import { encodeFeedCursor, shortDigest, type FeedPosition } from './feedCursor.js';
import { pagesToReadAhead, withArrived, type Arrivals, type ReadAheadRequest } from './readAheadPlan.js';
import { lazyEdge, positionOf, standings, StreamCursor } from './streamCursor.js';
import { MAX_UPSTREAM_PAGES, type Connection, type Edge } from './tokenConnection.js';

/** One upstream list taking part in the merged feed (one scope of one kind): what the merge needs of it. */
export type FeedStream<T> = Omit<SessionStream<T>, 'kind' | 'scope'>;

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
   * When this page has a next one: `read` is given the upstream pages the next `nextPages` pages
   * of the same size will need, as far as the items in hand tell (see readAheadPlan.ts); it must
   * start reading them without delaying this answer.
   */
  readAhead?: ReadAheadRequest | undefined;
}

/** A source that failed on this page: its sessions are missing from it (see `incompleteSources`). */
export interface SourceFailure {
  source: Source;
  error: GatewayError;
}

export type FeedConnection<T> = Connection<T> & { failures: SourceFailure[] };


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
    const plan = { first: first * options.readAhead.nextPages, accept, minTime };
    const pages = pagesToReadAhead(buffers, plan);
    if (pages.length > 0) options.readAhead.read(pages, (arrived) => pagesToReadAhead(withArrived(buffers, arrived as Arrivals<T>), plan));
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
