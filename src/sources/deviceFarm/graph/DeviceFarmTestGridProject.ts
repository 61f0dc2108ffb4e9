import { builder } from '../../../builder.js';
import { parseDeviceFarmArnId } from './arnInput.js';
import type { TestGridProjectRecord } from '../scopeLoaders.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { DeviceFarmVpcConfig } from './DeviceFarmVpcConfig.js';
import { deviceFarmScopeOf } from '../arns.js';
import { resolveTestGridSessions, TestGridSession, TestGridSessionConnection, testGridSessionArgs } from './TestGridSession.js';

type R = TestGridProjectRecord;
const f = (field: string) => optional('TestGridProject', field);

export const DeviceFarmTestGridProject = builder.node(builder.objectRef<R>('DeviceFarmTestGridProject'), {
  description: `${doc('TestGridProject')} A Device Farm test grid project: where desktop browser (Selenium) sessions run.`,
  id: { resolve: (p) => p.arn, parse: (id) => parseDeviceFarmArnId('DeviceFarmTestGridProject', id, 'testgrid-project') },
  loadMany: (arns, ctx) => arns.map((arn) => ctx.loaders.deviceFarm.testGridProject.load(arn)),
  fields: (t) => ({
    arn: t.exposeString('arn', { nullable: false, description: doc('TestGridProject', 'arn') }),
    name: t.exposeString('name', f('name')),
    description: t.exposeString('description', f('description')),
    vpcConfig: t.expose('vpcConfig', { type: DeviceFarmVpcConfig, ...f('vpcConfig') }),
    created: t.expose('created', { type: 'DateTime', ...f('created') }),
    testGridSessions: t.field({
      type: TestGridSessionConnection,
      description:
        "The project's Selenium sessions, newest first (ListTestGridSessions; the filters are applied by AWS); the same list as the root `testGridSessions`.",
      args: testGridSessionArgs,
      resolve: (p, args, ctx) => resolveTestGridSessions(ctx, p.arn, args),
    }),
  }),
});

builder.queryField('testGridProjects', (t) =>
  t.field({
    type: [DeviceFarmTestGridProject],
    nullable: true,
    description:
      'The Device Farm test grid projects this gateway serves: discovered with ListTestGridProjects (or pinned by configuration) and cached across requests. Null, with an error, when Device Farm cannot be read.',
    resolve: (_root, _args, ctx) => ctx.discovery.get('testGridProjects'),
  }),
);

builder.objectField(TestGridSession, 'project', (t) =>
  t.field({
    type: DeviceFarmTestGridProject,
    nullable: true,
    description:
      'The test grid project the session belongs to (its ARN is part of the session ARN). Free when discovery holds it, else one GetTestGridProject per project per request; null when it is gone.',
    resolve: (s, _args, ctx) => {
      const arn = deviceFarmScopeOf(s.arn);
      return arn ? ctx.loaders.deviceFarm.testGridProject.load(arn) : null;
    },
  }),
);
