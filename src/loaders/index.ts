import type { SourceClients } from '../aws/clients.js';
import { scopedDiscovery, type Access } from '../auth/access.js';
import type { Discovery } from '../scopes/discovery.js';
import { SOURCE_REGISTRY, type SourceLoaders } from '../sources/registry.js';
import type { SourceDeclaration } from '../sources/source.js';
import type { SessionSink } from './util.js';

/**
 * Fresh loaders for one request, each source's as it declares them: their caches must never
 * outlive it. Scope loaders read the discovered scopes (which do outlive requests) before asking
 * AWS. Every loader keyed by a scope asks `access` first: a scope the caller may not see is null
 * (by ID) or FORBIDDEN (a list), and never called. Every session listed also goes to `seen` (the
 * history recorder), when there is one.
 */
export function createLoaders(clients: SourceClients, processDiscovery: Discovery, access: Access, seen?: SessionSink) {
  const discovery = scopedDiscovery(processDiscovery, access);
  return Object.fromEntries(
    SOURCE_REGISTRY.map((source: SourceDeclaration) => [source.name, source.loaders(clients[source.name as keyof SourceClients] as never, discovery, access, seen)]),
  ) as SourceLoaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
