import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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

const VERSION = 'c2';
const MAX_TOKEN_LENGTH = 10_000;
/** The public part of a fingerprint, written into cursors so a cursor of another list is named as such. */
const TAG_LENGTH = 12;
/** A cursor's signature: the first 12 bytes (96 bits) of an HMAC-SHA256, like HMAC-SHA1-96 in IPsec. */
const MAC_LENGTH = 12;

/**
 * The key that signs cursors (HMAC-SHA256). Cursors carry AWS page tokens, which the gateway
 * would otherwise send upstream as the client wrote them; a signature proves the gateway
 * issued them. Derived from CURSOR_SECRET, so every replica that shares the secret accepts the
 * others' cursors; without a secret, a random key per process (cursors die with the process).
 */
export function cursorKey(secret?: string): Buffer {
  return secret ? createHash('sha256').update(`session-gateway cursors\0${secret}`).digest() : randomBytes(32);
}

/**
 * Identifies a list (field and arguments) and keys the signatures of its cursors, so a cursor
 * is valid only there: a digest of the list (its first 12 characters are written into cursors)
 * followed by the list's HMAC under the cursor key (never written anywhere).
 */
export function listFingerprint(key: Buffer, list: unknown): string {
  const json = JSON.stringify(list);
  return createHash('sha256').update(json).digest('base64url').slice(0, TAG_LENGTH) + createHmac('sha256', key).update(json).digest('base64url');
}

export const fingerprintTag = (fingerprint: string) => fingerprint.slice(0, TAG_LENGTH);

/** `payload` prefixed with its signature under the list's fingerprint, as base64url. */
export function signCursor(fingerprint: string, payload: Buffer): string {
  return Buffer.concat([createHmac('sha256', fingerprint).update(payload).digest().subarray(0, MAC_LENGTH), payload]).toString('base64url');
}

/** Splits a cursor into its signature and payload; `verify` says whether the signature is the list's. */
export function openCursor(cursor: string) {
  const bytes = Buffer.from(cursor, 'base64url');
  const payload = bytes.subarray(MAC_LENGTH);
  const verify = (fingerprint: string) =>
    bytes.length > MAC_LENGTH && timingSafeEqual(bytes.subarray(0, MAC_LENGTH), createHmac('sha256', fingerprint).update(payload).digest().subarray(0, MAC_LENGTH));
  return { payload, verify };
}

/** A cursor payload's JSON, or undefined when it is not JSON (a made-up or truncated cursor). */
export function payloadJson(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
}

export const forgedCursor = (argName: string) =>
  badInput(`\`${argName}\` was altered, or issued by a gateway with another CURSOR_SECRET; pass an edge's \`cursor\` unchanged, or restart without \`${argName}\`.`);

export function encodeCursor(fingerprint: string, { token, index, id }: Position): string {
  return signCursor(fingerprint, Buffer.from(JSON.stringify([VERSION, fingerprintTag(fingerprint), token, index, id])));
}

export function decodeCursor(cursor: string, fingerprint: string, argName = 'after'): Position {
  const { payload, verify } = openCursor(cursor);
  const parsed = payloadJson(payload);
  if (!Array.isArray(parsed) || parsed.length !== 5 || parsed[0] !== VERSION) {
    throw badInput(`\`${argName}\` is not a cursor this gateway issued; pass an edge's \`cursor\` or \`pageInfo.endCursor\` unchanged.`);
  }
  const [, tag, token, index, id] = parsed as unknown[];
  if (tag !== fingerprintTag(fingerprint)) {
    throw badInput(`\`${argName}\` is a cursor from a different list or different arguments; restart this list without \`${argName}\`.`);
  }
  // Checked before the token is used: a forged token never reaches AWS.
  if (!verify(fingerprint)) throw forgedCursor(argName);
  const tokenOk = token === null || (typeof token === 'string' && token.length > 0 && token.length <= MAX_TOKEN_LENGTH);
  // Index -1 (with no ID) is the start of page `token`: where a scan cut short resumes.
  if (!tokenOk || !Number.isSafeInteger(index) || (index as number) < -1 || typeof id !== 'string') {
    throw badInput(`\`${argName}\` is a damaged cursor; pass an edge's \`cursor\` unchanged.`);
  }
  return { token: token as string | null, index: index as number, id };
}
