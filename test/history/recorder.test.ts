// The recorder does not rewrite an ended session read again unchanged (until an hour has passed),
// but writes every sighting of an open one: its last sighting is what keeps the sweep from
// marking it ended. On the embedded store (PGlite in memory) and on a real PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { History } from '../../src/history/index.js';
import { markVanished } from '../../src/history/maintenance.js';
import { createRecorder } from '../../src/history/recorder.js';
import type { RemoteAccessSessionRecord, StreamingSessionRecord } from '../../src/loaders/records.js';
import { testHistory } from '../support/historyStore.js';
import { startPostgres, type PostgresServer } from '../support/postgresServer.js';

const MINUTE = 60_000;
const T = Date.UTC(2026, 10, 2, 12);
const STUDIO = 'stid-recorder';

const ended = (n: number, name = `device ${n}`): RemoteAccessSessionRecord => ({
  kind: 'REMOTE_ACCESS', arn: `arn:aws:devicefarm:us-west-2:123456789012:session:recorder/run/${n}`, name, status: 'COMPLETED',
  created: new Date(T - 30 * MINUTE), started: new Date(T - 30 * MINUTE), stopped: new Date(T - 10 * MINUTE),
  deviceMinutes: { total: 20, metered: 20, unmetered: 0 },
});
const open = (sessionId: string): StreamingSessionRecord => ({
  kind: 'STREAMING', studioId: STUDIO, sessionId, state: 'READY', startedAt: new Date(T - 30 * MINUTE), createdAt: new Date(T - 30 * MINUTE),
});

let postgres: PostgresServer | undefined;
afterAll(async () => postgres?.stop(), 60_000);

describe.each(['pglite', 'postgres'] as const)('the recorder on %s', (store) => {
  let history: History;
  let now = T;
  const see = async (...sessions: Array<RemoteAccessSessionRecord | StreamingSessionRecord>) => {
    history.seen(sessions);
    await history.flush();
  };
  const lastSeen = async (id: string) =>
    (await history.db.selectFrom('session_history').select(['last_seen_at', 'name']).where('id', '=', id).executeTakeFirstOrThrow());

  beforeAll(async () => {
    const databaseUrl = store === 'postgres' ? await (postgres ??= await startPostgres()).createDatabase() : undefined;
    history = await testHistory({ clock: () => now, databaseUrl });
  }, 120_000);
  afterAll(async () => history?.close());

  it('skips an ended session seen again unchanged, writes it when it changed or an hour passed', async () => {
    const id = `REMOTE_ACCESS|${ended(1).arn}`;
    await see(ended(1));
    now = T + 5 * MINUTE;
    await see(ended(1));
    expect(await lastSeen(id)).toEqual({ last_seen_at: new Date(T), name: 'device 1' });
    now = T + 6 * MINUTE;
    await see(ended(1, 'renamed'));
    expect(await lastSeen(id)).toEqual({ last_seen_at: new Date(T + 6 * MINUTE), name: 'renamed' });
    now = T + 6 * MINUTE + 60 * MINUTE;
    await see(ended(1, 'renamed'));
    expect(await lastSeen(id)).toEqual({ last_seen_at: new Date(now), name: 'renamed' });
  });

  it('writes every sighting of an open session, so a sweep after it does not end it', async () => {
    const id = `STREAMING|${STUDIO}|ses-open`;
    now = T;
    await see(open('ses-open'));
    const walkStartedAt = T + 5 * MINUTE;
    now = T + 6 * MINUTE;
    await see(open('ses-open'));
    expect((await lastSeen(id)).last_seen_at).toEqual(new Date(T + 6 * MINUTE));
    expect(await markVanished(history.db, { kind: 'STREAMING', walked: [STUDIO] }, new Date(walkStartedAt), new Date(now))).toBe(0);
  });

  it('records an upstream answer once: the same page again (served from the cache) is not a new sighting', async () => {
    const id = `STREAMING|${STUDIO}|ses-cached`;
    const page = [open('ses-cached')];
    const seePage = async (sessions: StreamingSessionRecord[]) => {
      history.seen(sessions);
      await history.flush();
    };
    now = T;
    await seePage(page);
    now = T + MINUTE;
    await seePage(page);
    expect((await lastSeen(id)).last_seen_at).toEqual(new Date(T));
    now = T + 2 * MINUTE;
    await seePage([...page]); // a new answer listing the same session
    expect((await lastSeen(id)).last_seen_at).toEqual(new Date(T + 2 * MINUTE));
  });

  it('bounds what waits for a store slower than the reads: queued and in-flight sightings together', async () => {
    const drops: number[] = [];
    const recorder = createRecorder(history.db, { clock: () => now, flushAt: 10, maxQueued: 25, onDropped: (n) => drops.push(n), onError: (error) => { throw error; } });
    const page = (n: number) => Array.from({ length: 10 }, (_, i) => open(`ses-slow-${n}-${i}`));
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // A store that does not write until released: the table locked by another transaction.
    const holder = history.db.transaction().execute(async (trx) => {
      await sql`LOCK TABLE session_history IN EXCLUSIVE MODE`.execute(trx);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    recorder.seen(page(1)); // 10 queued: written at once, and waits on the lock
    recorder.seen(page(2)); // 10 more, waiting behind it
    recorder.seen(page(3)); // 20 in flight: room for 5
    expect(recorder.queued).toBe(5);
    recorder.seen(page(4)); // no room
    expect(recorder.queued).toBe(5);
    expect(drops).toEqual([]);
    release();
    await holder;
    await recorder.close();
    expect(drops).toEqual([15]);
    expect(Number((await history.db.selectFrom('session_history').select((eb) => eb.fn.countAll().as('n')).where('id', 'like', 'STREAMING|%|ses-slow-%').executeTakeFirstOrThrow()).n)).toBe(25);
  });

  it('writes once sightings pause, or when the oldest has waited flushMs, or when the queue is long', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const recorder = createRecorder(history.db, { clock: () => now, quietMs: 100, flushMs: 1_000, flushAt: 30, onError: (error) => { throw error; } });
      const page = (n: number) => Array.from({ length: 10 }, (_, i) => open(`ses-quiet-${n}-${i}`));
      // A walk's pages, 50 ms apart: nothing is written between them.
      for (let n = 0; n < 2; n++) {
        recorder.seen(page(n));
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(recorder.queued).toBe(20);
      await vi.advanceTimersByTimeAsync(49);
      expect(recorder.queued).toBe(20);
      await vi.advanceTimersByTimeAsync(1); // 100 ms without a sighting
      expect(recorder.queued).toBe(0);
      // Sightings that never pause are written flushMs after the first.
      for (let n = 2; n < 22; n++) {
        recorder.seen(page(n).slice(0, 1));
        expect(recorder.queued).toBe(n - 1);
        await vi.advanceTimersByTimeAsync(50);
      }
      expect(recorder.queued).toBe(0); // the 20th advance reached 1,000 ms
      // A long queue is written at once.
      recorder.seen(page(30));
      recorder.seen(page(31));
      expect(recorder.queued).toBe(20);
      recorder.seen(page(32));
      expect(recorder.queued).toBe(0);
      await recorder.close();
      expect(Number((await history.db.selectFrom('session_history').select((eb) => eb.fn.countAll().as('n')).where('id', 'like', 'STREAMING|%|ses-quiet-%').executeTakeFirstOrThrow()).n)).toBe(20 + 20 + 30);
    } finally {
      vi.useRealTimers();
    }
  });
});
