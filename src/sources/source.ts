// What a source declares, once, in its folder's index.ts; registry.ts lists the sources.
import type { Source } from '../config.js';
import type { SessionKindModel } from './kinds.js';

/** A source's GraphQL part: its types register themselves with the builder when imported. */
export interface SourceGraph {
  /** Its types with global IDs: each is a federation entity keyed by `id`. */
  entities: readonly unknown[];
}

export interface SourceDeclaration {
  name: Source;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own record type
  kinds: ReadonlyArray<SessionKindModel<any>>;
  /**
   * Loaded by the schema only: the lower layers read the declaration without pulling in
   * GraphQL types (which would run the schema builder from the AWS layer).
   */
  graph: () => Promise<SourceGraph>;
}
