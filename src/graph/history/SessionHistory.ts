// `sessionHistory`: every session the gateway has seen, from its history store (never from AWS).
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.js';
import { badInput, GatewayError } from '../../errors.js';
import type { GatewayContext } from '../../context.js';
import type { History, HistoryColumns, StoredSession } from '../../history/index.js';
import { HISTORY_ORDER_COLUMNS, type HistoryColumn, type HistoryOrderField } from '../../history/historyPage.js';
import { listFingerprint } from '../connections/cursor.js';
import { pageSize } from '../connections/pageSize.js';
import { SessionKind, SessionPhase } from '../Session.js';
import { SessionSource } from '../feed/SessionFeed.js';
import { decodeHistoryCursor, encodeHistoryCursor } from './historyCursor.js';
import { selectedNodeFields } from './selectedFields.js';

export function historyOf(ctx: GatewayContext): History {
  if (!ctx.history) throw new GatewayError('HISTORY_UNAVAILABLE', 'This gateway keeps no session history (HISTORY_DIR=off); ask its operator to switch it on.');
  return ctx.history;
}

const EndedAtSource = builder.enumType('EndedAtSource', {
  description: 'Where a remembered end time comes from.',
  values: {
    OBSERVED: { description: 'AWS reported it.' },
    ESTIMATED: { description: 'AWS stopped listing the session while it was open: the first time the gateway saw it missing. It ended between `lastSeenAt` and this time.' },
  } as const,
});

const minutes = (ms: number) => ms / 60_000;

/** The column each field of SessionHistoryEntry reads: a page reads only those of the fields asked for. */
const ENTRY_COLUMNS: Record<string, HistoryColumn> = {
  key: 'id', kind: 'kind', source: 'source', scope: 'scope', owner: 'owner', name: 'name', instanceType: 'instance_type',
  status: 'status', phase: 'phase', createdAt: 'created_at', startedAt: 'started_at', endedAt: 'ended_at',
  endedAtSource: 'ended_at_source', firstSeenAt: 'first_seen_at', lastSeenAt: 'last_seen_at', durationMinutes: 'duration_ms',
  minutes: 'minutes', billedMinutes: 'billed_minutes', awsRecordJson: 'record',
};

/** The columns of the node fields asked for; every column when a field is not in ENTRY_COLUMNS (one added without it). */
function columnsAskedFor(info: GraphQLResolveInfo): HistoryColumns {
  const columns: HistoryColumn[] = [];
  for (const field of selectedNodeFields(info)) {
    if (field === '__typename') continue;
    const column = ENTRY_COLUMNS[field];
    if (!column) return 'all';
    columns.push(column);
  }
  return columns;
}

// A row holds only the columns its page read (columnsAskedFor): each field reads its own.
const SessionHistoryEntry = builder.objectRef<StoredSession>('SessionHistoryEntry').implement({
  description: 'A session as the history store remembers it, including sessions AWS no longer lists.',
  fields: (t) => ({
    key: t.string({ nullable: false, description: "The session's AWS identity, prefixed by its kind (what replicas upsert by).", resolve: (s) => s.id }),
    kind: t.field({ type: SessionKind, nullable: false, description: 'Which AWS API the session comes from.', resolve: (s) => s.kind as never }),
    source: t.field({ type: SessionSource, nullable: false, description: 'The AWS service.', resolve: (s) => s.source as never }),
    scope: t.string({ nullable: false, description: 'The Device Farm project ARN, Nimble studio ID or CodeCatalyst space name.', resolve: (s) => s.scope }),
    owner: t.string({ nullable: true, description: "Who the session belongs to, where the API says (a Nimble session's `ownedBy`).", resolve: (s) => s.owner }),
    name: t.string({ nullable: true, description: "The session's name, or its ID where it has none.", resolve: (s) => s.name }),
    instanceType: t.string({ nullable: true, description: "The EC2 instance type (Nimble's `ec2InstanceType`).", resolve: (s) => s.instance_type }),
    status: t.string({ nullable: true, description: "The API's own status or state when last seen.", resolve: (s) => s.status }),
    phase: t.field({ type: SessionPhase, nullable: false, description: 'The phase when last seen, or ENDED once AWS stopped listing it.', resolve: (s) => s.phase as never }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.created_at, description: 'When the session was created.' }),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.started_at, description: 'When the session started.' }),
    endedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.ended_at, description: 'When the session ended; null while open.' }),
    endedAtSource: t.field({ type: EndedAtSource, nullable: true, resolve: (s) => s.ended_at_source as never, description: 'Whether `endedAt` was reported by AWS or estimated.' }),
    firstSeenAt: t.field({ type: 'DateTime', nullable: false, resolve: (s) => s.first_seen_at, description: 'When the gateway first read the session.' }),
    lastSeenAt: t.field({ type: 'DateTime', nullable: false, resolve: (s) => s.last_seen_at, description: 'When the gateway last read the session from AWS.' }),
    durationMinutes: t.float({ nullable: false, resolve: (s) => minutes(s.duration_ms), description: 'From start to end (an open session: to `lastSeenAt`).' }),
    minutes: t.float({ nullable: false, resolve: (s) => s.minutes, description: "Device Farm's device minutes for a remote access session; otherwise `durationMinutes`." }),
    billedMinutes: t.float({ nullable: false, resolve: (s) => s.billed_minutes, description: "What AWS bills: metered device minutes, Test Grid's billing minutes, Nimble instance time, CodeCatalyst session time." }),
    awsRecordJson: t.string({ nullable: false, resolve: (s) => JSON.stringify(s.record), description: 'The whole AWS record as last seen, as JSON text.' }),
  }),
});

