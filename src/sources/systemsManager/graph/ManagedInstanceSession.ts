import { builder } from '../../../builder.js';
import type { GatewayContext } from '../../../context.js';
import { REGION } from '../../../aws/places.js';
import { badInput } from '../../../errors.js';
import { identifier } from '../../../graph/arguments.js';
import { awsEnum, doc } from '../../../graph/awsShapes.js';
import { listFingerprint } from '../../../graph/connections/cursor.js';
import { resolveTokenConnection } from '../../../graph/connections/tokenConnection.js';
import { decodeParts, encodeParts } from '../../../graph/globalId.js';
import { Session } from '../../../graph/Session.js';
import type { ManagedInstanceSessionRecord as R, SessionManagerState as State } from '../calls.js';

// Field names are AWS's (`SessionId`, `StartDate`, …) in GraphQL's lower camel case.
/** Whether a value passes the identifier check of arguments.ts. */
const isIdentifier = (value: string) => {
  try {
    return identifier('id', value) === value;
  } catch {
    return false;
  }
};

const f = (field: string) => ({ nullable: true as const, description: doc('Session', field) });

const Status = awsEnum('ManagedInstanceSessionStatus', 'The status of a Session Manager session.', {
  Connecting: 'The session is being opened.',
  Connected: 'A client is connected.',
  Disconnected: 'The client disconnected; the session can be resumed until its idle timeout.',
  Terminating: 'The session is being terminated.',
  Terminated: 'The session ended.',
  Failed: 'The session failed.',
});

const SessionManagerOutputUrl = builder.objectRef<NonNullable<R['OutputUrl']>>('SessionManagerOutputUrl').implement({
  description: 'Where Session Manager writes a session\'s output (reserved by AWS for future use).',
  fields: (t) => ({
    s3OutputUrl: t.exposeString('S3OutputUrl', { nullable: true, description: doc('SessionManagerOutputUrl', 'S3OutputUrl') }),
    cloudWatchOutputUrl: t.exposeString('CloudWatchOutputUrl', { nullable: true, description: doc('SessionManagerOutputUrl', 'CloudWatchOutputUrl') }),
  }),
});

