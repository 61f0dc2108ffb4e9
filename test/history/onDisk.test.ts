// The embedded store in a data directory, as HISTORY_DIR gives it: the first start creates the
// database (initdb in a child process), a later start opens it, and what was recorded is there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOW_ALL } from '../../src/auth/access.js';
import { createHistory } from '../../src/history/index.js';
import { hasDatabase } from '../../src/history/initdb.js';

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
});
