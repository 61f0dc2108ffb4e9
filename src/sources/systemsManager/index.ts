// AWS Systems Manager Session Manager (regional): sessions on managed nodes, active and the last 30 days.
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { SourceDeclaration } from '../source.js';
import { systemsManagerClient } from './client.js';
import { createSystemsManagerLoaders } from './loaders.js';
import { createSystemsManagerStops } from './stops.js';
import { managedInstance } from './sessionKinds.js';

export const systemsManager = {
  name: 'systemsManager',
  client: systemsManagerClient,
  optIn: true,
  loaders: (client, _discovery, access, seen) => ({ ...createSystemsManagerLoaders(client, access, seen), ...createSystemsManagerStops(client, access) }),
  // Its scopes are its places (accounts × regions): nothing to discover.
  scopes: {},
  kinds: [managedInstance],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration<SSMClient>;
