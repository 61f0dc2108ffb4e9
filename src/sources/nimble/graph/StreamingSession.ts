import { builder } from '../../../builder.js';
import type { GatewayContext } from '../../../context.js';
import { badInput } from '../../../errors.js';
import type { StreamingSessionRecord } from '../../../loaders/records.js';
import { identifier } from '../../../graph/arguments.js';
import { awsEnum, doc, optional } from '../../../graph/awsShapes.js';
import { listFingerprint } from '../../../graph/connections/cursor.js';
import { resolveTokenConnection } from '../../../graph/connections/tokenConnection.js';
import { encodeParts } from '../../../graph/globalId.js';
import { parseScopeId } from '../../../graph/scopeIds.js';
import { NimbleTag, tagList } from './NimbleTag.js';
import * as e from './streamingEnums.js';
import { Session } from '../../../graph/Session.js';

type R = StreamingSessionRecord;
const f = (field: string) => optional('StreamingSession', field);

export const NimbleVolumeConfiguration = builder.objectRef<NonNullable<R['volumeConfiguration']>>('NimbleVolumeConfiguration').implement({
  description: doc('VolumeConfiguration'),
  fields: (t) => ({
    size: t.exposeInt('size', optional('VolumeConfiguration', 'size')),
    throughput: t.exposeInt('throughput', optional('VolumeConfiguration', 'throughput')),
    iops: t.exposeInt('iops', optional('VolumeConfiguration', 'iops')),
  }),
});

