// Amazon CodeCatalyst (global): Dev Environment sessions, per space, project and Dev Environment.
import type { CodeCatalystClient } from '@aws-sdk/client-codecatalyst';
import type { SourceDeclaration } from '../source.js';
import { codeCatalystScopes } from './scopes.js';
import { codeCatalystClient } from './client.js';
import { createCodeCatalystLoaders } from './loaders.js';
import { createCodeCatalystScopeLoaders } from './scopeLoaders.js';
import { createCodeCatalystStops } from './stops.js';
import { devEnvironment } from './sessionKinds.js';

export const codeCatalyst = {
  name: 'codeCatalyst',
  client: codeCatalystClient,
  loaders: (client, discovery, access, seen) => ({
    ...createCodeCatalystLoaders(client, access, seen),
    ...createCodeCatalystScopeLoaders(client, discovery, access),
    ...createCodeCatalystStops(client, access),
  }),
  scopes: codeCatalystScopes,
  kinds: [devEnvironment],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration<CodeCatalystClient>;
