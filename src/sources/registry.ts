// The sources of sessions, declared once each. Everything that spans sources (the feed and its
// filter, `Session`, phases, `node`, entities, the watcher, the history sweep, GraphiQL's
// default query) reads this list and never names a source.
import type { PlacedSdkClient } from '../aws/clients.js';
import type { SourceClient } from '../aws/sourceClient.js';
import type { SessionRecord } from '../loaders/records.js';
import type { SourceDeclaration } from './source.js';
import { codeCatalyst } from './codeCatalyst/index.js';
import { deviceFarm } from './deviceFarm/index.js';
import type { SessionKindModel } from './kinds.js';
import type { SdkClient } from './client.js';
import type { ScopeKind, ScopeListDeclaration, Scopes } from './scopes.js';
import { nimble } from './nimble/index.js';
import { systemsManager } from './systemsManager/index.js';

/** The names of the sources (a type can't be read off the list below: the declarations' types use it). */
export type Source = 'deviceFarm' | 'nimble' | 'codeCatalyst' | 'systemsManager';

export const SOURCE_REGISTRY = [deviceFarm, nimble, codeCatalyst, systemsManager] as const satisfies ReadonlyArray<{ name: Source }>;

// Compile-time: every name in Source is declared in the list, and nothing else is.
const everySourceDeclared: [Source] extends [(typeof SOURCE_REGISTRY)[number]['name']] ? true : never = true;
void everySourceDeclared;

/** Every kind of session, in declaration order. Each model is only handed records of its own kind (see sessionKind). */
export const SESSION_KINDS = SOURCE_REGISTRY.flatMap((s) => s.kinds as ReadonlyArray<unknown>) as ReadonlyArray<SessionKindModel<SessionRecord>>;

const BY_KIND = new Map(SESSION_KINDS.map((k) => [k.kind, k]));

/** The declaration of a kind of session. */
export function sessionKind(kind: SessionRecord['kind']): SessionKindModel<SessionRecord> {
  const model = BY_KIND.get(kind);
  if (!model) throw new Error(`No source declares the session kind ${kind}.`);
  return model;
}

/** The sources' names, in registry order. */
export const SOURCES: readonly Source[] = SOURCE_REGISTRY.map((s) => s.name);

/** The sources read when SOURCES is not set: all but those that are opt-in. */
export const DEFAULT_SOURCES: readonly Source[] = SOURCE_REGISTRY.filter((s: SourceDeclaration) => !s.optIn).map((s) => s.name);

/** How GraphQL's SessionSource enum names a source: deviceFarm is DEVICE_FARM. */
export const sourceEnumValue = (name: Source): string => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

/** How messages name each source. */
export const SOURCE_LABEL = Object.fromEntries(SOURCE_REGISTRY.map((s) => [s.name, s.client.label])) as Record<Source, string>;

type Registered = (typeof SOURCE_REGISTRY)[number];
type ClientOf<N extends Source> = ReturnType<Extract<Registered, { name: N }>['client']['createClient']>;

/** The SDK clients of the enabled sources, one per place (account × region), made once per process. */
export type Clients = { [N in Source]?: Array<PlacedSdkClient<ClientOf<N>>> };
/** The same, as the loaders read them: through the upstream layer. */
export type SourceClients = { [N in Source]?: SourceClient<ClientOf<N>> };
/** Each source's loaders for one request. */
export type SourceLoaders = { [N in Source]: ReturnType<Extract<Registered, { name: N }>['loaders']> };

let scopeDeclarations: Record<string, ScopeListDeclaration<unknown, unknown>> | undefined;
/**
 * The declaration of a list of scopes. Read on first use, not when this module loads: modules
 * the source folders import (the access policy) ask for it, and import cycles must not see the
 * registry half made.
 */
export function scopeDeclaration<K extends ScopeKind>(kind: K): ScopeListDeclaration<SdkClient, Scopes[K]> {
  scopeDeclarations ??= Object.assign({}, ...SOURCE_REGISTRY.map((s) => s.scopes)) as Record<string, ScopeListDeclaration<unknown, unknown>>;
  return scopeDeclarations[kind] as unknown as ScopeListDeclaration<SdkClient, Scopes[K]>;
}

/** Every scope kind, in registry order. */
export const scopeKinds = (): ScopeKind[] => SOURCE_REGISTRY.flatMap((s) => Object.keys(s.scopes)) as ScopeKind[];

/** The declaration of a source. */
export const sourceDeclaration = (name: Source): SourceDeclaration => SOURCE_REGISTRY.find((s) => s.name === name) as SourceDeclaration;
