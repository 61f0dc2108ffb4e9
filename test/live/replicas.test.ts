// Two gateway replicas on one real Redis: one polls (it holds the lease), both deliver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Policy } from '../../src/auth/policy.js';
import { startRedis, type RedisServer } from '../support/redisServer.js';
import { startHarness, type Harness } from '../support/harness.js';
import { subscribe, Ticks } from './watch.js';

describe('sessionEvents across replicas', () => {
  let redis: RedisServer;
  let emulator: Emulator;
  const replicas: Harness[] = [];
  const ticks = [new Ticks(), new Ticks()];
  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startEmulator({ seed: 1, now: FIXED_START });
    for (const t of ticks) {
      replicas.push(await startHarness({ sharedEmulator: emulator, redisUrl: redis.url, gateway: { watch: { intervalMs: 5, redisUrl: redis.url, onTick: t.onTick } } }));
    }
  });
  afterAll(async () => {
    await Promise.all(replicas.map((h) => h.close()));
    await emulator.close();
    await redis.stop();
  });

  it('delivers one poller’s event to subscribers on both replicas, with that poller’s calls only', async () => {
    const [a, b] = await Promise.all(replicas.map((h) => subscribe(h.url, { filter: { kinds: ['STREAMING'] } })));
    // Both replicas have said what they watch, and the leader has taken its baseline since.
    await Promise.all(ticks.map((t) => t.until(() => t.reports.length >= 2)));
    await Promise.all(ticks.map((t) => t.until(() => ticks.some((x) => x.polled().length >= 2))));
    emulator.clearRequests();
    const pagesBefore = ticks.map((t) => t.reports.reduce((sum, r) => sum + r.pages, 0));

    const created = emulator.createSession('streaming');
    const [onA, onB] = await Promise.all([a!.nextFor(created.id), b!.nextFor(created.id)]);
    expect(onA).toMatchObject({ type: 'STARTED', session: { sessionId: created.id } });
    expect(onB).toEqual(onA);

    // One replica polls, the other never does; every call in the log is a poll the leader reported.
    const polling = ticks.filter((t) => t.polled().length > 0);
    expect(polling).toHaveLength(1);
    const follower = ticks.find((t) => t !== polling[0])!;
    expect(follower.reports.every((r) => !r.leader && r.pages === 0)).toBe(true);
    const leader = ticks.indexOf(polling[0]!);
    await polling[0]!.after(1);
    await a!.stream.close();
    await b!.stream.close();
    await Promise.all(ticks.map((t) => t.stopped()));
    const leaderPages = polling[0]!.reports.reduce((sum, r) => sum + r.pages, 0) - pagesBefore[leader]!;
    expect(emulator.requests.filter((r) => r.operation === 'ListStreamingSessions').length).toBe(leaderPages);
  });

  it('replays from Redis what a subscriber missed, on whichever replica it comes back to', async () => {
    const [onA, keeper] = await Promise.all(replicas.map((h) => subscribe(h.url, { filter: { kinds: ['STREAMING'] } })));
    // Two polls by the leader since both subscribed: the second has both replicas' interest.
    const polled = () => ticks.reduce((n, t) => n + t.polled().length, 0);
    const from = polled();
    await Promise.race(ticks.map((t) => t.until(() => polled() >= from + 2)));
    const created = emulator.createSession('streaming');
    const seen = await onA!.nextFor(created.id);
    await keeper!.nextFor(created.id);
    await onA!.stream.close();

    emulator.startSession('streaming', created.id);
    const missed = await keeper!.nextFor(created.id);
    const back = await subscribe(replicas[1]!.url, { filter: { kinds: ['STREAMING'] }, after: seen.id });
    expect(await back.nextFor(created.id)).toEqual(missed);
    emulator.stopSession('streaming', created.id);
    expect(await back.nextFor(created.id)).toMatchObject({ type: 'CHANGED', session: { phase: 'STOPPING' } });
    const future = await subscribe(replicas[0]!.url, { after: '99999999999999-0' });
    await expect(future.next()).rejects.toThrow(/BAD_USER_INPUT/);
    await Promise.all([keeper!, back, future].map((s) => s.stream.close()));
  });
});

describe('sessionEvents and the access policy', () => {
  let h: Harness;
  const ticks = new Ticks();
  let studioA: string;
  let studioB: string;
  beforeAll(async () => {
    const emulator = await startEmulator({ seed: 1, now: FIXED_START });
    [studioA, studioB] = emulator.data.nimble.studios.filter((s) => emulator.data.nimble.streamingSessions(s.studioId!).length > 0).map((s) => s.studioId!) as [string, string];
    await emulator.close();
    const policy: Policy = {
      claim: 'groups',
      rules: [
        { group: 'studio-a', sources: { nimble: [studioA] }, stop: false },
        { group: 'admins', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: true },
      ],
    };
    h = await startHarness({ gateway: { auth: { mode: 'header', header: 'x-user-groups', policy }, watch: { intervalMs: 5, onTick: ticks.onTick } } });
  });
  afterAll(() => h.close());

  it('polls only the scopes a subscriber may see, and sends each subscriber only those events', async () => {
    const artist = await subscribe(h.url, {}, { 'x-user-groups': 'studio-a' });
    await ticks.after(2);
    // Only studio A is polled for the artist: every kind was asked for, one scope is visible.
    expect(ticks.polled().at(-1)!.scopes).toBe(1);
    const admin = await subscribe(h.url, { filter: { kinds: ['STREAMING'] } }, { 'x-user-groups': 'admins' });
    await ticks.until(() => (ticks.polled().at(-1)?.scopes ?? 0) > 1);
    await ticks.after(1);

    const inB = h.emulator.createSession('streaming', studioB);
    const inA = h.emulator.createSession('streaming', studioA);
    // Scopes are read in parallel: the two events may come in either order.
    const seen = [await admin.next(), await admin.next()].map((e) => `${e!.type} ${e!.session.sessionId}`).sort();
    expect(seen).toEqual([`STARTED ${inA.id}`, `STARTED ${inB.id}`].sort());
    // The artist's next event is studio A's: studio B's never reached it.
    expect(await artist.next()).toMatchObject({ type: 'STARTED', session: { sessionId: inA.id, studioId: studioA } });
    await Promise.all([artist, admin].map((s) => s.stream.close()));
  });
});
