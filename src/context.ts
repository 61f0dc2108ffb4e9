import type { Clients } from './aws/clients.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface GatewayContext {
  loaders: Loaders;
}

/** Called by yoga once per request: loaders, and so their caches, belong to one request. */
export function createContext(clients: Clients): GatewayContext {
  return { loaders: createLoaders(clients) };
}
