import { builder } from '../../../builder.js';
import type { CodeCatalystSpaceRecord } from '../scopeLoaders.js';
import { codeCatalystName } from '../../../graph/arguments.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { parseScopeId } from '../../../graph/scopeIds.js';

// A space's `projects` and `devEnvironments` are defined beside those types, so imports run one
// way (dev environment → project → space).

const f = (field: string) => optional('SpaceSummary', field);

export const CodeCatalystSpace = builder.node(builder.objectRef<CodeCatalystSpaceRecord>('CodeCatalystSpace'), {
  description: `${doc('SpaceSummary')} A CodeCatalyst space: it holds projects, and they hold Dev Environments.`,
  id: { resolve: (s) => s.name, parse: (id) => parseScopeId('CodeCatalystSpace', id, [codeCatalystName])[0] as string },
  loadMany: (names, ctx) => names.map((name) => ctx.loaders.codeCatalyst.space.load(name)),
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false, description: doc('SpaceSummary', 'name') }),
    regionName: t.exposeString('regionName', {
      ...f('regionName'),
      description: `${doc('SpaceSummary', 'regionName')} Null for a space pinned by configuration.`,
    }),
    displayName: t.exposeString('displayName', f('displayName')),
    description: t.exposeString('description', f('description')),
  }),
});

builder.queryField('codeCatalystSpaces', (t) =>
  t.field({
    type: [CodeCatalystSpace],
    nullable: true,
    description:
      'The CodeCatalyst spaces this gateway serves: discovered with ListSpaces (or pinned by configuration), with their projects and Dev Environments, and cached across requests. Null, with an error, when CodeCatalyst cannot be read.',
    resolve: async (_root, _args, ctx) => (await ctx.discovery.get('codeCatalyst')).spaces,
  }),
);
