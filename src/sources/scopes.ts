// What a source declares about the scopes its sessions live in (projects, studios, spaces): how to
// list them in one place, how a pin in configuration replaces the listing, and what a principal
// may see of them. Discovery (src/scopes/discovery.ts) caches each list per place across requests.
import type { Access } from '../auth/access.js';
import type { Place } from '../aws/places.js';
import type { SourceClient } from '../aws/sourceClient.js';
import type { Source } from './registry.js';

/**
 * What discovery finds, per scope kind: each source's scopes.ts adds its kinds to this interface
 * (`declare module '../scopes.js'`), so the type is declared in the source's folder and read
 * everywhere without naming the source.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Scopes {}
export type ScopeKind = keyof Scopes;

export interface ScopeListDeclaration<C, T> {
  source: Source;
  /**
   * The variable that pins the scopes instead of listing them (IDs, names or ARNs), and what its
   * items must be; `regionOf` reads the region an item names, if any (checked against the source's
   * region list, which must include it).
   */
  pin: { variable: string; pattern?: RegExp; what?: string; regionOf?: (item: string) => string | undefined };
  /**
   * The scopes in one place. A pin naming no place is read in the home place's turn only
   * (`home`); an ARN names its own account (and region, where the source is regional).
   */
  discover(client: SourceClient<C>, place: Place, pinned: readonly string[] | undefined, home: boolean): Promise<T>;
  /** The part of them a principal may see. */
  visible(scopes: T, access: Access): T;
  /** No scopes: what a principal who may see none of the source's gets, without a call. */
  empty: T;
}

/** Declares a list of scopes (a function, so the list's type is inferred from `discover`). */
export const scopeList = <C, T>(declaration: ScopeListDeclaration<C, T>): ScopeListDeclaration<C, T> => declaration;

export const present = <T>(items: Array<T | null>): T[] => items.filter((i): i is T => i !== null);
