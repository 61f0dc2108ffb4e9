import type { SourceClients } from '../aws/clients.js';
import type { Discovery } from '../scopes/discovery.js';
import { createCodeCatalystLoaders } from './codeCatalyst.js';
import { createCodeCatalystScopeLoaders } from './codeCatalystScopes.js';
import { createDeviceFarmLoaders } from './deviceFarm.js';
import { createDeviceFarmScopeLoaders } from './deviceFarmScopes.js';
import { createNimbleLoaders } from './nimble.js';
import { createNimbleScopeLoaders } from './nimbleScopes.js';

/**
 * Fresh loaders for one request: their caches must never outlive it. Scope loaders read the
 * discovered scopes (which do outlive requests) before asking AWS.
 */
export function createLoaders(clients: SourceClients, discovery: Discovery) {
  return {
    deviceFarm: {
      ...createDeviceFarmLoaders(clients.deviceFarm),
      ...createDeviceFarmScopeLoaders(clients.deviceFarm, discovery),
    },
    nimble: { ...createNimbleLoaders(clients.nimble), ...createNimbleScopeLoaders(clients.nimble, discovery) },
    codeCatalyst: {
      ...createCodeCatalystLoaders(clients.codeCatalyst),
      ...createCodeCatalystScopeLoaders(clients.codeCatalyst, discovery),
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
