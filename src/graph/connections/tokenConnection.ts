import { badInput, GatewayError } from '../../errors.js';
import type { Page } from '../../loaders/records.js';
import { decodeCursor, encodeCursor, type Position } from './cursor.js';
import { pageSize } from './pageSize.js';

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** One upstream list, seen through its `nextToken` pages. */
export interface TokenList<T> {
  /** Identifies the list and its arguments; see listFingerprint. */
  fingerprint: string;
  idOf: (item: T) => string;
  /** Fetches one page; `size` is set only where the API takes a page size (`maxPageSize`). */
  fetchPage: (token: string | undefined, size: number | undefined) => Promise<Page<T>>;
  maxPageSize?: number;
  /** Overrides MAX_UPSTREAM_PAGES (tests). */
  maxPages?: number;
}

/**
 * At most this many upstream pages per connection field. A filter AWS applies by scanning can
 * return page after empty page; past this budget the page comes back short, with `hasNextPage`
 * true and an `endCursor` that continues the scan (even when the page has no edge).
 */
export const MAX_UPSTREAM_PAGES = 100;

/** Resolves where resuming after `position` starts in a page fetched with its token. */
function resumeIndex<T>(list: TokenList<T>, page: Page<T>, position: Position): number {
  if (position.index < 0) return 0;
  const byId = page.items.findIndex((item) => list.idOf(item) === position.id);
  if (byId >= 0) return byId + 1;
  if (position.index < page.items.length) return position.index + 1;
  throw badInput('`after` points at an item that is no longer in its list; restart this list without `after`.');
}

/**
 * A forward Relay connection over an API that pages with `nextToken`. Every edge's cursor
 * records the token of the page it came from and its place there, so resuming after any edge
 * refetches that one page and continues exactly behind it. It reads one item past `first` to
 * make `hasNextPage` exact, follows empty pages that still carry a token, and fetches no page
 * beyond the one holding that extra item.
 */
export async function resolveTokenConnection<T>(
  list: TokenList<T>,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const after = args.after != null ? decodeCursor(args.after, list.fingerprint) : null;
  const wanted = first + 1;
  const edges: Edge<T>[] = [];
  let token = after?.token ?? undefined;
  let resuming = after !== null;
  let truncated = false;

  for (let pages = 1; ; pages++) {
    const startAt = resuming && after ? after.index + 1 : 0;
    const size = list.maxPageSize ? Math.min(list.maxPageSize, startAt + wanted - edges.length) : undefined;
    const page = await fetchWithCursor(list, token, size, resuming);
    let index = resuming && after ? resumeIndex(list, page, after) : 0;
    resuming = false;
    for (; index < page.items.length && edges.length < wanted; index++) {
      const node = page.items[index] as T;
      edges.push({ node, cursor: encodeCursor(list.fingerprint, { token: token ?? null, index, id: list.idOf(node) }) });
    }
    if (edges.length >= wanted || !page.nextToken) break;
    token = page.nextToken;
    if (pages >= (list.maxPages ?? MAX_UPSTREAM_PAGES)) {
      truncated = true;
      break;
    }
  }

  const shown = edges.slice(0, first);
  // A scan cut short without an edge still needs a cursor: the start of the next page.
  const scanCursor = truncated ? encodeCursor(list.fingerprint, { token: token ?? null, index: -1, id: '' }) : null;
  return {
    edges: shown,
    pageInfo: {
      hasNextPage: edges.length > first || truncated,
      hasPreviousPage: false,
      startCursor: shown[0]?.cursor ?? null,
      endCursor: shown.at(-1)?.cursor ?? scanCursor,
    },
  };
}

/** An upstream rejection of a token that came from a cursor means the cursor is stale or forged. */
async function fetchWithCursor<T>(list: TokenList<T>, token: string | undefined, size: number | undefined, fromCursor: boolean) {
  try {
    return await list.fetchPage(token, size);
  } catch (error) {
    if (fromCursor && token && error instanceof GatewayError && error.code === 'UPSTREAM_BAD_REQUEST') {
      throw badInput('`after` carries a page token that AWS no longer accepts; restart this list without `after`.');
    }
    throw error;
  }
}
