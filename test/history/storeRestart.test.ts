// The embedded store's thread dies for real (Worker.terminate, as an uncaught error or a
// WebAssembly abort would end it): what waited on it fails with the history's coded error, the
// next statement starts a new thread on the same data directory and sees what was committed, a
// thread that cannot start again is retried only after its back-off (driven by the history's
// clock), and close() ends cleanly whatever state the thread is in.
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL } from '../../src/auth/access.js';
import { GatewayError } from '../../src/errors.js';
import { embeddedStore } from '../../src/history/database.js';
import { createHistory, type History } from '../../src/history/index.js';
import { restartDelay } from '../../src/history/storeRestart.js';
import { startHarness } from '../support/harness.js';
import { testHistory } from '../support/historyStore.js';

const T = Date.UTC(2026, 10, 2, 12);
const HISTORY = '{ sessionHistory(first: 10) { edges { node { key phase } } } }';
const ORDER = { field: 'START', direction: 'DESC' } as const;
const KEY = 'STREAMING|stid-crash|ses-1';

let parent: string | undefined;
afterAll(async () => parent && rm(parent, { recursive: true, force: true }));

const record = async (history: History, sessionId: string) => {
  history.seen([{ kind: 'STREAMING', studioId: 'stid-crash', sessionId, state: 'READY', startedAt: new Date(T - 60_000), createdAt: new Date(T - 60_000) }]);
  await history.flush();
};
const ids = async (history: History) => (await history.page(ALLOW_ALL, {}, ORDER, 10, undefined, ['phase'])).map((row) => row.id);
const kill = (history: History) => embeddedStore(history.db)!.terminate();
const unavailable = expect.objectContaining({ code: 'HISTORY_UNAVAILABLE' });

describe('restartDelay', () => {
  it('restarts at once after a thread that lived, then doubles from 1 s up to a minute', () => {
    expect([0, 1, 2, 3, 6, 7, 20].map(restartDelay)).toEqual([0, 1_000, 2_000, 4_000, 32_000, 60_000, 60_000]);
  });
});

