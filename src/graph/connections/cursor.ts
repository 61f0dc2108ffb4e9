import { createHash } from 'node:crypto';
import { badInput } from '../../errors.js';

/**
 * Where an item sits upstream: the token of its page (null for the first page), its index in
 * that page, and its ID, so resuming still finds it if the page shifted a little. Index -1 is
 * the start of a page.
 */
export interface Position {
  token: string | null;
  index: number;
  id: string;
}

const VERSION = 'c1';
const MAX_TOKEN_LENGTH = 10_000;

/** A short digest of what identifies a list (field and arguments): a cursor is valid only there. */
export function listFingerprint(list: unknown): string {
  return createHash('sha256').update(JSON.stringify(list)).digest('base64url').slice(0, 12);
}

export function encodeCursor(fingerprint: string, { token, index, id }: Position): string {
  return Buffer.from(JSON.stringify([VERSION, fingerprint, token, index, id])).toString('base64url');
}

export function decodeCursor(cursor: string, fingerprint: string, argName = 'after'): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5 || parsed[0] !== VERSION) {
    throw badInput(`\`${argName}\` is not a cursor this gateway issued; pass an edge's \`cursor\` or \`pageInfo.endCursor\` unchanged.`);
  }
  const [, fp, token, index, id] = parsed as unknown[];
  if (fp !== fingerprint) {
    throw badInput(`\`${argName}\` is a cursor from a different list or different arguments; restart this list without \`${argName}\`.`);
  }
  const tokenOk = token === null || (typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_LENGTH);
  // Index -1 (with no ID) is the start of page `token`: where a scan cut short resumes.
  if (!tokenOk || !Number.isSafeInteger(index) || (index as number) < -1 || typeof id !== 'string') {
    throw badInput(`\`${argName}\` is a damaged cursor; pass an edge's \`cursor\` unchanged.`);
  }
  return { token: token as string | null, index: index as number, id };
}
