// What one request's principal may see, asked where scopes are chosen: the feed's streams, scope
// lists (through scopedDiscovery) and the loaders. A denied scope is never called.
import { SOURCES, type Source } from '../sources/registry.js';
import { sourceOfScope, type Discovery } from '../scopes/discovery.js';
import { scopeDeclaration } from '../sources/registry.js';
import { ANY_SCOPE, type PolicyRule } from './policy.js';

export interface Access {
  /** True when no scope is hidden (AUTH_MODE=none, or `*` for every source); says nothing of `stop`. */
  readonly all: boolean;
  /** Whether any scope of the source is visible; when not, the source is not even discovered. */
  source(source: Source): boolean;
  /**
   * Whether a scope is visible: a Device Farm project or test grid project ARN, a Nimble studio
   * ID, a CodeCatalyst space name.
   */
  allows(source: Source, scope: string): boolean;
  /** Whether the principal may stop the sessions of a scope (for the mutations that come next). */
  mayStop(source: Source, scope: string): boolean;
  /**
   * Equal for principals to whom exactly the same rules apply: whole responses are shared between
   * them and with nobody else (src/responseCache). Without it, responses are not cached.
   */
  readonly cacheKey?: string;
}

export const ALLOW_ALL: Access = { all: true, source: () => true, allows: () => true, mayStop: () => true, cacheKey: 'all' };

/** The union of the rules that apply to a principal; no rule, no access. */
export function accessOf(rules: readonly PolicyRule[]): Access {
  const grants = (rule: PolicyRule, source: Source, scope: string) => {
    const scopes = rule.sources[source] ?? [];
    return scopes.includes(ANY_SCOPE) || scopes.includes(scope);
  };
  const everything = SOURCES.every((s) => rules.some((r) => r.sources[s]?.includes(ANY_SCOPE)));
  return {
    all: everything,
    source: (source) => rules.some((r) => (r.sources[source]?.length ?? 0) > 0),
    allows: (source, scope) => rules.some((r) => grants(r, source, scope)),
    mayStop: (source, scope) => rules.some((r) => r.stop && grants(r, source, scope)),
    // Rules come from the parsed policy in its order, so equal rules give equal strings.
    cacheKey: `rules:${JSON.stringify(rules)}`,
  };
}

/**
 * The process-wide discovery as one request may use it: only visible scopes, and a source with
 * none is not discovered at all. Discovery itself stays unfiltered (the gateway's own view).
 */
export function scopedDiscovery(discovery: Discovery, access: Access): Discovery {
  if (access.all) return discovery;
  return {
    async get(kind) {
      if (!access.source(sourceOfScope(kind))) return scopeDeclaration(kind).empty;
      return scopeDeclaration(kind).visible(await discovery.get(kind), access);
    },
    async getPlaced(kind) {
      if (!access.source(sourceOfScope(kind))) return [];
      return (await discovery.getPlaced(kind)).map((p) => ('scopes' in p ? { place: p.place, scopes: scopeDeclaration(kind).visible(p.scopes, access) } : p));
    },
    peek(kind) {
      const scopes = access.source(sourceOfScope(kind)) ? discovery.peek(kind) : scopeDeclaration(kind).empty;
      return scopes && scopeDeclaration(kind).visible(scopes, access);
    },
  };
}
