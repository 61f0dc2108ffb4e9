// `sessionHistory` cursors: the sort value and ID of an edge (a keyset), signed like every
// cursor of this gateway and valid only for the filter and order they were issued with.
import { badInput } from '../../errors.js';
import { fingerprintTag, forgedCursor, openCursor, payloadJson, signCursor } from '../connections/cursor.js';

export interface HistoryKeyset {
  value: number;
  id: string;
}

export function encodeHistoryCursor(fingerprint: string, keyset: HistoryKeyset): string {
  return signCursor(fingerprint, Buffer.from(JSON.stringify(['h1', fingerprintTag(fingerprint), keyset.value, keyset.id])));
}

export function decodeHistoryCursor(cursor: string, fingerprint: string): HistoryKeyset {
  const { payload, verify } = openCursor(cursor);
  const parsed = payloadJson(payload);
  if (!Array.isArray(parsed) || parsed[0] !== 'h1' || typeof parsed[2] !== 'number' || typeof parsed[3] !== 'string') {
    throw badInput('`after` is not a `sessionHistory` cursor; pass an edge\'s `cursor` unchanged.');
  }
  if (parsed[1] !== fingerprintTag(fingerprint)) {
    throw badInput('`after` belongs to another `filter` or `orderBy`; pass the same ones as for the page it came from.');
  }
  if (!verify(fingerprint)) throw forgedCursor('after');
  return { value: parsed[2], id: parsed[3] };
}
