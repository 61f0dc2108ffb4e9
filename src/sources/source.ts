// What a source declares, once, in its folder's index.ts; registry.ts lists the sources.
import type { Access } from '../auth/access.js';
import type { SourceClient } from '../aws/sourceClient.js';
import type { SessionSink } from '../loaders/util.js';
import type { Discovery } from '../scopes/discovery.js';
import type { SdkClient, SourceClientDeclaration } from './client.js';
import type { SessionKindModel } from './kinds.js';
import type { ScopeListDeclaration } from './scopes.js';

/** A source's GraphQL part: its types register themselves with the builder when imported. */
export interface SourceGraph {
  /** Its types with global IDs: each is a federation entity keyed by `id`. */
  entities: readonly unknown[];
}

export interface SourceDeclaration<C extends SdkClient = SdkClient> {
  /** Its name in configuration (SOURCES), policies, metrics and `extensions.source`. */
  name: string;
  client: SourceClientDeclaration<C>;
  /**
   * Read only when SOURCES names it: a source added in a release is not called with a
   * deployment's credentials until its operators ask for it.
   */
  optIn?: boolean;
  /**
   * Its per-request loaders over the process-wide client (undefined when the source is switched
   * off). Every listed session goes to `seen` (the history recorder), when there is one.
   */
  loaders(client: SourceClient<C> | undefined, discovery: Discovery, access: Access, seen?: SessionSink): object;
  /** The lists of scopes its sessions live in, by scope kind (none when its places are its scopes). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each list has its own record type
  scopes: Record<string, ScopeListDeclaration<C, any>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own record type
  kinds: ReadonlyArray<SessionKindModel<any>>;
  /**
   * Loaded by the schema only: the lower layers read the declaration without pulling in
   * GraphQL types (which would run the schema builder from the AWS layer).
   */
  graph: () => Promise<SourceGraph>;
}
