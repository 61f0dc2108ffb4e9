import { builder } from '../../../builder.js';
import type { GatewayContext } from '../../../context.js';
import type { DevEnvironmentRecord } from '../scopeLoaders.js';
import { codeCatalystName, uuid } from '../../../graph/arguments.js';
import { awsEnum, doc, optional } from '../../../graph/awsShapes.js';
import { CodeCatalystProject } from './CodeCatalystProject.js';
import { CodeCatalystSpace } from './CodeCatalystSpace.js';
import {
  DevEnvironmentSession,
  DevEnvironmentSessionConnection,
  devEnvironmentSessionArgs,
  resolveDevEnvironmentSessions,
} from './DevEnvironmentSession.js';
import { encodeParts } from '../../../graph/globalId.js';
import { parseScopeId } from '../../../graph/scopeIds.js';

type R = DevEnvironmentRecord;
const f = (field: string) => optional('DevEnvironmentSummary', field);

const Status = awsEnum('CodeCatalystDevEnvironmentStatus', 'The status of a Dev Environment.', {
  PENDING: 'Requested, not yet starting.',
  RUNNING: 'Running.',
  STARTING: 'Starting.',
  STOPPING: 'Stopping.',
  STOPPED: 'Stopped; it can be started again.',
  FAILED: 'Failed.',
  DELETING: 'Being deleted.',
  DELETED: 'Deleted.',
});

const CodeCatalystDevEnvironmentRepositorySummary = builder
  .objectRef<NonNullable<R['repositories']>[number]>('CodeCatalystDevEnvironmentRepositorySummary')
  .implement({
    description: doc('DevEnvironmentRepositorySummary'),
    fields: (t) => ({
      repositoryName: t.exposeString('repositoryName', optional('DevEnvironmentRepositorySummary', 'repositoryName')),
      branchName: t.exposeString('branchName', optional('DevEnvironmentRepositorySummary', 'branchName')),
    }),
  });

const CodeCatalystIde = builder.objectRef<NonNullable<R['ides']>[number]>('CodeCatalystIde').implement({
  description: doc('Ide'),
  fields: (t) => ({
    name: t.exposeString('name', optional('Ide', 'name')),
    runtime: t.exposeString('runtime', optional('Ide', 'runtime')),
  }),
});

const CodeCatalystPersistentStorage = builder.objectRef<NonNullable<R['persistentStorage']>>('CodeCatalystPersistentStorage').implement({
  description: doc('PersistentStorage'),
  fields: (t) => ({ sizeInGiB: t.exposeInt('sizeInGiB', optional('PersistentStorage', 'sizeInGiB')) }),
});

const keyOf = (d: R) => ({ spaceName: d.spaceName, projectName: d.projectName, devEnvironmentId: d.id });

