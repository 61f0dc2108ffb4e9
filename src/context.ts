import { setMaxListeners } from 'node:events';
import { ALLOW_ALL, scopedDiscovery, type Access } from './auth/access.js';
import type { GatewayError } from './errors.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { ResponseInvalidation } from './responseCache/index.js';
import type { FeedReadAhead } from './graph/feed/readAhead.js';
import type { History } from './history/index.js';
import type { Discovery } from './scopes/discovery.js';
import type { Upstream } from './upstream/index.js';
import type { SessionRecord } from './loaders/records.js';
import type { Watcher } from './watch/index.js';

/** An error that belongs in the response beside the data it did not wipe out (see partialErrors.ts). */
export interface PartialError {
  error: GatewayError;
  path: ReadonlyArray<string | number>;
}

export interface GatewayContext {
  loaders: Loaders;
  /** The discovered scopes this request's principal may see (see auth/access.ts). */
  discovery: Discovery;
  /** What the request's principal may see and stop, from the access policy. */
  access: Access;
  partialErrors: PartialError[];
  /** Signs and checks this gateway's cursors (see cursorKey). */
  cursorKey: Buffer;
  /** The process-wide response cache: a mutation that changes a session drops the responses showing it. */
  responses?: ResponseInvalidation;
  /** The session history store, when the gateway has one; it also records what the loaders list. */
  history?: History | undefined;
  /** The process-wide session watcher that `sessionEvents` subscribes to. */
  watch?: Watcher<SessionRecord>;
  /** The process-wide read-ahead of feed walks (FEED_READ_AHEAD). */
  readAhead?: FeedReadAhead;
}

/** `Cache-Control: no-cache` (as a browser's hard reload sends it) asks for AWS's answers anew. */
export function wantsFreshReads(request: Request): boolean {
  const directives = request.headers.get('cache-control')?.toLowerCase().split(',').map((d) => d.trim()) ?? [];
  return directives.includes('no-cache') || directives.includes('no-store');
}

/**
 * Called by yoga once per request: loaders, and so their caches, belong to one request. The
 * request's upstream calls stop at its deadline or as soon as its client goes away. `access` is
 * the verified principal's (everything when AUTH_MODE=none).
 */
export function createContext(upstream: Upstream, discovery: Discovery, request: Request, deadlineMs: number, cursorKey: Buffer, access: Access = ALLOW_ALL, history?: History): GatewayContext {
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(deadlineMs)]);
  // Every upstream read of the request listens on it: dozens for a feed page.
  setMaxListeners(0, signal);
  const sources = upstream.forRequest({ refresh: wantsFreshReads(request), signal });
  return { loaders: createLoaders(sources, discovery, access, history?.seen), discovery: scopedDiscovery(discovery, access), access, partialErrors: [], cursorKey, history };
}