const SessionHistoryOrderField = builder.enumType('SessionHistoryOrderField', {
  description: 'What `sessionHistory` sorts by.',
  values: {
    START: { description: 'When the session started (or was created).' },
    END: { description: 'When it ended; open sessions come after every ended one.' },
    DURATION: { description: 'How long it ran (an open session: so far).' },
    BILLED_MINUTES: { description: 'What AWS bills, in minutes.' },
  } as const,
});

const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } } as const,
});

const SessionHistoryOrder = builder.inputType('SessionHistoryOrder', {
  description: 'How `sessionHistory` is sorted; ties break by `key` in the same direction.',
  fields: (t) => ({
    field: t.field({ type: SessionHistoryOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC', description: 'Default DESC.' }),
  }),
});

const SessionHistoryFilter = builder.inputType('SessionHistoryFilter', {
  description: 'Narrows `sessionHistory`. Every field given must match.',
  fields: (t) => ({
    kinds: t.field({ type: [SessionKind], description: 'Only these kinds.' }),
    phases: t.field({ type: [SessionPhase], description: 'Only sessions in these phases (as last seen).' }),
    scopes: t.stringList({ description: 'Only these scopes: Device Farm project ARNs, Nimble studio IDs, CodeCatalyst space names.' }),
    owners: t.stringList({ description: 'Only sessions of these owners.' }),
    startedAfter: t.field({ type: 'DateTime', description: 'Only sessions that started at or after this time.' }),
    startedBefore: t.field({ type: 'DateTime', description: 'Only sessions that started before this time.' }),
    search: t.string({ description: 'Only sessions whose name, owner or key contains this text (any case; 1 to 200 characters).' }),
  }),
});

const SessionHistoryConnection = builder.connectionObject(
  { type: SessionHistoryEntry, name: 'SessionHistoryConnection', description: 'A page of remembered sessions.' },
  { name: 'SessionHistoryEdge' },
);

const MAX_LIST = 100;
function list<T>(name: string, values: readonly T[] | null | undefined): readonly T[] | undefined {
  if (!values) return undefined;
  if (values.length === 0 || values.length > MAX_LIST) throw badInput(`\`filter.${name}\` must name 1 to ${MAX_LIST} values; leave it out for all.`);
  return values;
}

builder.queryField('sessionHistory', (t) =>
  t.field({
    type: SessionHistoryConnection,
    description:
      'Every session the gateway has seen (by any query or its sweep), including those AWS no longer lists, from its history store: never calls AWS. Only the scopes your identity may see. Stable under concurrent inserts (keyset pagination).',
    args: {
      filter: t.arg({ type: SessionHistoryFilter, description: 'Only sessions that match.' }),
      orderBy: t.arg({ type: SessionHistoryOrder, description: 'Default: START, DESC (newest first).' }),
      first: t.arg.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
      after: t.arg.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const history = historyOf(ctx);
      const first = pageSize(args.first);
      const f = args.filter;
      const search = f?.search ?? undefined;
      if (search !== undefined && (search.length < 1 || search.length > 200)) throw badInput('`filter.search` must be 1 to 200 characters long.');
      const startedAfter = f?.startedAfter ?? undefined;
      const startedBefore = f?.startedBefore ?? undefined;
      if (startedAfter && startedBefore && startedAfter >= startedBefore) throw badInput('`filter.startedAfter` must be earlier than `filter.startedBefore`.');
      const filter = {
        kinds: list('kinds', f?.kinds),
        phases: list('phases', f?.phases),
        scopes: list('scopes', f?.scopes),
        owners: list('owners', f?.owners),
        startedAfter,
        startedBefore,
        text: search,
      };
      const order = { field: (args.orderBy?.field ?? 'START') as HistoryOrderField, direction: args.orderBy?.direction ?? 'DESC' };
      const fingerprint = listFingerprint(ctx.cursorKey, ['sessionHistory', { ...filter, startedAfter: startedAfter?.toISOString(), startedBefore: startedBefore?.toISOString() }, order]);
      const after = args.after != null ? decodeHistoryCursor(args.after, fingerprint) : undefined;
      const rows = first === 0 ? [] : await history.page(ctx.access, filter, order, first + 1, after, columnsAskedFor(info));
      const column = HISTORY_ORDER_COLUMNS[order.field];
      const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeHistoryCursor(fingerprint, { value: node[column], id: node.id }) }));
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: false,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);
