// What the recorder last wrote for each recently written ended session, so reading one again
// (every page of a feed a dashboard polls, every sweep) does not rewrite a row that would not
// change. Only ended sessions: an open one's `last_seen_at` is what tells the sweep it is still
// there (maintenance.ts, markVanished), and its minutes grow, so every sighting of it is written.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { HistoryRow } from './row.js';

export interface WrittenRows {
  /** Whether `row` (an ended session's) is what was written for its ID less than `refreshMs` before it was seen. */
  unchanged(row: HistoryRow): boolean;
  /** `rows` are in the store now. */
  written(rows: readonly HistoryRow[]): void;
}

/** Everything but the sightings' times: an ended session's row is a function of its AWS record. */
const digest = (row: HistoryRow) =>
  createHash('sha1').update(JSON.stringify({ ...row, first_seen_at: undefined, last_seen_at: undefined })).digest('base64');

/**
 * `max` sessions are remembered (the least recently written are forgotten: they are rewritten
 * when next seen); an unchanged ended session is still rewritten every `refreshMs`, so its
 * `last_seen_at` is never further behind than that.
 */
export function createWrittenRows(max: number, refreshMs: number): WrittenRows {
  const cache = new LRUCache<string, { digest: string; at: number }>({ max });
  return {
    unchanged(row) {
      if (!row.ended_at) return false;
      const last = cache.get(row.id);
      return last !== undefined && row.last_seen_at.getTime() - last.at < refreshMs && last.digest === digest(row);
    },
    written(rows) {
      for (const row of rows) {
        // An open row replaces what was remembered: the next ended sighting is a change.
        if (row.ended_at) cache.set(row.id, { digest: digest(row), at: row.last_seen_at.getTime() });
        else cache.delete(row.id);
      }
    },
  };
}
