// sessionEvents over SSE, end to end: the emulator's clock and control API drive the sessions,
// the watcher polls every few milliseconds, and the test reads events as a browser would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';
import { subscribe, Ticks } from './watch.js';

describe('sessionEvents', () => {
  let h: Harness;
  const ticks = new Ticks();
  let studioId: string;
  beforeAll(async () => {
    h = await startHarness({ gateway: { watch: { intervalMs: 5, onTick: ticks.onTick } } });
    studioId = h.emulator.data.nimble.studios.find((s) => h.emulator.data.nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
  });
  afterAll(() => h.close());

  it('tells a subscriber a session started, changed and ended, each once and in order', async () => {
    const sub = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
    expect(sub.stream.status).toBe(200);
    // The first poll is the baseline: what exists then is not news.
    await ticks.after(1);

    const created = h.emulator.createSession('streaming', studioId);
    const started = await sub.nextFor(created.id);
    expect(started).toMatchObject({ type: 'STARTED', session: { kind: 'STREAMING', phase: 'STARTING', state: 'CREATE_IN_PROGRESS', studioId } });

    h.emulator.startSession('streaming', created.id);
    const running = await sub.nextFor(created.id);
    expect(running).toMatchObject({ type: 'CHANGED', session: { phase: 'RUNNING', state: 'READY' } });

    h.emulator.stopSession('streaming', created.id);
    const stopping = await sub.nextFor(created.id);
    expect(stopping).toMatchObject({ type: 'CHANGED', session: { phase: 'STOPPING', state: 'STOP_IN_PROGRESS' } });

    h.emulator.advanceClock(120_000);
    const ended = await sub.nextFor(created.id);
    expect(ended).toMatchObject({ type: 'ENDED', session: { phase: 'ENDED' } });

    // Nothing more about it: another session's start comes next, several polls later.
    await ticks.after(3);
    const other = h.emulator.createSession('streaming', studioId);
    const next = await sub.next();
    expect(next).toMatchObject({ type: 'STARTED', session: { sessionId: other.id } });
    const ids = [started, running, stopping, ended, next!].map((e) => e.id);
    expect([...ids].sort(compareIds)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    await sub.stream.close();
  });
});

function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am - bm || as - bs;
}
