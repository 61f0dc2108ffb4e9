import { describe, expect, it } from 'vitest';
import { diffScope, oldestOpen, type Observed, type Seen } from '../../src/watch/diff.js';
import { compareIds, memoryEventLog } from '../../src/watch/eventLog.js';

const s = (id: string, createdAt: number, state: string, ended = false): Observed<string> => ({ id, createdAt, state, ended, item: `${id}:${state}` });
const types = (events: Array<{ type: string; item: string }>) => events.map((e) => `${e.type} ${e.item}`);

describe('diffScope', () => {
  const base = diffScope<string>(undefined, { items: [s('b', 20, 'RUNNING'), s('a', 10, 'RUNNING')], complete: false }).seen;

  it('takes a baseline without events', () => {
    expect(diffScope<string>(undefined, { items: [s('a', 10, 'RUNNING')], complete: true }).events).toEqual([]);
  });

  it('reports new, changed and ended sessions, and a session that left a complete list', () => {
    const { events } = diffScope(base, { items: [s('c', 30, 'PENDING'), s('b', 20, 'STOPPING')], complete: true });
    expect(types(events)).toEqual(['STARTED c:PENDING', 'CHANGED b:STOPPING', 'ENDED a:RUNNING']);
  });

  it('reports a session created and ended between two polls as started, then ended', () => {
    const { events } = diffScope(base, { items: [s('c', 30, 'ENDED', true), s('b', 20, 'RUNNING'), s('a', 10, 'RUNNING')], complete: false });
    expect(types(events)).toEqual(['STARTED c:ENDED', 'ENDED c:ENDED']);
  });

  it('keeps an open session older than the pages read, and reads older ones without calling them new', () => {
    const shallow = diffScope(base, { items: [s('c', 30, 'RUNNING'), s('b', 20, 'RUNNING')], complete: false });
    expect(types(shallow.events)).toEqual(['STARTED c:RUNNING']);
    expect([...shallow.seen.items.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(oldestOpen(shallow.seen)).toBe(10);
    const deeper = diffScope(shallow.seen, { items: [s('c', 30, 'RUNNING'), s('b', 20, 'RUNNING'), s('a', 10, 'RUNNING'), s('z', 5, 'ENDED', true)], complete: true });
    expect(deeper.events).toEqual([]);
  });

  it('says nothing more about an ended session', () => {
    const ended: Seen<string> = diffScope(base, { items: [s('b', 20, 'ENDED', true), s('a', 10, 'RUNNING')], complete: true }).seen;
    expect(diffScope(ended, { items: [s('b', 20, 'DELETED', true), s('a', 10, 'RUNNING')], complete: true }).events).toEqual([]);
    expect(diffScope(ended, { items: [s('a', 10, 'RUNNING')], complete: true }).events).toEqual([]);
  });
});

describe('memoryEventLog', () => {
  it('gives rising IDs on one clock tick, replays after an ID, and refuses an ID whose successors were dropped', async () => {
    const log = memoryEventLog(2, () => 1000);
    const ids = [await log.append(Buffer.from('1')), await log.append(Buffer.from('2')), await log.append(Buffer.from('3'))];
    expect(ids).toEqual(['1000-0', '1000-1', '1000-2']);
    expect([...ids].sort(compareIds)).toEqual(ids);
    expect((await log.after('1000-0')) as unknown[]).toHaveLength(2);
    expect(await log.after('999-5')).toBe('expired');
    expect(await log.after('1000-2')).toEqual([]);
  });

  it('refuses an ID from before it began (a restart loses what happened between) and one later than any it gave', async () => {
    let now = 5000;
    const log = memoryEventLog(10, () => now);
    expect(await log.after('4999-0')).toBe('expired');
    expect(await log.after('5000-0')).toEqual([]);
    expect(await log.after('5001-0')).toBe('unknown');
    now = 6000;
    const id = await log.append(Buffer.from('1'));
    expect(await log.after('5000-0')).toEqual([{ id, payload: Buffer.from('1') }]);
    expect(await log.after(id)).toEqual([]);
    expect(await log.after('6000-1')).toBe('unknown');
  });
});
