// AWS Device Farm (us-west-2 only): remote access and test grid sessions, in projects and test grid projects.
import type { DeviceFarmClient } from '@aws-sdk/client-device-farm';
import type { SourceDeclaration } from '../source.js';
import { deviceFarmScopes } from './scopes.js';
import { deviceFarmClient } from './client.js';
import { createDeviceFarmLoaders } from './loaders.js';
import { createDeviceFarmScopeLoaders } from './scopeLoaders.js';
import { createDeviceFarmStops } from './stops.js';
import { remoteAccess, testGrid } from './sessionKinds.js';

export const deviceFarm = {
  name: 'deviceFarm',
  client: deviceFarmClient,
  loaders: (client, discovery, access, seen) => ({
    ...createDeviceFarmLoaders(client, access, seen),
    ...createDeviceFarmScopeLoaders(client, discovery, access),
    ...createDeviceFarmStops(client, access),
  }),
  scopes: deviceFarmScopes,
  kinds: [remoteAccess, testGrid],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration<DeviceFarmClient>;
