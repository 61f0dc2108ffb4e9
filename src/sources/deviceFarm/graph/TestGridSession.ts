import { builder } from '../../../builder.js';
import { deviceFarmArn, parseDeviceFarmArnId } from './arnInput.js';
import type { GatewayContext } from '../../../context.js';
import { badInput } from '../../../errors.js';
import type { TestGridSessionFilter, TestGridSessionRecord } from '../../../loaders/records.js';
import { awsEnum, doc, optional } from '../../../graph/awsShapes.js';
import { listFingerprint } from '../../../graph/connections/cursor.js';
import { resolveTokenConnection } from '../../../graph/connections/tokenConnection.js';
import { Session } from '../../../graph/Session.js';

export const TestGridSessionStatus = awsEnum('DeviceFarmTestGridSessionStatus', 'The state of a Selenium testing session.', {
  ACTIVE: 'The session is open.',
  CLOSED: 'The session was closed.',
  ERRORED: 'The session ended with an error.',
});

type R = TestGridSessionRecord;
const f = (field: string) => optional('TestGridSession', field);

export const TestGridSession = builder.node(builder.objectRef<R>('TestGridSession'), {
  description: `${doc('TestGridSession')} A Device Farm desktop browser (Selenium) testing session.`,
  interfaces: [Session],
  isTypeOf: (o) => (o as R).kind === 'TEST_GRID',
  id: { resolve: (s) => s.arn, parse: (id) => parseDeviceFarmArnId('TestGridSession', id, 'testgrid-session') },
  loadMany: (arns, ctx) => arns.map((arn) => ctx.loaders.deviceFarm.testGridSession.load(arn)),
  fields: (t) => ({
    arn: t.exposeString('arn', { nullable: false, description: doc('TestGridSession', 'arn') }),
    status: t.field({ type: TestGridSessionStatus.ref, ...f('status'), resolve: (s) => TestGridSessionStatus.known(s.status) }),
    created: t.expose('created', { type: 'DateTime', ...f('created') }),
    ended: t.expose('ended', { type: 'DateTime', ...f('ended') }),
    billingMinutes: t.exposeFloat('billingMinutes', f('billingMinutes')),
    seleniumProperties: t.exposeString('seleniumProperties', {
      ...f('seleniumProperties'),
      description: `${doc('TestGridSession', 'seleniumProperties')} JSON text, as AWS returns it.`,
    }),
  }),
});

export const TestGridSessionConnection = builder.connectionObject({
  type: TestGridSession,
  name: 'TestGridSessionConnection',
  description: 'A page of test grid sessions, newest first.',
});

const time = (d: Date | null | undefined) => d ?? undefined;

/** The list arguments shared by the root field and `DeviceFarmTestGridProject.testGridSessions`. */
export const testGridSessionArgs = builder.args((t) => ({
  status: t.field({ type: TestGridSessionStatus.ref, description: 'Return only sessions in this state.' }),
  creationTimeAfter: t.field({ type: 'DateTime', description: 'Return only sessions created after this time.' }),
  creationTimeBefore: t.field({ type: 'DateTime', description: 'Return only sessions created before this time.' }),
  endTimeAfter: t.field({ type: 'DateTime', description: 'Return only sessions that ended after this time.' }),
  endTimeBefore: t.field({ type: 'DateTime', description: 'Return only sessions that ended before this time.' }),
  first: t.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
  after: t.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
}));

type Nullable<T> = { [K in keyof T]?: T[K] | null };
type TestGridSessionArgs = Nullable<TestGridSessionFilter> & { first?: number | null; after?: string | null };

/** One project's sessions, filtered by AWS, as a connection; the same list wherever it is asked for. */
export function resolveTestGridSessions(ctx: GatewayContext, projectArn: string, args: TestGridSessionArgs) {
  const filter = {
    status: args.status ?? undefined,
    creationTimeAfter: time(args.creationTimeAfter),
    creationTimeBefore: time(args.creationTimeBefore),
    endTimeAfter: time(args.endTimeAfter),
    endTimeBefore: time(args.endTimeBefore),
  };
  for (const [from, to] of [['creationTimeAfter', 'creationTimeBefore'], ['endTimeAfter', 'endTimeBefore']] as const) {
    if (filter[from] && filter[to] && filter[from] >= filter[to]) throw badInput(`\`${from}\` must be earlier than \`${to}\`.`);
  }
  return resolveTokenConnection<R>(
    {
      fingerprint: listFingerprint(ctx.cursorKey, ['testGridSessions', projectArn, filter]),
      idOf: (s) => s.arn,
      maxPageSize: 1000,
      fetchPage: (nextToken, maxResult) =>
        ctx.loaders.deviceFarm.testGridSessionPage.load({ projectArn, ...filter, maxResult, nextToken }),
    },
    args,
  );
}

builder.queryField('testGridSessions', (t) =>
  t.field({
    type: TestGridSessionConnection,
    description: 'The Selenium sessions of one Device Farm test grid project, newest first (ListTestGridSessions). The filters are applied by AWS.',
    args: {
      projectArn: t.arg.string({ required: true, description: 'The ARN of the test grid project.' }),
      ...testGridSessionArgs,
    },
    resolve: (_root, args, ctx) =>
      resolveTestGridSessions(ctx, deviceFarmArn('projectArn', args.projectArn, 'testgrid-project'), args),
  }),
);
