import type { Clients } from './aws/clients.js';
import type { GatewayError } from './errors.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { Discovery } from './scopes/discovery.js';

/** An error that belongs in the response beside the data it did not wipe out (see partialErrors.ts). */
export interface PartialError {
  error: GatewayError;
  path: ReadonlyArray<string | number>;
}

export interface GatewayContext {
  loaders: Loaders;
  discovery: Discovery;
  partialErrors: PartialError[];
  /** Signs and checks this gateway's cursors (see cursorKey). */
  cursorKey: Buffer;
}

/** Called by yoga once per request: loaders, and so their caches, belong to one request. */
export function createContext(clients: Clients, discovery: Discovery, cursorKey: Buffer): GatewayContext {
  return { loaders: createLoaders(clients, discovery), discovery, partialErrors: [], cursorKey };
}