export const CodeCatalystDevEnvironment = builder.node(builder.objectRef<R>('CodeCatalystDevEnvironment'), {
  description: `${doc('DevEnvironmentSummary')} A CodeCatalyst Dev Environment. Its AWS \`id\` is \`devEnvironmentId\` here, because \`id\` is the global ID.`,
  id: {
    resolve: (d) => encodeParts([d.spaceName, d.projectName, d.id]),
    parse: (id) => {
      const checks = [codeCatalystName, codeCatalystName, uuid];
      const [spaceName, projectName, devEnvironmentId] = parseScopeId('CodeCatalystDevEnvironment', id, checks) as [string, string, string];
      return { spaceName, projectName, devEnvironmentId };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.codeCatalyst.devEnvironment.load(key)),
  fields: (t) => ({
    devEnvironmentId: t.exposeString('id', { nullable: false, description: doc('DevEnvironmentSummary', 'id') }),
    spaceName: t.exposeString('spaceName', { nullable: false, description: doc('DevEnvironmentSummary', 'spaceName') }),
    projectName: t.exposeString('projectName', { nullable: false, description: doc('DevEnvironmentSummary', 'projectName') }),
    lastUpdatedTime: t.expose('lastUpdatedTime', { type: 'DateTime', ...f('lastUpdatedTime') }),
    creatorId: t.exposeString('creatorId', f('creatorId')),
    status: t.field({ type: Status.ref, ...f('status'), resolve: (d) => Status.known(d.status) }),
    statusReason: t.exposeString('statusReason', f('statusReason')),
    repositories: t.expose('repositories', { type: [CodeCatalystDevEnvironmentRepositorySummary], ...f('repositories') }),
    alias: t.exposeString('alias', f('alias')),
    ides: t.expose('ides', { type: [CodeCatalystIde], ...f('ides') }),
    instanceType: t.exposeString('instanceType', {
      ...f('instanceType'),
      description: `${doc('DevEnvironmentSummary', 'instanceType')} A name such as dev.standard1.small, which is not a valid GraphQL enum value.`,
    }),
    inactivityTimeoutMinutes: t.exposeInt('inactivityTimeoutMinutes', f('inactivityTimeoutMinutes')),
    persistentStorage: t.expose('persistentStorage', { type: CodeCatalystPersistentStorage, ...f('persistentStorage') }),
    vpcConnectionName: t.exposeString('vpcConnectionName', f('vpcConnectionName')),
    space: t.field({
      type: CodeCatalystSpace,
      nullable: true,
      description: 'The space the Dev Environment belongs to, from the discovered spaces.',
      resolve: (d, _args, ctx) => ctx.loaders.codeCatalyst.space.load(d.spaceName),
    }),
    project: t.field({
      type: CodeCatalystProject,
      nullable: true,
      description: 'The project the Dev Environment belongs to, from the discovered projects.',
      resolve: (d, _args, ctx) => ctx.loaders.codeCatalyst.project.load({ spaceName: d.spaceName, projectName: d.projectName }),
    }),
    sessions: t.field({
      type: DevEnvironmentSessionConnection,
      description:
        "The Dev Environment's sessions, newest first (ListDevEnvironmentSessions); the same list as the root `devEnvironmentSessions`.",
      args: devEnvironmentSessionArgs,
      resolve: (d, args, ctx) => resolveDevEnvironmentSessions(ctx, keyOf(d), args),
    }),
  }),
});

// Lists of dev environments live here so imports run one way (dev environment → project → space).
const discovered = async (ctx: GatewayContext, keep: (d: R) => boolean) =>
  (await ctx.discovery.get('codeCatalyst')).devEnvironments.filter(keep);

builder.objectField(CodeCatalystSpace, 'devEnvironments', (t) =>
  t.field({
    type: [CodeCatalystDevEnvironment],
    nullable: true,
    description: "The space's Dev Environments across its projects, as discovery listed them (ListDevEnvironments).",
    resolve: (s, _args, ctx) => discovered(ctx, (d) => d.spaceName === s.name),
  }),
);

builder.objectField(CodeCatalystProject, 'devEnvironments', (t) =>
  t.field({
    type: [CodeCatalystDevEnvironment],
    nullable: true,
    description: "The project's Dev Environments, as discovery listed them (ListDevEnvironments).",
    resolve: (p, _args, ctx) => discovered(ctx, (d) => d.spaceName === p.spaceName && d.projectName === p.name),
  }),
);

builder.objectField(DevEnvironmentSession, 'devEnvironment', (t) =>
  t.field({
    type: CodeCatalystDevEnvironment,
    nullable: true,
    description:
      'The Dev Environment the session belongs to (with its space and project). Free when discovery holds it, else one GetDevEnvironment per Dev Environment per request; null when it is gone.',
    resolve: (s, _args, ctx) =>
      ctx.loaders.codeCatalyst.devEnvironment.load({ spaceName: s.spaceName, projectName: s.projectName, devEnvironmentId: s.devEnvironmentId }),
  }),
);
