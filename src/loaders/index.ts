import type { SourceClients } from '../aws/clients.js';
import { scopedDiscovery, type Access } from '../auth/access.js';
import type { Discovery } from '../scopes/discovery.js';
import { createCodeCatalystLoaders } from '../sources/codeCatalyst/loaders.js';
import { createCodeCatalystScopeLoaders } from '../sources/codeCatalyst/scopeLoaders.js';
import { createDeviceFarmLoaders } from '../sources/deviceFarm/loaders.js';
import { createDeviceFarmScopeLoaders } from '../sources/deviceFarm/scopeLoaders.js';
import { createNimbleLoaders } from '../sources/nimble/loaders.js';
import { createNimbleScopeLoaders } from '../sources/nimble/scopeLoaders.js';
import { createStops } from './stops.js';
import type { SessionSink } from './util.js';

/**
 * Fresh loaders for one request: their caches must never outlive it. Scope loaders read the
 * discovered scopes (which do outlive requests) before asking AWS. Every loader keyed by a scope
 * asks `access` first: a scope the caller may not see is null (by ID) or FORBIDDEN (a list), and
 * never called. Every session listed also goes to `seen` (the history recorder), when there is one.
 */
export function createLoaders(clients: SourceClients, processDiscovery: Discovery, access: Access, seen?: SessionSink) {
  const discovery = scopedDiscovery(processDiscovery, access);
  return {
    deviceFarm: {
      ...createDeviceFarmLoaders(clients.deviceFarm, access, seen),
      ...createDeviceFarmScopeLoaders(clients.deviceFarm, discovery, access),
    },
    nimble: { ...createNimbleLoaders(clients.nimble, access, seen), ...createNimbleScopeLoaders(clients.nimble, discovery, access) },
    codeCatalyst: {
      ...createCodeCatalystLoaders(clients.codeCatalyst, access, seen),
      ...createCodeCatalystScopeLoaders(clients.codeCatalyst, discovery, access),
    },
    /** Not loaders: the Stop calls, checked against the policy (the mutations use them). */
    stops: createStops(clients, access),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
