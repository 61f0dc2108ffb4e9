import { builder } from '../../../builder.js';
import type { CodeCatalystProjectRecord } from '../scopeLoaders.js';
import { codeCatalystName } from '../../../graph/arguments.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { CodeCatalystSpace } from './CodeCatalystSpace.js';
import { encodeParts } from '../../../graph/globalId.js';
import { parseScopeId } from '../../../graph/scopeIds.js';

const f = (field: string) => optional('ProjectSummary', field);

export const CodeCatalystProject = builder.node(builder.objectRef<CodeCatalystProjectRecord>('CodeCatalystProject'), {
  description: `${doc('ProjectSummary')} A CodeCatalyst project in a space.`,
  id: {
    resolve: (p) => encodeParts([p.spaceName, p.name]),
    parse: (id) => {
      const [spaceName, projectName] = parseScopeId('CodeCatalystProject', id, [codeCatalystName, codeCatalystName]) as [string, string];
      return { spaceName, projectName };
    },
  },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.codeCatalyst.project.load(key)),
  fields: (t) => ({
    spaceName: t.exposeString('spaceName', {
      nullable: false,
      description: 'The name of the space the project belongs to (the space it was listed from).',
    }),
    name: t.exposeString('name', { nullable: false, description: doc('ProjectSummary', 'name') }),
    displayName: t.exposeString('displayName', f('displayName')),
    description: t.exposeString('description', f('description')),
    space: t.field({
      type: CodeCatalystSpace,
      nullable: true,
      description: 'The space the project belongs to, from the discovered spaces.',
      resolve: (p, _args, ctx) => ctx.loaders.codeCatalyst.space.load(p.spaceName),
    }),
  }),
});

builder.objectField(CodeCatalystSpace, 'projects', (t) =>
  t.field({
    type: [CodeCatalystProject],
    nullable: true,
    description: "The space's projects, as discovery listed them (ListProjects).",
    resolve: async (s, _args, ctx) => (await ctx.discovery.get('codeCatalyst')).projects.filter((p) => p.spaceName === s.name),
  }),
);
