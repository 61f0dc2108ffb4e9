import { responsePathAsArray } from 'graphql';
import { builder } from '../../builder.js';
import { SOURCE_LABEL, type Source } from '../../sources/registry.js';
import { GatewayError } from '../../errors.js';
import type { SessionRecord } from '../../loaders/records.js';
import { SOURCE_REGISTRY, sourceEnumValue } from '../../sources/registry.js';
import { listFingerprint } from '../connections/cursor.js';
import { decodeFeedCursor } from '../connections/feedCursor.js';
import { resolveMergedConnection } from '../connections/mergedConnection.js';
import { pageSize } from '../connections/pageSize.js';
import { accepts, filterFingerprint, parseFeedFilter } from './filter.js';
import { feedStreams, type SourceFailure } from './streams.js';
import { edgesStreamed, emittedAsIterable } from './streamedEdges.js';
import { Session, SessionKind, SessionPhase } from '../Session.js';

export const SessionSource = builder.enumType('SessionSource', {
  description: 'An AWS service the gateway reads sessions from.',
  // DEVICE_FARM for deviceFarm: each source in the registry, by its configuration name.
  values: Object.fromEntries(
    SOURCE_REGISTRY.map(({ name, client }) => [sourceEnumValue(name), { value: name, description: `${client.label} (\`extensions.source\`: ${name}).` }]),
  ) as Record<string, { value: Source; description: string }>,
});

const SessionSourceFailure = builder.objectRef<SourceFailure>('SessionSourceFailure').implement({
  description: 'A source whose sessions are missing from this page, and why. The same failure is in the response `errors`.',
  fields: (t) => ({
    source: t.field({ type: SessionSource, nullable: false, description: 'The source that failed.', resolve: (f) => f.source }),
    code: t.string({ nullable: false, description: 'The error code, as in `extensions.code`.', resolve: (f) => f.error.code }),
    message: t.string({ nullable: false, description: 'What went wrong, for a person.', resolve: (f) => f.error.message }),
    account: t.string({
      nullable: true,
      description: "The account that failed, when it is one the gateway reads by assuming a role (AWS_ACCOUNTS); null for the gateway's own. Each failing account and region has its own entry.",
      resolve: (f) => f.error.details.account ?? null,
    }),
    region: t.string({ nullable: true, description: 'The region that failed, for a regional source (Systems Manager); null otherwise.', resolve: (f) => f.error.details.region ?? null }),
  }),
});

const SessionFilter = builder.inputType('SessionFilter', {
  description: 'Narrows the `sessions` feed. Every field given must match.',
  fields: (t) => ({
    kinds: t.field({ type: [SessionKind], description: 'Only these kinds; the others cost no upstream call.' }),
    phases: t.field({ type: [SessionPhase], description: 'Only sessions in these phases.' }),
    createdAfter: t.field({ type: 'DateTime', description: 'Only sessions created at or after this time.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Only sessions created before this time.' }),
  }),
});

type FeedResult = Awaited<ReturnType<typeof resolveMergedConnection<SessionRecord>>>;

const SessionConnection = builder.connectionObject(
  {
    type: Session,
    name: 'SessionConnection',
    description: 'A page of the merged feed of sessions of every kind, newest first.',
    fields: (t) => ({
      incompleteSources: t.field({
        type: [SessionSourceFailure],
        nullable: false,
        description: 'Sources whose sessions are missing from this page because they failed; empty when the page is complete.',
        resolve: (c) => (c as unknown as FeedResult).failures,
      }),
    }),
  },
  { name: 'SessionEdge' },
);

/** One failure per source and place (account and region), reworded to say what the page is missing. */
function perSource(failures: SourceFailure[]): SourceFailure[] {
  const byPlace = new Map<string, SourceFailure>();
  for (const { source, error } of failures) {
    const key = `${source}|${error.details.account ?? ''}|${error.details.region ?? ''}`;
    if (byPlace.has(key)) continue;
    // The message already names the place (errors.ts, inPlace).
    const there = error.details.account || error.details.region ? ' there' : '';
    const message = `${error.message} Sessions from ${SOURCE_LABEL[source]}${there} are missing from this page; the next page resumes them.`;
    byPlace.set(key, { source, error: new GatewayError(error.code, message, { ...error.details, source }) });
  }
  return [...byPlace.values()];
}

builder.queryField('sessions', (t) =>
  t.field({
    type: SessionConnection,
    description:
      'Sessions of every kind, from every enabled source and scope, merged newest first by `createdAt`. A source that fails leaves its sessions out of the page and is named in `incompleteSources` and in `errors`; the rest is returned.',
    args: {
      first: t.arg.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
      after: t.arg.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
      filter: t.arg({ type: SessionFilter, description: 'Only sessions that match.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = pageSize(args.first);
      const filter = parseFeedFilter(args.filter);
      const fingerprint = listFingerprint(ctx.cursorKey, ['sessions', filterFingerprint(filter)]);
      const position = args.after != null ? decodeFeedCursor(args.after, fingerprint) : null;
      const { streams, failures } = await feedStreams(ctx, filter);
      const options = {
        fingerprint,
        first,
        position,
        accept: accepts(filter),
        acceptsAll: !filter.phases && !filter.createdAfter && !filter.createdBefore,
        minTime: filter.createdAfter?.getTime(),
        missingStreams: failures.length > 0,
        readAhead: ctx.readAhead?.forRequest(ctx, filter, Boolean(args.after)),
      };
      const finish = (page: FeedResult) => {
        const incomplete = perSource([...failures, ...page.failures]);
        for (const { error } of incomplete) ctx.partialErrors.push({ error, path: responsePathAsArray(info.path) });
        return { ...page, failures: incomplete };
      };
      if (!edgesStreamed(info)) return finish(await resolveMergedConnection(streams, options));
      const { items, done } = emittedAsIterable((onEdge: (edge: FeedResult['edges'][number]) => void) =>
        resolveMergedConnection(streams, { ...options, onEdge }).then(finish),
      );
      // Getters: a promise is made only for a field the client selected, so none is left unhandled.
      return {
        edges: items,
        get pageInfo() {
          return done.then((page) => page.pageInfo);
        },
        get failures() {
          return done.then((page) => page.failures);
        },
      } as unknown as FeedResult;
    },
  }),
);
