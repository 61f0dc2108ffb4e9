// How the watcher reads sessions: the feed's own per-scope streams (the same upstream calls, cache
// and rate limits), made fresh for each poll with the gateway's own view of every scope. Each
// poll's reads bypass the cached answers and refresh them for every request.
import { ALLOW_ALL } from '../../auth/access.js';
import type { GatewayContext } from '../../context.js';
import { createLoaders } from '../../loaders/index.js';
import type { SessionSink } from '../../loaders/util.js';
import type { SessionKind, SessionRecord } from '../../loaders/records.js';
import type { Discovery } from '../../scopes/discovery.js';
import type { Upstream } from '../../upstream/index.js';
import type { Observed } from '../../watch/diff.js';
import type { WatchScope, WatchSource } from '../../watch/index.js';
import type { SessionStream } from '../../sources/kinds.js';
import { SESSION_KINDS } from '../../sources/registry.js';
import { createdTime } from '../feed/filter.js';
import { feedStreams } from '../feed/streams.js';
import { sessionPhase } from '../../loaders/sessionPhase.js';

/** Pages read per scope and poll at most, following its open sessions down the list. */
const MAX_PAGES = 10;

function observe(stream: SessionStream<SessionRecord>, item: SessionRecord): Observed<SessionRecord> {
  const phase = sessionPhase(item);
  const status = 'status' in item ? item.status : 'state' in item ? item.state : '';
  return { id: stream.idOf(item), state: `${phase}|${status ?? ''}`, ended: phase === 'ENDED' || phase === 'FAILED', createdAt: createdTime(item), item };
}

/** `seen`: the history recorder, when there is one; every session the watcher reads goes to it. */
export function watchSource(upstream: Upstream, discovery: Discovery, seen?: SessionSink): WatchSource<SessionRecord> {
  let streams = new Map<string, SessionStream<SessionRecord>>();
  return {
    async scopes(kinds) {
      const ctx = {
        loaders: createLoaders(upstream.forRequest({ refresh: true }), discovery, ALLOW_ALL, seen),
        discovery,
        access: ALLOW_ALL,
        partialErrors: [],
        cursorKey: Buffer.alloc(0),
      } as GatewayContext;
      const filter = { kinds: (kinds ?? new Set(SESSION_KINDS.map((k) => k.kind))) as ReadonlySet<SessionKind>, phases: null, createdAfter: undefined, createdBefore: undefined };
      const found = (await feedStreams(ctx, filter)).streams;
      streams = new Map(found.map((s) => [s.key, s]));
      return found.map((s): WatchScope => ({ key: s.key, kind: s.kind, source: s.source, scope: s.scope }));
    },
    async read(scope, until) {
      const stream = streams.get(scope.key);
      if (!stream) return { items: [], complete: false, pages: 0 };
      const items: Observed<SessionRecord>[] = [];
      let token: string | undefined;
      let pages = 0;
      do {
        const page = await stream.fetchPage(token, stream.pageSize);
        pages += 1;
        items.push(...page.items.map((item) => observe(stream, item)));
        token = page.nextToken;
      } while (token && until !== undefined && (items.at(-1)?.createdAt ?? 0) >= until && pages < MAX_PAGES);
      return { items, complete: token === undefined, pages };
    },
  };
}
