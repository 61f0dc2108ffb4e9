// sessionEvents over SSE, end to end: the emulator's clock and control API drive the sessions,
// the watcher polls every few milliseconds, and the test reads events as a browser would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';
import { subscribe, Ticks, type Event } from './watch.js';

const DEADLINE_MS = 300;
const NAVIGATION = /* GraphQL */ `
  subscription Navigating($filter: SessionEventFilter) {
    sessionEvents(filter: $filter) { id type session { id kind phase ... on StreamingSession { sessionId launchProfileId launchProfile { launchProfileId } } } }
  }
`;

describe('sessionEvents', () => {
  let h: Harness;
  const ticks = new Ticks();
  let studioId: string;
  beforeAll(async () => {
    h = await startHarness({ requestDeadlineMs: DEADLINE_MS, gateway: { watch: { intervalMs: 5, onTick: ticks.onTick } } });
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

    // Past a request's deadline (a real timer by design), an event's navigation fields still read.
    const navigating = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } }, {}, NAVIGATION);
    await ticks.after(1);
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS + 50));
    const later = h.emulator.createSession('streaming', studioId);
    const withProfile = (await navigating.nextFor(later.id)) as Event & { session: { launchProfileId: string; launchProfile: { launchProfileId: string } | null } };
    expect(withProfile.session.launchProfile).toEqual({ launchProfileId: withProfile.session.launchProfileId });
    await navigating.stream.close();

    // Nothing more about it: another session's start comes next, several polls later.
    await ticks.after(3);
    const other = h.emulator.createSession('streaming', studioId);
    const next = await sub.nextFor(other.id);
    expect(next).toMatchObject({ type: 'STARTED', session: { sessionId: other.id } });
    expect(sub.skipped.filter((e) => e.session.sessionId === created.id)).toEqual([]);
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

describe('sessionEvents fan-out', () => {
  let h: Harness;
  let ticks: Ticks;
  beforeAll(async () => {
    ticks = new Ticks(() => h.emulator.requests.length);
    h = await startHarness({ gateway: { watch: { intervalMs: 5, retainEvents: 3, onTick: ticks.onTick } } });
  });
  afterAll(() => h.close());

  it('serves 200 subscribers with the polls of one, and polls nothing once they have gone', async () => {
    const studios = h.emulator.data.nimble.studios.filter((s) => s.state !== 'DELETED' && s.state !== 'CREATE_FAILED');
    const one = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
    await ticks.after(2);
    const callsForOne = ticks.lastCalls();
    // One ListStreamingSessions per studio that can hold sessions, nothing else.
    expect(callsForOne).toBe(studios.length);

    const many = [one, ...(await Promise.all(Array.from({ length: 199 }, () => subscribe(h.url, { filter: { kinds: ['STREAMING'] } }))))];
    await ticks.after(2);
    expect(ticks.lastCalls()).toBe(callsForOne);
    const created = h.emulator.createSession('streaming');
    const events = await Promise.all(many.map((s) => s.nextFor(created.id)));
    expect(events.map((e) => e.type)).toEqual(Array(200).fill('STARTED'));
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect(ticks.lastCalls()).toBe(callsForOne);

    const stopped = ticks.stopped();
    await Promise.all(many.map((s) => s.stream.close()));
    await stopped;
    // Every call in the log belongs to a poll the watcher reported.
    const polledPages = ticks.reports.reduce((sum, r) => sum + r.pages, 0);
    const watcherCalls = h.emulator.requests.filter((r) => r.operation === 'ListStreamingSessions').length;
    expect(watcherCalls).toBe(polledPages);
  }, 60_000); // 200 connections on a busy 2-core machine

  it('replays what a subscriber missed when it comes back with the last event ID, then goes on live', async () => {
    const keeper = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
    const leaving = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } });
    await ticks.after(1);
    const created = h.emulator.createSession('streaming');
    const seen = await leaving.nextFor(created.id);
    await keeper.nextFor(created.id);
    await leaving.stream.close();

    h.emulator.startSession('streaming', created.id);
    const running = await keeper.nextFor(created.id);
    h.emulator.stopSession('streaming', created.id);
    const stopping = await keeper.nextFor(created.id);

    const back = await subscribe(h.url, { filter: { kinds: ['STREAMING'] }, after: seen.id });
    expect(await back.nextFor(created.id)).toEqual(running);
    expect(await back.nextFor(created.id)).toEqual(stopping);
    h.emulator.advanceClock(120_000);
    expect(await back.nextFor(created.id)).toMatchObject({ type: 'ENDED' });
    const another = h.emulator.createSession('streaming');
    expect(await back.nextFor(another.id)).toMatchObject({ type: 'STARTED' });

    // Only the last 3 events are kept: some of those after the first are gone.
    const late = await subscribe(h.url, { after: seen.id });
    await expect(late.next()).rejects.toThrow(/EVENTS_EXPIRED/);
    const garbage = await subscribe(h.url, { after: 'not-an-id' });
    await expect(garbage.next()).rejects.toThrow(/BAD_USER_INPUT/);
    // An ID this gateway never gave (later than its newest) is refused, not waited on in silence.
    const future = await subscribe(h.url, { after: '99999999999999-0' });
    await expect(future.next()).rejects.toThrow(/BAD_USER_INPUT/);
    await Promise.all([keeper, back, late, garbage, future].map((s) => s.stream.close()));
  });
});
