import { badInput } from '../errors.js';
import { decodeParts } from './globalId.js';

/** An argument check of arguments.ts: returns the value, or throws BAD_USER_INPUT. */
type Check = (argument: string, value: string) => string;

/**
 * Decodes the local ID of a scope type: one plain identifier (a studio ID, a space name) or a
 * JSON array of them. Every part is checked as the API would check it, so a forged ID fails
 * here with BAD_USER_INPUT instead of reaching AWS.
 */
export function parseScopeId(typename: string, id: string, checks: readonly Check[]): string[] {
  const parts = checks.length === 1 ? [id] : decodeParts(typename, id, checks.length);
  try {
    return parts.map((part, i) => (checks[i] as Check)('id', part));
  } catch {
    throw badInput(`The ID is not a valid ${typename} ID; use the \`id\` of a ${typename} this gateway returned.`);
  }
}
