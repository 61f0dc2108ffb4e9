import type { Clients } from '../aws/clients.js';
import type { Discovery } from '../scopes/discovery.js';
import { createCodeCatalystLoaders } from './codeCatalyst.js';
import { createDeviceFarmLoaders } from './deviceFarm.js';
import { createNimbleLoaders } from './nimble.js';

/** Fresh loaders for one request: their caches must never outlive it. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- scope loaders read discovery
export function createLoaders(clients: Clients, _discovery: Discovery) {
  return {
    deviceFarm: createDeviceFarmLoaders(clients.deviceFarm),
    nimble: createNimbleLoaders(clients.nimble),
    codeCatalyst: createCodeCatalystLoaders(clients.codeCatalyst),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
