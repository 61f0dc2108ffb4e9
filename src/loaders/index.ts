import type { Clients } from '../aws/clients.js';
import { createCodeCatalystLoaders } from './codeCatalyst.js';
import { createDeviceFarmLoaders } from './deviceFarm.js';
import { createNimbleLoaders } from './nimble.js';

/** Fresh loaders for one request: their caches must never outlive it. */
export function createLoaders(clients: Clients) {
  return {
    deviceFarm: createDeviceFarmLoaders(clients.deviceFarm),
    nimble: createNimbleLoaders(clients.nimble),
    codeCatalyst: createCodeCatalystLoaders(clients.codeCatalyst),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