export const StreamingSession = builder.node(builder.objectRef<R>('StreamingSession'), {
  description: `${doc('StreamingSession')} A Nimble Studio session on a virtual workstation. Its AWS fields \`createdAt\` and \`startedAt\` are the Session fields of the same name.`,
  interfaces: [Session],
  isTypeOf: (o) => (o as R).kind === 'STREAMING',
  id: {
    resolve: (s) => encodeParts([s.studioId, s.sessionId]),
    // Checked as `streamingSessions(studioId:, sessionIds:)` check them: the loader looks a session
    // up through that list's filter, so a forged part fails here instead of reaching AWS.
    parse: (id) => {
      const [studioId, sessionId] = parseScopeId('StreamingSession', id, [identifier, sessionIdOf]) as [string, string];
      return { studioId, sessionId };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.nimble.streamingSession.load(key)),
  fields: (t) => ({
    arn: t.exposeString('arn', f('arn')),
    sessionId: t.exposeString('sessionId', { nullable: false, description: doc('StreamingSession', 'sessionId') }),
    studioId: t.exposeString('studioId', {
      nullable: false,
      description: 'The ID of the studio the session belongs to (the studio it was listed from; the AWS shape does not carry it).',
    }),
    state: t.field({ type: e.State.ref, ...f('state'), resolve: (s) => e.State.known(s.state) }),
    statusCode: t.field({ type: e.StatusCode.ref, ...f('statusCode'), resolve: (s) => e.StatusCode.known(s.statusCode) }),
    statusMessage: t.exposeString('statusMessage', f('statusMessage')),
    createdBy: t.exposeString('createdBy', f('createdBy')),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', ...f('updatedAt') }),
    updatedBy: t.exposeString('updatedBy', f('updatedBy')),
    startedBy: t.exposeString('startedBy', f('startedBy')),
    stoppedAt: t.expose('stoppedAt', { type: 'DateTime', ...f('stoppedAt') }),
    stoppedBy: t.exposeString('stoppedBy', f('stoppedBy')),
    stopAt: t.expose('stopAt', { type: 'DateTime', ...f('stopAt') }),
    terminateAt: t.expose('terminateAt', { type: 'DateTime', ...f('terminateAt') }),
    launchProfileId: t.exposeString('launchProfileId', f('launchProfileId')),
    streamingImageId: t.exposeString('streamingImageId', f('streamingImageId')),
    ec2InstanceType: t.exposeString('ec2InstanceType', f('ec2InstanceType')),
    ownedBy: t.exposeString('ownedBy', f('ownedBy')),
    tags: t.field({ type: [NimbleTag], ...f('tags'), resolve: (s) => tagList(s.tags) }),
    automaticTerminationMode: t.field({
      type: e.AutomaticTerminationMode.ref,
      ...f('automaticTerminationMode'),
      resolve: (s) => e.AutomaticTerminationMode.known(s.automaticTerminationMode),
    }),
    backupMode: t.field({ type: e.BackupMode.ref, ...f('backupMode'), resolve: (s) => e.BackupMode.known(s.backupMode) }),
    maxBackupsToRetain: t.exposeInt('maxBackupsToRetain', f('maxBackupsToRetain')),
    sessionPersistenceMode: t.field({
      type: e.PersistenceMode.ref,
      ...f('sessionPersistenceMode'),
      resolve: (s) => e.PersistenceMode.known(s.sessionPersistenceMode),
    }),
    startedFromBackupId: t.exposeString('startedFromBackupId', f('startedFromBackupId')),
    volumeConfiguration: t.expose('volumeConfiguration', { type: NimbleVolumeConfiguration, ...f('volumeConfiguration') }),
    volumeRetentionMode: t.field({
      type: e.VolumeRetentionMode.ref,
      ...f('volumeRetentionMode'),
      resolve: (s) => e.VolumeRetentionMode.known(s.volumeRetentionMode),
    }),
  }),
});

export const StreamingSessionConnection = builder.connectionObject({
  type: StreamingSession,
  name: 'StreamingSessionConnection',
  description: 'A page of streaming sessions, newest first.',
});

const MAX_SESSION_IDS = 100;

/**
 * One session ID, as `sessionIds` takes it and the by-ID loader sends it: sessionIds travel as one
 * comma-separated query value, so an ID may not contain a comma.
 */
function sessionIdOf(argument: string, value: string): string {
  if (identifier(argument, value).includes(',')) throw badInput(`\`${argument}\` must hold session IDs without commas, got one with a comma.`);
  return value;
}

/** The list arguments shared by the root field and `NimbleStudio.streamingSessions`. */
export const streamingSessionArgs = builder.args((t) => ({
  createdBy: t.string({ description: 'Return only sessions created by this user ID.' }),
  ownedBy: t.string({ description: 'Return only sessions owned by this user ID.' }),
  sessionIds: t.stringList({ description: `Return only these sessions (at most ${MAX_SESSION_IDS} IDs).` }),
  first: t.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
  after: t.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
}));

interface StreamingSessionArgs {
  createdBy?: string | null;
  ownedBy?: string | null;
  sessionIds?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

/** One studio's sessions, filtered by AWS, as a connection; the same list wherever it is asked for. */
export function resolveStreamingSessions(ctx: GatewayContext, studioId: string, args: StreamingSessionArgs) {
  const sessionIds = args.sessionIds?.map((id) => sessionIdOf('sessionIds', id));
  if (sessionIds && (sessionIds.length === 0 || sessionIds.length > MAX_SESSION_IDS)) {
    throw badInput(`\`sessionIds\` must hold 1 to ${MAX_SESSION_IDS} session IDs without commas.`);
  }
  const filter = {
    createdBy: args.createdBy ? identifier('createdBy', args.createdBy) : undefined,
    ownedBy: args.ownedBy ? identifier('ownedBy', args.ownedBy) : undefined,
    sessionIds,
  };
  return resolveTokenConnection<R>(
    {
      fingerprint: listFingerprint(ctx.cursorKey, ['streamingSessions', studioId, filter]),
      idOf: (s) => s.sessionId,
      fetchPage: (nextToken) => ctx.loaders.nimble.streamingSessionPage.load({ studioId, ...filter, nextToken }),
    },
    args,
  );
}

builder.queryField('streamingSessions', (t) =>
  t.field({
    type: StreamingSessionConnection,
    description: 'The streaming sessions of one Nimble Studio studio, newest first (ListStreamingSessions). The filters are applied by AWS.',
    args: {
      studioId: t.arg.string({ required: true, description: 'The studio ID.' }),
      ...streamingSessionArgs,
    },
    resolve: (_root, args, ctx) => resolveStreamingSessions(ctx, identifier('studioId', args.studioId), args),
  }),
);
