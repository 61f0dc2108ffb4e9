import { builder } from '../../../builder.js';
import type { LaunchProfileRecord } from '../scopeLoaders.js';
import { identifier } from '../../../graph/arguments.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { encodeParts } from '../../../graph/globalId.js';
import * as e from './nimbleScopeEnums.js';
import { NimbleStreamConfiguration } from './NimbleStreamConfiguration.js';
import { NimbleStudio } from './NimbleStudio.js';
import { NimbleTag, tagList } from './NimbleTag.js';
import { parseScopeId } from '../../../graph/scopeIds.js';
import { StreamingSession } from './StreamingSession.js';

type R = LaunchProfileRecord;
const f = (field: string) => optional('LaunchProfile', field);
const v = (field: string) => optional('ValidationResult', field);

const NimbleValidationResult = builder.objectRef<NonNullable<R['validationResults']>[number]>('NimbleValidationResult').implement({
  description: doc('ValidationResult'),
  fields: (t) => ({
    type: t.field({ type: e.ValidationType.ref, ...v('type'), resolve: (r) => e.ValidationType.known(r.type) }),
    state: t.field({ type: e.ValidationState.ref, ...v('state'), resolve: (r) => e.ValidationState.known(r.state) }),
    statusCode: t.field({ type: e.ValidationStatusCode.ref, ...v('statusCode'), resolve: (r) => e.ValidationStatusCode.known(r.statusCode) }),
    statusMessage: t.exposeString('statusMessage', v('statusMessage')),
  }),
});

export const NimbleLaunchProfile = builder.node(builder.objectRef<R>('NimbleLaunchProfile'), {
  description: `${doc('LaunchProfile')} A Nimble Studio launch profile: who may launch which workstations, and how they stream.`,
  id: {
    resolve: (p) => encodeParts([p.studioId, p.launchProfileId]),
    parse: (id) => {
      const [studioId, launchProfileId] = parseScopeId('NimbleLaunchProfile', id, [identifier, identifier]) as [string, string];
      return { studioId, launchProfileId };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.nimble.launchProfile.load(key)),
  fields: (t) => ({
    arn: t.exposeString('arn', f('arn')),
    createdAt: t.expose('createdAt', { type: 'DateTime', ...f('createdAt') }),
    createdBy: t.exposeString('createdBy', f('createdBy')),
    description: t.exposeString('description', f('description')),
    ec2SubnetIds: t.exposeStringList('ec2SubnetIds', f('ec2SubnetIds')),
    launchProfileId: t.exposeString('launchProfileId', { nullable: false, description: doc('LaunchProfile', 'launchProfileId') }),
    launchProfileProtocolVersions: t.exposeStringList('launchProfileProtocolVersions', f('launchProfileProtocolVersions')),
    name: t.exposeString('name', f('name')),
    state: t.field({ type: e.LaunchProfileState.ref, ...f('state'), resolve: (p) => e.LaunchProfileState.known(p.state) }),
    statusCode: t.field({
      type: e.LaunchProfileStatusCode.ref,
      ...f('statusCode'),
      resolve: (p) => e.LaunchProfileStatusCode.known(p.statusCode),
    }),
    statusMessage: t.exposeString('statusMessage', f('statusMessage')),
    streamConfiguration: t.expose('streamConfiguration', { type: NimbleStreamConfiguration, ...f('streamConfiguration') }),
    studioComponentIds: t.exposeStringList('studioComponentIds', f('studioComponentIds')),
    studioId: t.exposeString('studioId', {
      nullable: false,
      description: 'The ID of the studio the launch profile belongs to (the AWS shape does not carry it).',
    }),
    tags: t.field({ type: [NimbleTag], ...f('tags'), resolve: (p) => tagList(p.tags) }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', ...f('updatedAt') }),
    updatedBy: t.exposeString('updatedBy', f('updatedBy')),
    validationResults: t.expose('validationResults', { type: [NimbleValidationResult], ...f('validationResults') }),
  }),
});

// Defined here rather than in NimbleStudio.ts so imports run one way: launch profile → studio.
builder.objectField(NimbleStudio, 'launchProfiles', (t) =>
  t.field({
    type: [NimbleLaunchProfile],
    nullable: true,
    description:
      "The studio's launch profiles (ListLaunchProfiles, every page). Once listed, a session's `launchProfile` in the same request costs no call.",
    resolve: (s, _args, ctx) => ctx.loaders.nimble.launchProfiles.load(s.studioId),
  }),
);

builder.objectField(StreamingSession, 'launchProfile', (t) =>
  t.field({
    type: NimbleLaunchProfile,
    nullable: true,
    description:
      'The launch profile the session was launched from: one GetLaunchProfile per launch profile per request. Null when the session names none or it is gone.',
    resolve: (s, _args, ctx) =>
      s.launchProfileId ? ctx.loaders.nimble.launchProfile.load({ studioId: s.studioId, launchProfileId: s.launchProfileId }) : null,
  }),
);
