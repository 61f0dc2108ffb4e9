// The embedded store in a data directory, as HISTORY_DIR gives it: the first start creates the
// database (initdb in a child process), a later start opens it, and what was recorded is there.
// And PGlite runs in its own thread: a statement that waits (for a file this test writes) leaves
// the gateway serving requests.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL } from '../../src/auth/access.js';
import { createHistory } from '../../src/history/index.js';
import { hasDatabase } from '../../src/history/initdb.js';
import { startHarness } from '../support/harness.js';

const T = Date.UTC(2026, 10, 2, 12);
let parent: string | undefined;
afterAll(async () => parent && rm(parent, { recursive: true, force: true }));

describe('the embedded store on disk', () => {
  it('is created on first start, opened on the next, and keeps what it recorded', async () => {
    parent = await mkdtemp(join(tmpdir(), 'history-on-disk-'));
    const dir = join(parent, 'history');
    const settings = { dir, sweepSeconds: 0, retentionDays: 36_500 };
    const first = await createHistory(settings, { clock: () => T, flushMs: 10 });
    try {
      first.seen([{ kind: 'STREAMING', studioId: 'stid-disk', sessionId: 'ses-1', state: 'READY', startedAt: new Date(T - 60_000), createdAt: new Date(T - 60_000) }]);
      await first.flush();
    } finally {
      await first.close();
    }
    expect(hasDatabase(dir)).toBe(true);
    const second = await createHistory(settings, { clock: () => T });
    try {
      // Opened, not created again: the row recorded before is there.
      const rows = await second.page(ALLOW_ALL, {}, { field: 'START', direction: 'DESC' }, 10, undefined, ['phase']);
      expect(rows).toEqual([expect.objectContaining({ id: 'STREAMING|stid-disk|ses-1', phase: 'RUNNING' })]);
      const [day] = await second.usage(ALLOW_ALL, new Date(T - 86_400_000), new Date(T + 86_400_000), ['KIND']);
      expect(day).toMatchObject({ kind: 'STREAMING', sessions: 1 });
    } finally {
      await second.close();
    }
  }, 180_000);

  it('runs its statements in its own thread: the gateway answers while the store is busy', async () => {
    // The store created above (or, run alone, a new one).
    parent ??= await mkdtemp(join(tmpdir(), 'history-on-disk-'));
    const dir = join(parent, 'history');
    const history = await createHistory({ dir, sweepSeconds: 0, retentionDays: 36_500 }, { clock: () => T, flushMs: 10 });
    const h = await startHarness({ gateway: { history } });
    try {
      // A statement that, once running, writes `waiting` into the data directory and then spins
      // in PGlite until `released` appears there (given up after a minute, so a store back on the
      // main thread fails this test instead of hanging it: that thread could never write the file).
      let finished = false;
      const busy = sql`do $$
        declare deadline timestamptz := clock_timestamp() + interval '60 seconds';
        begin
          execute format('copy (select 1) to %L', current_setting('data_directory') || '/waiting');
          while pg_stat_file('released', true) is null loop
            if clock_timestamp() > deadline then raise exception 'never released'; end if;
            perform pg_sleep(0.01);
          end loop;
        end $$`.execute(history.db).finally(() => (finished = true));
      while (!existsSync(join(dir, 'waiting'))) await sleep(10);
      // The store is inside that statement; the event loop still turns and a query is answered
      // (its sessions queue for the recorder, which writes them once the store is free).
      const res = await h.query<any, any>('{ sessions(first: 5, filter: { kinds: [STREAMING] }) { edges { node { id } } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.sessions.edges).toHaveLength(5);
      expect(finished).toBe(false);
      await writeFile(join(dir, 'released'), '');
      await busy;
      await history.flush();
      const rows = await history.page(ALLOW_ALL, { kinds: ['STREAMING'] }, { field: 'START', direction: 'DESC' }, 100, undefined, ['phase']);
      expect(rows.length).toBeGreaterThanOrEqual(5);
    } finally {
      await h.close();
      await history.close();
    }
  }, 180_000);
});
