// Who may see what: the policy maps a principal's group claim to sources, scopes and `stop`.
// Parsed and validated once at start-up (config.ts turns a PolicyError into a ConfigError).
import { sourceDeclaration, SOURCES, type Source } from '../sources/registry.js';

/** `*` grants every scope of a source. */
export const ANY_SCOPE = '*';

export interface PolicyRule {
  /** The group (a value of the policy's claim) the rule is for; `*` for every authenticated caller. */
  group: string;
  /** Per source, the scopes the rule grants: project ARNs, studio IDs, space names, or `*`. */
  sources: Partial<Record<Source, readonly string[]>>;
  /** Whether the rule's scopes may have their sessions stopped (for the mutations that come next). */
  stop: boolean;
}

export interface Policy {
  /** The claim that names a principal's groups (a string or an array of strings); default `groups`. */
  claim: string;
  rules: PolicyRule[];
}

/** A policy mistake, described as the end of a sentence ("…must …"). */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function scopes(value: unknown, source: Source, where: string): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) throw new PolicyError(`${where}.sources.${source} must be a list of strings`);
  const { pattern, what } = sourceDeclaration(source).client.policyScopes;
  const valid = (s: string) => s === ANY_SCOPE || pattern.test(s);
  const bad = (value as string[]).find((s) => !valid(s));
  if (bad !== undefined) {
    throw new PolicyError(`${where}.sources.${source} must list ${what} or "*", got "${bad.slice(0, 64)}"`);
  }
  return value as string[];
}

function rule(value: unknown, i: number): PolicyRule {
  const where = `rules[${i}]`;
  if (!isObject(value)) throw new PolicyError(`${where} must be an object with "group" and "sources"`);
  const unknownKey = Object.keys(value).find((k) => !['group', 'sources', 'stop'].includes(k));
  if (unknownKey) throw new PolicyError(`${where} must have only "group", "sources" and "stop", got "${unknownKey.slice(0, 64)}"`);
  if (typeof value.group !== 'string' || value.group.trim() === '') throw new PolicyError(`${where}.group must be a non-empty string`);
  if (!isObject(value.sources)) throw new PolicyError(`${where}.sources must be an object keyed by ${SOURCES.join(', ')}`);
  const unknownSource = Object.keys(value.sources).find((k) => !(SOURCES as readonly string[]).includes(k));
  if (unknownSource) throw new PolicyError(`${where}.sources must be keyed by ${SOURCES.join(', ')}, got "${unknownSource.slice(0, 64)}"`);
  if (value.stop !== undefined && typeof value.stop !== 'boolean') throw new PolicyError(`${where}.stop must be true or false`);
  const sources = value.sources;
  return {
    group: value.group,
    sources: Object.fromEntries(Object.entries(sources).map(([source, list]) => [source, scopes(list, source as Source, where)])),
    stop: value.stop === true,
  };
}

/** Validates a parsed policy document; throws PolicyError naming the first mistake. */
export function parsePolicy(value: unknown): Policy {
  if (!isObject(value) || !Array.isArray(value.rules)) throw new PolicyError('must be a JSON object with a "rules" list');
  const unknownKey = Object.keys(value).find((k) => !['claim', 'rules'].includes(k));
  if (unknownKey) throw new PolicyError(`must have only "claim" and "rules", got "${unknownKey.slice(0, 64)}"`);
  if (value.claim !== undefined && (typeof value.claim !== 'string' || value.claim.trim() === '')) throw new PolicyError('"claim" must be a non-empty string');
  return { claim: (value.claim as string | undefined) ?? 'groups', rules: value.rules.map(rule) };
}

/** The groups a principal's claims name: the policy's claim as a string or an array of strings. */
export function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

/** The rules that apply to a principal with these groups. */
export const rulesFor = (policy: Policy, groups: readonly string[]): PolicyRule[] =>
  policy.rules.filter((r) => r.group === ANY_SCOPE || groups.includes(r.group));
