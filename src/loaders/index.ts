import type { SourceClients } from '../aws/clients.js';
import { scopedDiscovery, type Access } from '../auth/access.js';
import type { Discovery } from '../scopes/discovery.js';
import { createCodeCatalystLoaders } from './codeCatalyst.js';
import { createCodeCatalystScopeLoaders } from './codeCatalystScopes.js';
import { createDeviceFarmLoaders } from './deviceFarm.js';
import { createDeviceFarmScopeLoaders } from './deviceFarmScopes.js';
import { createNimbleLoaders } from './nimble.js';
import { createNimbleScopeLoaders } from './nimbleScopes.js';
import { createStops } from './stops.js';

/**
 * Fresh loaders for one request: their caches must never outlive it. Scope loaders read the
 * discovered scopes (which do outlive requests) before asking AWS. Every loader keyed by a scope
 * asks `access` first: a scope the caller may not see is null (by ID) or FORBIDDEN (a list), and
 * never called.
 */
export function createLoaders(clients: SourceClients, processDiscovery: Discovery, access: Access) {
  const discovery = scopedDiscovery(processDiscovery, access);
  return {
    deviceFarm: {
      ...createDeviceFarmLoaders(clients.deviceFarm, access),
      ...createDeviceFarmScopeLoaders(clients.deviceFarm, discovery, access),
    },
    nimble: { ...createNimbleLoaders(clients.nimble, access), ...createNimbleScopeLoaders(clients.nimble, discovery, access) },
    codeCatalyst: {
      ...createCodeCatalystLoaders(clients.codeCatalyst, access),
      ...createCodeCatalystScopeLoaders(clients.codeCatalyst, discovery, access),
    },
    /** Not loaders: the Stop calls, checked against the policy (the mutations use them). */
    stops: createStops(clients, access),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
