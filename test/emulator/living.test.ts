// The living emulator: a world clock the test drives, seeded data laid out relative to it, a
// deterministic simulation, stops that run their course, and the control API.
import { GetRemoteAccessSessionCommand, ListRemoteAccessSessionsCommand, StopRemoteAccessSessionCommand, type RemoteAccessSession } from '@aws-sdk/client-device-farm';
import { GetStreamingSessionCommand, StopStreamingSessionCommand, type StreamingSession } from '@aws-sdk/client-nimble';
import { describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator, type EmulatorData } from '../../src/emulator/index.js';
import { clientsFor, destroyClients } from './clients.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Every session of every kind, as the data views list them now. */
function sessions(data: EmulatorData) {
  const { deviceFarm: df, nimble: nb, codeCatalyst: cc } = data;
  const envs = cc.spaces.flatMap((s) => cc.devEnvironments(s.name as string));
  return {
    remoteAccess: df.projects.flatMap((p) => df.remoteAccessSessions(p.arn as string)),
    testGrid: df.testGridProjects.flatMap((p) => df.testGridSessions(p.arn as string)),
    streaming: nb.studios.flatMap((s) => nb.streamingSessions(s.studioId as string)),
    devSessions: envs.flatMap((e) => cc.sessions(e.spaceName as string, e.projectName as string, e.id as string)),
  };
}