export const ManagedInstanceSession = builder.node(builder.objectRef<R>('ManagedInstanceSession'), {
  description: 'A Systems Manager Session Manager session on a managed node (an EC2 instance or a hybrid node), from DescribeSessions.',
  interfaces: [Session],
  isTypeOf: (o) => (o as R).kind === 'MANAGED_INSTANCE',
  id: {
    // An assumed account's sessions carry it as a third part; the gateway's own keep the two parts they always had.
    resolve: (s) => encodeParts(s.account ? [s.region, s.SessionId, s.account] : [s.region, s.SessionId]),
    // Checked as `managedInstanceSessions(account:, region:)` checks them (the session ID as any
    // identifier argument), so a forged part fails here instead of reaching AWS.
    parse: (id) => {
      const [region, sessionId, account = ''] = decodeParts('ManagedInstanceSession', id, [2, 3]) as [string, string, string?];
      if ((account && !/^\d{12}$/.test(account)) || !REGION.test(region) || !isIdentifier(sessionId)) {
        throw badInput('The ID is not a valid ManagedInstanceSession ID; use the `id` of a ManagedInstanceSession this gateway returned.');
      }
      return { account, region, sessionId };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.systemsManager.managedInstanceSession.load(key)),
  fields: (t) => ({
    sessionId: t.exposeString('SessionId', { nullable: false, description: doc('Session', 'SessionId') }),
    region: t.exposeString('region', { nullable: false, description: 'The AWS Region the session ran in (the region it was listed from; the AWS shape does not carry it).' }),
    account: t.string({
      nullable: true,
      description: "The AWS account the session ran in, when it is one the gateway reads by assuming a role (AWS_ACCOUNTS); null for the gateway's own account.",
      resolve: (s) => s.account || null,
    }),
    target: t.exposeString('Target', f('Target')),
    status: t.field({ type: Status.ref, ...f('Status'), resolve: (s) => Status.known(s.Status) }),
    startDate: t.expose('StartDate', { type: 'DateTime', ...f('StartDate') }),
    endDate: t.expose('EndDate', { type: 'DateTime', ...f('EndDate') }),
    documentName: t.exposeString('DocumentName', f('DocumentName')),
    owner: t.exposeString('Owner', f('Owner')),
    reason: t.exposeString('Reason', f('Reason')),
    details: t.exposeString('Details', f('Details')),
    outputUrl: t.expose('OutputUrl', { type: SessionManagerOutputUrl, ...f('OutputUrl') }),
    maxSessionDuration: t.exposeString('MaxSessionDuration', f('MaxSessionDuration')),
    accessType: t.exposeString('AccessType', f('AccessType')),
  }),
});

const ManagedInstanceSessionConnection = builder.connectionObject({
  type: ManagedInstanceSession,
  name: 'ManagedInstanceSessionConnection',
  description: 'A page of Session Manager sessions, in the order DescribeSessions returns them.',
});

const SessionManagerState = builder.enumType('SessionManagerState', {
  description: doc('DescribeSessionsRequest', 'State'),
  values: {
    ACTIVE: { value: 'Active', description: 'Sessions that are connecting, connected, disconnected or terminating.' },
    HISTORY: { value: 'History', description: 'Sessions that ended in the last 30 days.' },
  } as const,
});

/** DescribeSessions' own filters: AWS applies them before paging. */
function filtersOf(args: { target?: string | null; owner?: string | null; status?: string | null; invokedAfter?: Date | null; invokedBefore?: Date | null }) {
  if (args.invokedAfter && args.invokedBefore && args.invokedAfter >= args.invokedBefore) {
    throw badInput('`invokedAfter` must be earlier than `invokedBefore`.');
  }
  const filters = [
    ...(args.target ? [{ key: 'Target' as const, value: identifier('target', args.target, 400) }] : []),
    ...(args.owner ? [{ key: 'Owner' as const, value: identifier('owner', args.owner, 400) }] : []),
    ...(args.status ? [{ key: 'Status' as const, value: args.status }] : []),
    ...(args.invokedAfter ? [{ key: 'InvokedAfter' as const, value: args.invokedAfter.toISOString() }] : []),
    ...(args.invokedBefore ? [{ key: 'InvokedBefore' as const, value: args.invokedBefore.toISOString() }] : []),
  ];
  return filters.length > 0 ? filters : undefined;
}

builder.queryField('managedInstanceSessions', (t) =>
  t.field({
    type: ManagedInstanceSessionConnection,
    description:
      "Session Manager sessions of one account and region (DescribeSessions): by default the gateway's own account in the first of SYSTEMS_MANAGER_REGIONS. The filters are applied by AWS.",
    args: {
      account: t.arg.string({ description: "The 12-digit account, one of AWS_ACCOUNTS' assumed roles; omitted: the gateway's own account." }),
      region: t.arg.string({ description: 'The region, one of SYSTEMS_MANAGER_REGIONS; omitted: the first.' }),
      state: t.arg({ type: SessionManagerState, required: true, description: doc('DescribeSessionsRequest', 'State') }),
      target: t.arg.string({ description: 'Only sessions on this managed node (an instance ID such as i-0123456789abcdef0).' }),
      owner: t.arg.string({ description: 'Only sessions started by this IAM identity (its ARN).' }),
      status: t.arg({ type: Status.ref, description: 'Only sessions with this status.' }),
      invokedAfter: t.arg({ type: 'DateTime', description: 'Only sessions started at or after this time.' }),
      invokedBefore: t.arg({ type: 'DateTime', description: 'Only sessions started before this time.' }),
      first: t.arg.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
      after: t.arg.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
    },
    resolve: async (_root, args, ctx: GatewayContext) => {
      const filters = filtersOf(args);
      const state = args.state as State;
      if (args.account && !/^\d{12}$/.test(args.account)) throw badInput('`account` must be a 12-digit AWS account ID, such as 111111111111.');
      if (args.region && !REGION.test(args.region)) throw badInput('`region` must be an AWS Region such as us-east-1.');
      const { account, region } = await ctx.loaders.systemsManager.place(args.account ?? '', args.region ?? undefined);
      return resolveTokenConnection<R>(
        {
          fingerprint: listFingerprint(ctx.cursorKey, ['managedInstanceSessions', account, region, state, filters ?? null]),
          idOf: (s) => s.SessionId,
          maxPageSize: 200,
          fetchPage: (nextToken, maxResults) => ctx.loaders.systemsManager.managedInstanceSessionPage.load({ account, region, state, filters, maxResults, nextToken }),
        },
        args,
      );
    },
  }),
);