describe('the embedded store when its thread dies', () => {
  it('fails the statement in flight with HISTORY_UNAVAILABLE, then answers over HTTP from the reopened data directory', async () => {
    parent = await mkdtemp(join(tmpdir(), 'history-restart-'));
    const dir = join(parent, 'history');
    const warnings: string[] = [];
    const history = await createHistory({ dir, sweepSeconds: 0, retentionDays: 36_500 }, { clock: () => T, flushMs: 10, warn: (m) => warnings.push(m) });
    const h = await startHarness({ gateway: { history } });
    try {
      await record(history, 'ses-1');
      // This session's `session_history` becomes a view that, read, writes `waiting` into the
      // data directory and then holds PGlite (a minute at most): the page is inside the thread
      // when it dies. The setting is the session's, so the restarted thread reads the table.
      await sql`create schema gate`.execute(history.db);
      await sql`create function gate.hold() returns boolean language plpgsql as $$
        declare deadline timestamptz := clock_timestamp() + interval '60 seconds';
        begin
          execute format('copy (select 1) to %L', current_setting('data_directory') || '/waiting');
          while clock_timestamp() < deadline loop perform pg_sleep(0.01); end loop;
          return true;
        end $$`.execute(history.db);
      await sql`create view gate.session_history as select * from public.session_history where gate.hold()`.execute(history.db);
      await sql`set search_path = gate, public`.execute(history.db);

      const inFlight = h.query<any, any>(HISTORY);
      while (!existsSync(join(dir, 'waiting'))) await sleep(10);
      await kill(history);
      const failed = await inFlight;
      expect(failed.errors).toEqual([expect.objectContaining({ extensions: unavailable })]);
      expect(JSON.stringify(failed.errors)).not.toMatch(/ at |\.ts:/);
      expect(warnings).toEqual([expect.stringMatching(/^The session history store failed a query \(the embedded store's thread exited \(code 1\)\)\.$/)]);

      // The next request starts a new thread on the same directory: the row written before the crash is there.
      const res = await h.query<any, any>(HISTORY);
      expect(res.errors).toBeUndefined();
      expect(res.data.sessionHistory.edges).toEqual([{ node: { key: KEY, phase: 'RUNNING' } }]);
      expect(warnings.slice(1)).toEqual([
        "The session history store's thread stopped (the embedded store's thread exited (code 1)) and was started again: it reopened its data directory; the statements waiting on it failed.",
      ]);
      // It records again.
      await record(history, 'ses-2');
      expect(await ids(history)).toHaveLength(2);
    } finally {
      await h.close();
      await history.close();
    }
  }, 180_000);

  it('starts a thread that fails to open again only after the back-off, counted by attempts', async () => {
    parent ??= await mkdtemp(join(tmpdir(), 'history-restart-'));
    const dir = join(parent, 'history');
    let now = T;
    const warnings: string[] = [];
    const history = await createHistory({ dir, sweepSeconds: 0, retentionDays: 36_500 }, { clock: () => now, flushMs: 10, warn: (m) => warnings.push(m) });
    const attempts = () => warnings.filter((m) => m.includes('could not be started again')).length;
    const restarts = () => warnings.filter((m) => m.includes('was started again')).length;
    try {
      await record(history, 'ses-1');
      // Without PG_VERSION the directory holds no database: a restart must not make an empty one.
      await kill(history);
      await rename(join(dir, 'PG_VERSION'), join(dir, 'PG_VERSION.aside'));
      await expect(ids(history)).rejects.toThrow(GatewayError);
      expect(attempts()).toBe(1);
      expect(warnings.at(-2)).toMatch(/could not be started again \(.*no longer holds the database \(moved or deleted\?\)\); the next attempt is in 1 s at the earliest\.$/);
      // Within the back-off, statements fail at once and nothing is started.
      for (const advance of [0, 0, 999]) {
        now += advance;
        await expect(ids(history)).rejects.toThrow(GatewayError);
      }
      expect(attempts()).toBe(1);
      expect(warnings.at(-1)).toMatch(/thread exited \(code 1\); it is not started again for another 1 s\)\.$/);
      now += 1;
      await expect(ids(history)).rejects.toThrow(GatewayError);
      expect(attempts()).toBe(2);
      expect(warnings.at(-2)).toMatch(/the next attempt is in 2 s at the earliest\.$/);

      await rename(join(dir, 'PG_VERSION.aside'), join(dir, 'PG_VERSION'));
      now += 1_999;
      await expect(ids(history)).rejects.toThrow(GatewayError);
      expect(attempts()).toBe(2);
      now += 1;
      expect(await ids(history)).toContain(KEY);
      expect([attempts(), restarts()]).toEqual([2, 1]);

      // A restarted thread that dies within a minute counts as one more failed start (the third:
      // 4 s); the count starts over only once a thread has lived a minute.
      now += 59_999;
      await kill(history);
      await expect(ids(history)).rejects.toThrow(GatewayError);
      expect(warnings.at(-1)).toMatch(/it is not started again for another 4 s\)\.$/);
      now += 3_999;
      await expect(ids(history)).rejects.toThrow(GatewayError);
      expect(restarts()).toBe(1);
      now += 1;
      expect(await ids(history)).toContain(KEY);
      expect(restarts()).toBe(2);
      // That one lives a minute: its death is restarted at once.
      now += 60_000;
      await kill(history);
      expect(await ids(history)).toContain(KEY);
      expect([attempts(), restarts()]).toEqual([2, 3]);
    } finally {
      await history.close();
    }
  }, 180_000);

  it('starts a store in memory over, empty but migrated', async () => {
    const warnings: string[] = [];
    const history = await testHistory({ clock: () => T, warn: (m) => warnings.push(m) });
    try {
      await record(history, 'ses-1');
      expect(await ids(history)).toEqual([KEY]);
      await kill(history);
      expect(await ids(history)).toEqual([]);
      expect(warnings).toEqual([expect.stringContaining('the store was in memory, so it starts over empty')]);
      await record(history, 'ses-1');
      expect(await ids(history)).toEqual([KEY]);
    } finally {
      await history.close();
    }
  }, 120_000);

  it('fails a transaction the thread died in; it is not continued on the new thread', async () => {
    parent ??= await mkdtemp(join(tmpdir(), 'history-restart-'));
    const history = await createHistory({ dir: join(parent, 'history'), sweepSeconds: 0, retentionDays: 36_500 }, { clock: () => T, flushMs: 10, warn: () => {} });
    try {
      await record(history, 'ses-1');
      const scopes = () => history.db.selectFrom('session_scope').select('scope').execute();
      expect(await scopes()).not.toEqual([]);
      const transaction = history.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('session_history').execute();
        await kill(history);
        await trx.deleteFrom('session_scope').execute();
      });
      await expect(transaction).rejects.toThrow(/thread exited/);
      // The first delete was never committed, and the second never ran on the new thread.
      expect(await ids(history)).toContain(KEY);
      expect(await scopes()).not.toEqual([]);
    } finally {
      await history.close();
    }
  }, 180_000);

  it('closes cleanly after a crash, and during the restart it caused', async () => {
    const first = await testHistory({ warn: () => {} });
    await kill(first);
    await expect(first.close()).resolves.toBeUndefined();

    const second = await testHistory({ warn: () => {} });
    await kill(second);
    const page = ids(second).then(
      (rows) => rows,
      (error: unknown) => error,
    );
    await expect(second.close()).resolves.toBeUndefined();
    const outcome = await page;
    if (outcome instanceof Error) expect(outcome).toMatchObject({ code: 'HISTORY_UNAVAILABLE' });
    else expect(outcome).toEqual([]);
    // Closed: no new thread is started.
    await expect(ids(second)).rejects.toThrow(GatewayError);
  }, 120_000);
});