async function withEmulator<T>(options: Parameters<typeof startEmulator>[0], run: (emulator: Emulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator({ sessionsPerKind: 60, ...options });
  try {
    return await run(emulator);
  } finally {
    await emulator.close();
  }
}

describe('the world clock', () => {
  it('lays the seeded history out up to its start: the same sessions, shifted, for another start', async () => {
    const later = FIXED_START + 28 * DAY;
    const [a, b] = await Promise.all([startEmulator({ now: FIXED_START, sessionsPerKind: 60 }), startEmulator({ now: later, sessionsPerKind: 60 })]);
    try {
      const [first, second] = [sessions(a.data).remoteAccess, sessions(b.data).remoteAccess];
      expect(second.map((s) => s.arn)).toEqual(first.map((s) => s.arn));
      expect(second.map((s) => s.created!.getTime() - 28 * DAY)).toEqual(first.map((s) => s.created!.getTime()));
      const newest = Math.max(...second.map((s) => s.created!.getTime()));
      expect(newest).toBeLessThanOrEqual(later);
      expect(newest).toBeGreaterThan(later - DAY);
      expect(second.some((s) => s.status === 'RUNNING')).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('starts at the real time by default, and runs on the emulator clock', async () => {
    const before = Date.now();
    let tick = 0;
    await withEmulator({ clock: () => tick }, async (emulator) => {
      const start = emulator.now().getTime();
      expect(start).toBeGreaterThanOrEqual(before);
      expect(start).toBeLessThanOrEqual(Date.now());
      tick += 5_000;
      expect(emulator.now().getTime()).toBe(start + 5_000);
      expect(emulator.advanceClock(MINUTE).getTime()).toBe(start + 5_000 + MINUTE);
    });
  });

  it('stands still at a fixed instant until advanced, and never runs backwards', async () => {
    await withEmulator({ now: FIXED_START }, async (emulator) => {
      expect(emulator.now().toISOString()).toBe('2026-11-01T00:00:00.000Z');
      expect(emulator.now().toISOString()).toBe('2026-11-01T00:00:00.000Z');
      expect(emulator.advanceClock(90_000).toISOString()).toBe('2026-11-01T00:01:30.000Z');
      expect(() => emulator.advanceClock(-1)).toThrow(RangeError);
      expect(emulator.simulation).toBe(false);
    });
    await expect(startEmulator({ now: 1_700_000_000 })).rejects.toThrow('now must be a Date or whole epoch milliseconds');
    await expect(startEmulator({ worldClock: 'fast' as never })).rejects.toThrow("worldClock must be 'running' or 'manual'");
  });

  it('changes nothing on its own without the simulation, however far the clock goes', async () => {
    await withEmulator({ now: FIXED_START }, async (emulator) => {
      const before = JSON.stringify(sessions(emulator.data));
      emulator.advanceClock(30 * DAY);
      expect(JSON.stringify(sessions(emulator.data))).toBe(before);
    });
  });
});

describe('the simulation', () => {
  const options = { now: FIXED_START, simulation: true, seed: 3 };

  it('gives the same world for the same seed and clock, however the time was advanced and read', async () => {
    const worlds = await Promise.all([startEmulator({ ...options, sessionsPerKind: 60 }), startEmulator({ ...options, sessionsPerKind: 60 })]);
    try {
      const [a, b] = worlds as [Emulator, Emulator];
      a.advanceClock(3 * 60 * MINUTE);
      for (let i = 0; i < 18; i++) {
        b.advanceClock(10 * MINUTE);
        sessions(b.data); // reading in between changes nothing
      }
      expect(JSON.stringify(sessions(b.data))).toBe(JSON.stringify(sessions(a.data)));
      const other = await startEmulator({ ...options, seed: 4, sessionsPerKind: 60 });
      other.advanceClock(3 * 60 * MINUTE);
      expect(JSON.stringify(sessions(other.data))).not.toBe(JSON.stringify(sessions(a.data)));
      await other.close();
    } finally {
      await Promise.all(worlds.map((w) => w.close()));
    }
  });

  it('creates sessions that start, run and end as AWS moves them', async () => {
    await withEmulator(options, async (emulator) => {
      const seeded = sessions(emulator.data);
      emulator.advanceClock(12 * 60 * MINUTE);
      const later = sessions(emulator.data);
      const born = later.remoteAccess.filter((s) => s.created!.getTime() > FIXED_START);
      // About one every 20 minutes in each of the 3 projects.
      expect(born.length).toBeGreaterThan(50);
      expect(later.remoteAccess.length).toBe(seeded.remoteAccess.length + born.length);
      // Listed newest first, the newest in front of the seeded ones.
      const created = later.remoteAccess.filter((s) => s.arn?.includes(born[0]!.arn!.split(':session:')[1]!.split('/')[0]!)).map((s) => s.created!.getTime());
      expect(created).toEqual([...created].sort((x, y) => y - x));
      const completed = born.filter((s) => s.status === 'COMPLETED');
      expect(completed.length).toBeGreaterThan(0);
      for (const s of completed) expect(s.stopped!.getTime()).toBeGreaterThan(s.started!.getTime());
      // Nothing seeded is still pending or running twelve hours on.
      const seededArns = new Set(seeded.remoteAccess.map((s) => s.arn));
      expect(later.remoteAccess.filter((s) => seededArns.has(s.arn)).every((s) => s.status === 'COMPLETED')).toBe(true);
      expect(later.testGrid.filter((s) => s.created!.getTime() <= FIXED_START).every((s) => s.status !== 'ACTIVE')).toBe(true);
      expect(later.streaming.filter((s) => s.createdAt!.getTime() > FIXED_START).map((s) => s.state)).toContain('READY');
      // CodeCatalyst lists open sessions only: the seeded ones have closed, new ones opened.
      expect(later.devSessions.every((s) => s.startedTime!.getTime() > FIXED_START)).toBe(true);
      expect(later.devSessions.length).toBeGreaterThan(0);
    });
  });

  it('keeps an open nextToken on its page while sessions are born in front', async () => {
    await withEmulator({ ...options, sessionsPerKind: 200 }, async (emulator) => {
      const clients = clientsFor(emulator);
      try {
        const arn = emulator.data.deviceFarm.projects[0]!.arn;
        const expected = emulator.data.deviceFarm.remoteAccessSessions(arn!).map((s) => s.arn);
        const first = await clients.deviceFarm.send(new ListRemoteAccessSessionsCommand({ arn }));
        emulator.advanceClock(2 * 60 * MINUTE);
        const second = await clients.deviceFarm.send(new ListRemoteAccessSessionsCommand({ arn, nextToken: first.nextToken }));
        expect([...first.remoteAccessSessions!, ...second.remoteAccessSessions!].map((s) => s.arn)).toEqual(expected.slice(0, 50));
      } finally {
        destroyClients(clients);
      }
    });
  });
});

describe('stops run their course as the clock advances', () => {
  it('moves a stopped remote access session from STOPPING to COMPLETED (STOPPED) 30 s on', async () => {
    await withEmulator({ now: FIXED_START }, async (emulator) => {
      const clients = clientsFor(emulator);
      try {
        const running = sessions(emulator.data).remoteAccess.find((s) => s.status === 'RUNNING') as RemoteAccessSession;
        const stopped = await clients.deviceFarm.send(new StopRemoteAccessSessionCommand({ arn: running.arn }));
        expect(stopped.remoteAccessSession?.status).toBe('STOPPING');
        emulator.advanceClock(29_999);
        expect((await clients.deviceFarm.send(new GetRemoteAccessSessionCommand({ arn: running.arn }))).remoteAccessSession?.status).toBe('STOPPING');
        emulator.advanceClock(1);
        const done = (await clients.deviceFarm.send(new GetRemoteAccessSessionCommand({ arn: running.arn }))).remoteAccessSession;
        expect(done).toMatchObject({ status: 'COMPLETED', result: 'STOPPED', stopped: new Date(FIXED_START + 30_000) });
        expect(done?.endpoint).toBeUndefined();
        expect(done?.deviceMinutes?.total).toBeGreaterThan(0);
      } finally {
        destroyClients(clients);
      }
    });
  });

  it('moves a stopped streaming session to STOPPED (persistent) 90 s on', async () => {
    await withEmulator({ now: FIXED_START }, async (emulator) => {
      const clients = clientsFor(emulator);
      try {
        const ready = sessions(emulator.data).streaming.find((s) => s.state === 'READY' && s.sessionPersistenceMode === 'ACTIVATED') as StreamingSession;
        const studioId = emulator.data.nimble.studios.find((s) => emulator.data.nimble.streamingSessions(s.studioId!).some((x) => x.sessionId === ready.sessionId))!.studioId;
        await clients.nimble.send(new StopStreamingSessionCommand({ studioId, sessionId: ready.sessionId }));
        emulator.advanceClock(90_000);
        const got = (await clients.nimble.send(new GetStreamingSessionCommand({ studioId, sessionId: ready.sessionId }))).session;
        expect(got).toMatchObject({ state: 'STOPPED', statusCode: 'STREAMING_SESSION_STOPPED', stoppedAt: new Date(FIXED_START + 90_000), volumeRetentionMode: 'RETAIN' });
        expect(got?.stopAt).toBeUndefined();
      } finally {
        destroyClients(clients);
      }
    });
  });
});

describe('the control API', () => {
  it('creates, starts and stops sessions in process, as the SDK then sees them', async () => {
    await withEmulator({ now: FIXED_START }, async (emulator) => {
      const created = emulator.createSession('remoteAccess');
      expect(created).toMatchObject({ kind: 'remoteAccess', scope: emulator.data.deviceFarm.projects[0]!.arn, session: { status: 'PENDING', created: new Date(FIXED_START) } });
      expect(emulator.data.deviceFarm.remoteAccessSessions(created.scope)[0]?.arn).toBe(created.id);
      emulator.advanceClock(MINUTE);
      expect(emulator.startSession('remoteAccess', created.id).session).toMatchObject({ status: 'RUNNING', started: new Date(FIXED_START + MINUTE) });
      expect(emulator.stopSession('remoteAccess', created.id).session).toMatchObject({ status: 'STOPPING' });
      // Stopping again is a no-op, starting a stopping session is refused.
      expect(emulator.stopSession('remoteAccess', created.id).session).toMatchObject({ status: 'STOPPING' });
      expect(() => emulator.startSession('remoteAccess', created.id)).toThrow(/cannot be started/);

      const grid = emulator.createSession('testGrid');
      expect(emulator.stopSession('testGrid', grid.id).session).toMatchObject({ status: 'CLOSED', ended: new Date(FIXED_START + MINUTE) });
      const streaming = emulator.createSession('streaming');
      expect(streaming.session).toMatchObject({ state: 'CREATE_IN_PROGRESS' });
      expect(emulator.startSession('streaming', streaming.id).session).toMatchObject({ state: 'READY', startedAt: new Date(FIXED_START + MINUTE) });
      const stopped = sessions(emulator.data).streaming.find((s) => s.state === 'STOPPED')!;
      const restarted = emulator.startSession('streaming', stopped.sessionId!).session as StreamingSession;
      expect(restarted).toMatchObject({ state: 'READY', startedAt: new Date(FIXED_START + MINUTE) });
      expect(restarted.stoppedAt).toBeUndefined();
      const dev = emulator.createSession('devEnvironment');
      const [space, project, env] = dev.scope.split('/') as [string, string, string];
      expect(emulator.data.codeCatalyst.sessions(space, project, env)[0]?.id).toBe(dev.id);
      expect(emulator.stopSession('devEnvironment', dev.id).session).toBeUndefined();
      expect(emulator.data.codeCatalyst.sessions(space, project, env).map((s) => s.id)).not.toContain(dev.id);
      expect(() => emulator.stopSession('streaming', 'session-nope')).toThrow('No streaming session session-nope.');
    });
  });

  it('answers over HTTP: the clock, sessions, and a sentence for bad input', async () => {
    await withEmulator({ now: FIXED_START }, async (emulator) => {
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${emulator.url}/_emulator/${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      expect(await call('GET', 'clock')).toEqual({ status: 200, body: { now: '2026-11-01T00:00:00.000Z', simulation: false } });
      expect(await call('POST', 'clock', { advanceMs: 60_000 })).toEqual({ status: 200, body: { now: '2026-11-01T00:01:00.000Z', simulation: false } });
      const created = await call('POST', 'sessions', { kind: 'streaming' });
      expect(created).toMatchObject({ status: 201, body: { kind: 'streaming', session: { state: 'CREATE_IN_PROGRESS', createdAt: '2026-11-01T00:01:00.000Z' } } });
      const id = created.body.id as string;
      expect(await call('POST', 'sessions/start', { kind: 'streaming', id })).toMatchObject({ status: 200, body: { session: { state: 'READY' } } });
      expect(await call('POST', 'sessions/stop', { kind: 'streaming', id })).toMatchObject({ status: 200, body: { session: { state: 'STOP_IN_PROGRESS' } } });
      expect(emulator.data.nimble.streamingSessions(created.body.scope as string)[0]?.state).toBe('STOP_IN_PROGRESS');
      expect(await call('POST', 'clock', { advanceMs: -5 })).toMatchObject({ status: 400, body: { message: expect.stringContaining('0 or more') } });
      expect(await call('POST', 'sessions', { kind: 'vm' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('kind must be one of') } });
      expect(await call('POST', 'sessions', { kind: 'testGrid', scope: 'arn:nope' })).toMatchObject({ status: 404 });
      expect(await call('POST', 'sessions/stop', { kind: 'remoteAccess' })).toMatchObject({ status: 400, body: { message: expect.stringContaining('id must be') } });
      expect(await call('POST', 'sessions/stop', { kind: 'remoteAccess', id: 'arn:aws:devicefarm:us-west-2:123456789012:session:x' })).toMatchObject({ status: 404 });
      const failed = emulator.data.nimble.streamingSessions(created.body.scope as string).find((s) => s.state === 'CREATE_FAILED');
      expect(await call('POST', 'sessions/stop', { kind: 'streaming', id: failed?.sessionId })).toMatchObject({ status: 409 });
    });
  });
});
