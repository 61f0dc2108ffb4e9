import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { badInput } from '../../errors.js';
import { fingerprintTag, forgedCursor, openCursor, signCursor } from './cursor.js';

/**
 * Where one stream of the merged feed stands after an edge:
 * - `t`, `i`: the token of the page holding the last item taken and its index there
 *   (`i: -1` means nothing of page `t` was taken yet, e.g. the stream moved on to a new page);
 * - `d`: a short digest of that item's ID, to find it again if its page shifted;
 * - `h`: the creation time (ms) of the stream's next item, when known. It lets the next page
 *   decide which streams need fetching at all.
 * A stream that is finished is `null`; a stream missing from the cursor has not started.
 */
export interface StreamState {
  t: string | null;
  i: number;
  d?: string;
  h?: number;
}

export type FeedPosition = Record<string, StreamState | null>;

const VERSION = 'f2';
/** A cursor inflates to at most this much; anything larger is not ours. */
const MAX_INFLATED = 1 << 20;

/**
 * Every feed request digests each stream's key (a few dozen scopes, the same ones request after
 * request) and the IDs in the cursors it writes: remembered, a page of the feed spends no time
 * in SHA-256 for what it digested before (it was about 2 % of a page's CPU). Bounded by count: keys
 * and IDs are at most a few hundred characters.
 */
const digests = new LRUCache<string, string>({ max: 10_000 });

export function shortDigest(value: string): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = createHash('sha256').update(value).digest('base64url').slice(0, 10);
    digests.set(value, digest);
  }
  return digest;
}

/**
 * The feed's cursor is compressed (it holds a position per stream, and streams repeat a lot) and
 * signed like every cursor (see cursorKey), so the page tokens in it are the ones AWS gave.
 */
export function encodeFeedCursor(fingerprint: string, position: FeedPosition): string {
  return signCursor(fingerprint, deflateRawSync(JSON.stringify([VERSION, fingerprintTag(fingerprint), position])));
}

const validState = (s: unknown): boolean => {
  if (s === null) return true;
  if (typeof s !== 'object' || Array.isArray(s)) return false;
  const { t, i, d, h } = s as Record<string, unknown>;
  return (
    (t === null || (typeof t === 'string' && t.length > 0 && t.length <= 10_000)) &&
    Number.isSafeInteger(i) && (i as number) >= -1 &&
    (d === undefined || typeof d === 'string') &&
    (h === undefined || Number.isFinite(h))
  );
};

export function decodeFeedCursor(cursor: string, fingerprint: string): FeedPosition {
  const { payload, verify } = openCursor(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflateRawSync(payload, { maxOutputLength: MAX_INFLATED }).toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== VERSION) {
    throw badInput("`after` is not a cursor of the `sessions` feed; pass an edge's `cursor` or `pageInfo.endCursor` unchanged.");
  }
  const [, tag, position] = parsed as [string, unknown, unknown];
  if (tag !== fingerprintTag(fingerprint)) {
    throw badInput('`after` is a cursor for a different `filter`; use the same filter as the page it came from, or restart without `after`.');
  }
  // Checked before any token in it is used: a forged token never reaches AWS.
  if (!verify(fingerprint)) throw forgedCursor('after');
  if (!position || typeof position !== 'object' || Array.isArray(position) || !Object.values(position).every(validState)) {
    throw badInput("`after` is a damaged cursor; pass an edge's `cursor` unchanged.");
  }
  return position as FeedPosition;
}
