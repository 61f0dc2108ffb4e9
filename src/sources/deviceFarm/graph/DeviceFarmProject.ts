import { builder } from '../../../builder.js';
import { parseDeviceFarmArnId } from './arnInput.js';
import type { DeviceFarmProjectRecord } from '../scopeLoaders.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { DeviceFarmVpcConfig } from './DeviceFarmVpcConfig.js';
import {
  RemoteAccessSession,
  RemoteAccessSessionConnection,
  remoteAccessSessionArgs,
  resolveRemoteAccessSessions,
} from './RemoteAccessSession.js';
import { deviceFarmScopeOf } from '../arns.js';

type R = DeviceFarmProjectRecord;
const f = (field: string) => optional('Project', field);

const DeviceFarmEnvironmentVariable = builder
  .objectRef<NonNullable<R['environmentVariables']>[number]>('DeviceFarmEnvironmentVariable')
  .implement({
    description: doc('EnvironmentVariable'),
    fields: (t) => ({
      name: t.exposeString('name', optional('EnvironmentVariable', 'name')),
      value: t.exposeString('value', optional('EnvironmentVariable', 'value')),
    }),
  });

export const DeviceFarmProject = builder.node(builder.objectRef<R>('DeviceFarmProject'), {
  description: `${doc('Project')} A Device Farm project: where remote access sessions run.`,
  id: { resolve: (p) => p.arn, parse: (id) => parseDeviceFarmArnId('DeviceFarmProject', id, 'project') },
  loadMany: (arns, ctx) => arns.map((arn) => ctx.loaders.deviceFarm.project.load(arn)),
  fields: (t) => ({
    arn: t.exposeString('arn', { nullable: false, description: doc('Project', 'arn') }),
    name: t.exposeString('name', f('name')),
    defaultJobTimeoutMinutes: t.exposeInt('defaultJobTimeoutMinutes', f('defaultJobTimeoutMinutes')),
    created: t.expose('created', { type: 'DateTime', ...f('created') }),
    vpcConfig: t.expose('vpcConfig', { type: DeviceFarmVpcConfig, ...f('vpcConfig') }),
    environmentVariables: t.expose('environmentVariables', { type: [DeviceFarmEnvironmentVariable], ...f('environmentVariables') }),
    executionRoleArn: t.exposeString('executionRoleArn', f('executionRoleArn')),
    remoteAccessSessions: t.field({
      type: RemoteAccessSessionConnection,
      description: "The project's remote access sessions, newest first (ListRemoteAccessSessions); the same list as the root `remoteAccessSessions`.",
      args: remoteAccessSessionArgs,
      resolve: (p, args, ctx) => resolveRemoteAccessSessions(ctx, p.arn, args),
    }),
  }),
});

builder.queryField('deviceFarmProjects', (t) =>
  t.field({
    type: [DeviceFarmProject],
    nullable: true,
    description:
      'The Device Farm projects this gateway serves: discovered with ListProjects (or pinned by configuration) and cached across requests. Null, with an error, when Device Farm cannot be read.',
    resolve: (_root, _args, ctx) => ctx.discovery.get('deviceFarmProjects'),
  }),
);

builder.objectField(RemoteAccessSession, 'project', (t) =>
  t.field({
    type: DeviceFarmProject,
    nullable: true,
    description:
      'The project the session belongs to (its ARN is part of the session ARN). Free when discovery holds it, else one GetProject per project per request; null when it is gone.',
    resolve: (s, _args, ctx) => {
      const arn = deviceFarmScopeOf(s.arn);
      return arn ? ctx.loaders.deviceFarm.project.load(arn) : null;
    },
  }),
);
