import { badInput } from '../errors.js';

// Global IDs are base64("Type:localId"), as Relay servers usually make them. The local ID carries
// everything needed to refetch the object (see each type's `id.parse`).

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // Buffer.from ignores characters that are not base64, so a round trip proves the input was base64.
  const canonical = Buffer.from(decoded, 'utf8').toString('base64');
  if (colon < 1 || canonical.replace(/=+$/, '') !== globalId.replace(/=+$/, '') || !/^[A-Za-z_]\w*$/.test(decoded.slice(0, colon))) {
    throw badInput(`"${truncate(globalId)}" is not an ID of this gateway; use the \`id\` of an object it returned.`);
  }
  return { typename: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}

const truncate = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Composite local IDs are JSON arrays of strings, e.g. ["studioId","sessionId"]. */
export function encodeParts(parts: readonly string[]): string {
  return JSON.stringify(parts);
}

/** `count`: how many parts, or the lengths a type accepts (e.g. [2, 3] where a last part is optional). */
export function decodeParts(typename: string, id: string, count: number | readonly number[]): string[] {
  let parts: unknown;
  try {
    parts = JSON.parse(id);
  } catch {
    parts = undefined;
  }
  const counts = typeof count === 'number' ? [count] : count;
  if (!Array.isArray(parts) || !counts.includes(parts.length) || !parts.every((p) => typeof p === 'string' && p.length > 0)) {
    throw badInput(`The ID is not a valid ${typename} ID; use the \`id\` of a ${typename} this gateway returned.`);
  }
  return parts as string[];
}
