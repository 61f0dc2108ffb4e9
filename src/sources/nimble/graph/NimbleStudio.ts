import { builder } from '../../../builder.js';
import type { NimbleStudioRecord } from '../scopeLoaders.js';
import { identifier } from '../../../graph/arguments.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import * as e from './nimbleScopeEnums.js';
import { NimbleTag, tagList } from './NimbleTag.js';
import { parseScopeId } from '../../../graph/scopeIds.js';
import { resolveStreamingSessions, StreamingSession, StreamingSessionConnection, streamingSessionArgs } from './StreamingSession.js';

type R = NimbleStudioRecord;
const f = (field: string) => optional('Studio', field);

const NimbleStudioEncryptionConfiguration = builder
  .objectRef<NonNullable<R['studioEncryptionConfiguration']>>('NimbleStudioEncryptionConfiguration')
  .implement({
    description: doc('StudioEncryptionConfiguration'),
    fields: (t) => ({
      keyArn: t.exposeString('keyArn', optional('StudioEncryptionConfiguration', 'keyArn')),
      keyType: t.field({
        type: e.StudioKeyType.ref,
        ...optional('StudioEncryptionConfiguration', 'keyType'),
        resolve: (c) => e.StudioKeyType.known(c.keyType),
      }),
    }),
  });

export const NimbleStudio = builder.node(builder.objectRef<R>('NimbleStudio'), {
  description: `${doc('Studio')} A Nimble Studio studio: where streaming sessions, launch profiles and streaming images live. A studio pinned by configuration carries only its \`studioId\`.`,
  id: { resolve: (s) => s.studioId, parse: (id) => parseScopeId('NimbleStudio', id, [identifier])[0] as string },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.nimble.studio.load(id)),
  fields: (t) => ({
    account: t.string({
      nullable: true,
      description:
        "The AWS account the studio is in, when it is one the gateway reads by assuming a role (AWS_ACCOUNTS); null for the gateway's own account and for a studio pinned by configuration. Its region is `homeRegion`.",
      resolve: (s) => s.place?.account || null,
    }),
    adminRoleArn: t.exposeString('adminRoleArn', f('adminRoleArn')),
    arn: t.exposeString('arn', f('arn')),
    createdAt: t.expose('createdAt', { type: 'DateTime', ...f('createdAt') }),
    displayName: t.exposeString('displayName', f('displayName')),
    homeRegion: t.exposeString('homeRegion', f('homeRegion')),
    ssoClientId: t.exposeString('ssoClientId', f('ssoClientId')),
    state: t.field({ type: e.StudioState.ref, ...f('state'), resolve: (s) => e.StudioState.known(s.state) }),
    statusCode: t.field({ type: e.StudioStatusCode.ref, ...f('statusCode'), resolve: (s) => e.StudioStatusCode.known(s.statusCode) }),
    statusMessage: t.exposeString('statusMessage', f('statusMessage')),
    studioEncryptionConfiguration: t.expose('studioEncryptionConfiguration', {
      type: NimbleStudioEncryptionConfiguration,
      ...f('studioEncryptionConfiguration'),
    }),
    studioId: t.exposeString('studioId', { nullable: false, description: doc('Studio', 'studioId') }),
    studioName: t.exposeString('studioName', f('studioName')),
    studioUrl: t.exposeString('studioUrl', f('studioUrl')),
    tags: t.field({ type: [NimbleTag], ...f('tags'), resolve: (s) => tagList(s.tags) }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', ...f('updatedAt') }),
    userRoleArn: t.exposeString('userRoleArn', f('userRoleArn')),
    streamingSessions: t.field({
      type: StreamingSessionConnection,
      description:
        "The studio's streaming sessions, newest first (ListStreamingSessions; the filters are applied by AWS); the same list as the root `streamingSessions`.",
      args: streamingSessionArgs,
      resolve: (s, args, ctx) => resolveStreamingSessions(ctx, s.studioId, args),
    }),
  }),
});

builder.queryField('studios', (t) =>
  t.field({
    type: [NimbleStudio],
    nullable: true,
    description:
      'The Nimble Studio studios this gateway serves: discovered with ListStudios (or pinned by configuration) and cached across requests. Null, with an error, when Nimble Studio cannot be read.',
    resolve: (_root, _args, ctx) => ctx.discovery.get('nimbleStudios'),
  }),
);

builder.objectField(StreamingSession, 'studio', (t) =>
  t.field({
    type: NimbleStudio,
    nullable: true,
    description:
      "The studio the session belongs to, from the discovered studios (no call when they are cached, else one ListStudios walk shared by the whole request). Null when the gateway does not know the studio.",
    resolve: (s, _args, ctx) => ctx.loaders.nimble.studio.load(s.studioId),
  }),
);
