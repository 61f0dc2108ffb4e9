// The retained events a reconnecting subscriber asks for with the last event ID it saw: a ring
// buffer in process, a capped Redis stream across replicas. IDs are Redis stream IDs
// ("<ms>-<seq>") in both, so they compare the same way.
import type { Redis } from 'ioredis';

export interface LoggedEvent {
  id: string;
  payload: Buffer;
}

export interface EventLog {
  /** Stores an event and returns its ID. */
  append(payload: Buffer): Promise<string>;
  /**
   * The events after `id`, oldest first; 'expired' when some of them may be lost (dropped, or from
   * before this log began: a restart without Redis, a Redis that lost its data); 'unknown' for an
   * ID later than any event the log gave.
   */
  after(id: string): Promise<LoggedEvent[] | 'expired' | 'unknown'>;
}

const ID = /^(\d{1,16})-(\d{1,16})$/;

/** Whether a string is an event ID at all (checked before anything is asked of Redis). */
export const isEventId = (id: string): boolean => ID.test(id);

export function compareIds(a: string, b: string): number {
  const [, am = '0', as = '0'] = ID.exec(a) ?? [];
  const [, bm = '0', bs = '0'] = ID.exec(b) ?? [];
  return Number(am) - Number(bm) || Number(as) - Number(bs);
}

export function memoryEventLog(retain: number, clock: () => number): EventLog {
  const events: LoggedEvent[] = [];
  // Every ID this log gives is at or after its beginning: an earlier one came from before it.
  const began = `${clock()}-0`;
  let last = { ms: 0, seq: 0 };
  let dropped: string | undefined;
  return {
    async append(payload) {
      const ms = Math.max(clock(), last.ms);
      last = { ms, seq: ms === last.ms ? last.seq + 1 : 0 };
      const id = `${ms}-${last.seq}`;
      events.push({ id, payload });
      if (events.length > retain) dropped = events.shift()?.id;
      return id;
    },
    async after(id) {
      if (compareIds(id, dropped ?? began) < 0) return 'expired';
      const newest = events.at(-1)?.id;
      if (compareIds(id, newest ?? began) > 0) return 'unknown';
      return events.filter((e) => compareIds(e.id, id) > 0);
    },
  };
}

export function redisEventLog(redis: Redis, key: string, retain: number): EventLog {
  return {
    async append(payload) {
      // Exact trimming, so "dropped" (max-deleted-entry-id) is exact too.
      return (await redis.xadd(key, 'MAXLEN', String(retain), '*', 'e', payload)) as string;
    },
    async after(id) {
      const info = (await redis.xinfo('STREAM', key).catch(() => null)) as unknown[] | null;
      // No stream: no event was ever logged, or Redis lost them; either way none can be replayed.
      if (!info) return 'expired';
      const field = (name: string) => (info.includes(name) ? String(info[info.indexOf(name) + 1]) : undefined);
      const dropped = field('max-deleted-entry-id');
      if (dropped && dropped !== '0-0' && compareIds(id, dropped) < 0) return 'expired';
      if (compareIds(id, field('last-generated-id') ?? '0-0') > 0) return 'unknown';
      const entries = await redis.xrangeBuffer(key, `(${id}`, '+');
      return entries.map(([entryId, fields]) => ({ id: entryId.toString(), payload: fields[1] as Buffer }));
    },
  };
}
