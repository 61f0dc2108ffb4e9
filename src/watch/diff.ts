// What changed in one scope between two polls: pure, so it is tested on its own.

export const SESSION_EVENT_TYPES = ['STARTED', 'CHANGED', 'ENDED'] as const;
export type SessionEventType = (typeof SESSION_EVENT_TYPES)[number];

/** How the watcher sees one listed session (the graph layer says how to read each kind). */
export interface Observed<T> {
  id: string;
  /** Phase and status: a change of either is an event. */
  state: string;
  ended: boolean;
  /** Creation time in ms: lists are newest first by it. */
  createdAt: number;
  item: T;
}

/**
 * What the watcher remembers of a scope: every session it read, by ID, and how far down the list
 * it read (`floor`, the oldest creation time covered; -Infinity when it read the whole list).
 */
export interface Seen<T> {
  items: Map<string, Observed<T>>;
  floor: number;
}

export interface ScopeRead<T> {
  /** The sessions read this time, newest first. */
  items: Observed<T>[];
  /** True when the whole list was read (no page left); otherwise only sessions this old or newer. */
  complete: boolean;
}

/**
 * The events between what was seen and what was read, oldest transition first per session. A
 * session read for the first time is STARTED (and ENDED too if it already ended); one whose phase
 * or status moved is CHANGED, or ENDED when it ended; one gone from the part of the list that was
 * read is ENDED (CodeCatalyst lists only open sessions). A session older than what was read keeps
 * its memory: it was not looked at. Without a previous read, there are no events: a baseline.
 */
export function diffScope<T>(seen: Seen<T> | undefined, read: ScopeRead<T>): { events: Array<{ type: SessionEventType; item: T }>; seen: Seen<T> } {
  const items = new Map(read.items.map((o) => [o.id, o]));
  const oldestRead = read.items.at(-1)?.createdAt;
  const next: Seen<T> = { items, floor: read.complete ? Number.NEGATIVE_INFINITY : (oldestRead ?? seen?.floor ?? Number.POSITIVE_INFINITY) };
  const events: Array<{ type: SessionEventType; item: T }> = [];
  if (!seen) return { events, seen: next };
  for (const observed of read.items) {
    const before = seen.items.get(observed.id);
    if (!before) {
      // Older than what was read last time: not new, only read deeper this time.
      if (observed.createdAt < seen.floor) continue;
      events.push({ type: 'STARTED', item: observed.item });
      if (observed.ended) events.push({ type: 'ENDED', item: observed.item });
    } else if (before.state !== observed.state && !before.ended) {
      events.push({ type: observed.ended ? 'ENDED' : 'CHANGED', item: observed.item });
    }
  }
  for (const [id, before] of seen.items) {
    if (items.has(id)) continue;
    const lookedAt = read.complete || before.createdAt >= (oldestRead ?? Number.POSITIVE_INFINITY);
    if (!lookedAt) {
      // Not read this time (older than the pages read): still remembered while it is open.
      if (!before.ended) items.set(id, before);
      continue;
    }
    if (!before.ended) events.push({ type: 'ENDED', item: before.item });
  }
  return { events, seen: next };
}

/** How far down a scope's list the next read must go: its oldest open session, if any. */
export function oldestOpen<T>(seen: Seen<T> | undefined): number | undefined {
  let oldest: number | undefined;
  for (const o of seen?.items.values() ?? []) if (!o.ended && (oldest === undefined || o.createdAt < oldest)) oldest = o.createdAt;
  return oldest;
}
