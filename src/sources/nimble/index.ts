// Amazon Nimble Studio: streaming sessions, per studio.
import type { NimbleClient } from '@aws-sdk/client-nimble';
import type { SourceDeclaration } from '../source.js';
import { nimbleScopes } from './scopes.js';
import { nimbleClient } from './client.js';
import { createNimbleLoaders } from './loaders.js';
import { createNimbleScopeLoaders } from './scopeLoaders.js';
import { createNimbleStops } from './stops.js';
import { streaming } from './sessionKinds.js';

export const nimble = {
  name: 'nimble',
  client: nimbleClient,
  loaders: (client, discovery, access, seen) => ({
    ...createNimbleLoaders(client, discovery, access, seen),
    ...createNimbleScopeLoaders(client, discovery, access),
    ...createNimbleStops(client, discovery, access),
  }),
  scopes: nimbleScopes,
  kinds: [streaming],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration<NimbleClient>;
