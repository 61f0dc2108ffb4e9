import type { Source } from '../../config.js';
import type { GatewayContext } from '../../context.js';
import { reportUnexpectedFailure } from '../../diagnostics.js';
import { GatewayError } from '../../errors.js';
import type { SessionRecord } from '../../loaders/records.js';
import type { SessionStream } from '../../sources/kinds.js';
import { sessionKind } from '../../sources/registry.js';
import type { SourceFailure } from '../connections/mergedConnection.js';
import type { FeedFilter } from './filter.js';

export type { SourceFailure };

type Stream = SessionStream<SessionRecord>;

/**
 * A scope deleted since discovery answers not-found: it has no sessions left, which is not a
 * failure of its source.
 */
const goneIsEmpty = (stream: Stream): Stream => ({
  ...stream,
  fetchPage: (token, size) =>
    stream.fetchPage(token, size).catch((error: unknown) => {
      if (error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND') return { items: [], nextToken: undefined };
      throw error;
    }),
});

/**
 * The streams of every kind asked for (one per scope, as each kind's source declares them),
 * discovered in parallel. A source that is switched off is simply not part of the feed; a source
 * whose discovery fails is reported and left out.
 */
export async function feedStreams(ctx: GatewayContext, filter: FeedFilter): Promise<{ streams: Stream[]; failures: SourceFailure[] }> {
  const kinds = [...filter.kinds].map(sessionKind);
  const reads = { loaders: ctx.loaders, discovery: ctx.discovery };
  const settled = await Promise.allSettled(kinds.map((kind) => kind.streams(reads, filter)));
  const streams: Stream[] = [];
  const failures: SourceFailure[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') return void streams.push(...result.value.map(goneIsEmpty));
    const error = result.reason;
    if (error instanceof GatewayError && error.code === 'SOURCE_DISABLED') return;
    const source = (kinds[i] as (typeof kinds)[number]).source;
    if (!(error instanceof GatewayError)) reportUnexpectedFailure({ error, during: `discovering ${source} scopes for the feed` });
    failures.push({ source, error: error instanceof GatewayError ? error : new GatewayError('UPSTREAM_ERROR', 'Discovery failed.', { source }) });
  });
  // A fixed order, so ties in creation time break the same way on every page.
  streams.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { streams, failures };
}
