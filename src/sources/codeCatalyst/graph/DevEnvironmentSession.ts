import { builder } from '../../../builder.js';
import type { GatewayContext } from '../../../context.js';
import type { DevEnvironmentKey } from '../scopeLoaders.js';
import type { DevEnvironmentSessionRecord } from '../../../loaders/records.js';
import { codeCatalystName, identifier, uuid } from '../../../graph/arguments.js';
import { doc } from '../../../graph/awsShapes.js';
import { listFingerprint } from '../../../graph/connections/cursor.js';
import { resolveTokenConnection } from '../../../graph/connections/tokenConnection.js';
import { encodeParts } from '../../../graph/globalId.js';
import { parseScopeId } from '../../../graph/scopeIds.js';
import { Session } from '../../../graph/Session.js';

type R = DevEnvironmentSessionRecord;
const required = (field: string) => ({ nullable: false as const, description: doc('DevEnvironmentSessionSummary', field) });

export const DevEnvironmentSession = builder.node(builder.objectRef<R>('DevEnvironmentSession'), {
  description: `${doc('DevEnvironmentSessionSummary')} A CodeCatalyst Dev Environment session. Its AWS \`id\` is \`sessionId\` here, because \`id\` is the global ID.`,
  interfaces: [Session],
  isTypeOf: (o) => (o as R).kind === 'DEV_ENVIRONMENT',
  id: {
    resolve: (s) => encodeParts([s.spaceName, s.projectName, s.devEnvironmentId, s.id]),
    // Checked as `devEnvironmentSessions(...)` checks its arguments, so a forged part fails here
    // instead of reaching AWS (and a stop mutation's StopDevEnvironmentSession).
    parse: (id) => {
      const checks = [codeCatalystName, codeCatalystName, uuid, identifier];
      const [spaceName, projectName, devEnvironmentId, sessionId] = parseScopeId('DevEnvironmentSession', id, checks) as [string, string, string, string];
      return { spaceName, projectName, devEnvironmentId, sessionId };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.codeCatalyst.devEnvironmentSession.load(key)),
  fields: (t) => ({
    sessionId: t.exposeString('id', required('id')),
    spaceName: t.exposeString('spaceName', required('spaceName')),
    projectName: t.exposeString('projectName', required('projectName')),
    devEnvironmentId: t.exposeString('devEnvironmentId', required('devEnvironmentId')),
    startedTime: t.expose('startedTime', { type: 'DateTime', nullable: true, description: doc('DevEnvironmentSessionSummary', 'startedTime') }),
  }),
});

export const DevEnvironmentSessionConnection = builder.connectionObject({
  type: DevEnvironmentSession,
  name: 'DevEnvironmentSessionConnection',
  description: 'A page of Dev Environment sessions, newest first.',
});

/** The list arguments shared by the root field and `CodeCatalystDevEnvironment.sessions`. */
export const devEnvironmentSessionArgs = builder.args((t) => ({
  first: t.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
  after: t.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
}));

/** One dev environment's sessions as a connection; the same list (and cursors) wherever it is asked for. */
export const resolveDevEnvironmentSessions = (ctx: GatewayContext, key: DevEnvironmentKey, args: { first?: number | null; after?: string | null }) =>
  resolveTokenConnection<R>(
    {
      fingerprint: listFingerprint(ctx.cursorKey, ['devEnvironmentSessions', key]),
      idOf: (s) => s.id,
      maxPageSize: 200,
      fetchPage: (nextToken, maxResults) =>
        ctx.loaders.codeCatalyst.devEnvironmentSessionPage.load({ ...key, maxResults, nextToken }),
    },
    args,
  );

builder.queryField('devEnvironmentSessions', (t) =>
  t.field({
    type: DevEnvironmentSessionConnection,
    description: 'The sessions of one CodeCatalyst Dev Environment, newest first (ListDevEnvironmentSessions).',
    args: {
      spaceName: t.arg.string({ required: true, description: 'The name of the space.' }),
      projectName: t.arg.string({ required: true, description: 'The name of the project in the space.' }),
      devEnvironmentId: t.arg.string({ required: true, description: 'The system-generated ID (a UUID) of the Dev Environment.' }),
      ...devEnvironmentSessionArgs,
    },
    resolve: (_root, args, ctx) => {
      const key = {
        spaceName: codeCatalystName('spaceName', args.spaceName),
        projectName: codeCatalystName('projectName', args.projectName),
        devEnvironmentId: uuid('devEnvironmentId', args.devEnvironmentId),
      };
      return resolveDevEnvironmentSessions(ctx, key, args);
    },
  }),
);
