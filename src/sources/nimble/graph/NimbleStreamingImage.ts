import { builder } from '../../../builder.js';
import type { StreamingImageRecord } from '../scopeLoaders.js';
import { identifier } from '../../../graph/arguments.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { encodeParts } from '../../../graph/globalId.js';
import * as e from './nimbleScopeEnums.js';
import { NimbleTag, tagList } from './NimbleTag.js';
import { parseScopeId } from '../../../graph/scopeIds.js';
import { StreamingSession } from './StreamingSession.js';

type R = StreamingImageRecord;
const f = (field: string) => optional('StreamingImage', field);

const NimbleStreamingImageEncryptionConfiguration = builder
  .objectRef<NonNullable<R['encryptionConfiguration']>>('NimbleStreamingImageEncryptionConfiguration')
  .implement({
    description: doc('StreamingImageEncryptionConfiguration'),
    fields: (t) => ({
      keyArn: t.exposeString('keyArn', optional('StreamingImageEncryptionConfiguration', 'keyArn')),
      keyType: t.field({
        type: e.StreamingImageKeyType.ref,
        ...optional('StreamingImageEncryptionConfiguration', 'keyType'),
        resolve: (c) => e.StreamingImageKeyType.known(c.keyType),
      }),
    }),
  });

export const NimbleStreamingImage = builder.node(builder.objectRef<R>('NimbleStreamingImage'), {
  description: `${doc('StreamingImage')} A Nimble Studio streaming image: the machine image a workstation boots from.`,
  id: {
    resolve: (i) => encodeParts([i.studioId, i.streamingImageId]),
    parse: (id) => {
      const [studioId, streamingImageId] = parseScopeId('NimbleStreamingImage', id, [identifier, identifier]) as [string, string];
      return { studioId, streamingImageId };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.nimble.streamingImage.load(key)),
  fields: (t) => ({
    arn: t.exposeString('arn', f('arn')),
    description: t.exposeString('description', f('description')),
    ec2ImageId: t.exposeString('ec2ImageId', f('ec2ImageId')),
    encryptionConfiguration: t.expose('encryptionConfiguration', {
      type: NimbleStreamingImageEncryptionConfiguration,
      ...f('encryptionConfiguration'),
    }),
    eulaIds: t.exposeStringList('eulaIds', f('eulaIds')),
    name: t.exposeString('name', f('name')),
    owner: t.exposeString('owner', f('owner')),
    platform: t.exposeString('platform', f('platform')),
    state: t.field({ type: e.StreamingImageState.ref, ...f('state'), resolve: (i) => e.StreamingImageState.known(i.state) }),
    statusCode: t.field({
      type: e.StreamingImageStatusCode.ref,
      ...f('statusCode'),
      resolve: (i) => e.StreamingImageStatusCode.known(i.statusCode),
    }),
    statusMessage: t.exposeString('statusMessage', f('statusMessage')),
    streamingImageId: t.exposeString('streamingImageId', { nullable: false, description: doc('StreamingImage', 'streamingImageId') }),
    studioId: t.exposeString('studioId', {
      nullable: false,
      description: 'The ID of the studio the streaming image belongs to (the AWS shape does not carry it).',
    }),
    tags: t.field({ type: [NimbleTag], ...f('tags'), resolve: (i) => tagList(i.tags) }),
  }),
});

builder.objectField(StreamingSession, 'streamingImage', (t) =>
  t.field({
    type: NimbleStreamingImage,
    nullable: true,
    description:
      'The streaming image the session runs: one GetStreamingImage per image per request. Null when the session names none or it is gone.',
    resolve: (s, _args, ctx) =>
      s.streamingImageId ? ctx.loaders.nimble.streamingImage.load({ studioId: s.studioId, streamingImageId: s.streamingImageId }) : null,
  }),
);
