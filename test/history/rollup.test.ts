// The per-day usage roll-up against the rows it sums, on the embedded store (PGlite in memory)
// and on a real PostgreSQL: after every kind of write (first sighting, a running session seen
// again and again, its end, a session whose start day and owner change, an older sighting that
// must not count, the sweep's "vanished", the retention delete) the roll-up holds exactly the
// rows' sums, and `usage` answers the same from it as from the rows, for any grouping, window
// and policy.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessOf, ALLOW_ALL, type Access } from '../../src/auth/access.js';
import type { History } from '../../src/history/index.js';
import { markVanished } from '../../src/history/maintenance.js';
import { migrate } from '../../src/history/migrations.js';
import { planUsage, usage, type UsageGroup } from '../../src/history/usage.js';
import type { RemoteAccessSessionRecord, SessionRecord, StreamingSessionRecord } from '../../src/loaders/records.js';
import { testHistory } from '../support/historyStore.js';
import { startPostgres, type PostgresServer } from '../support/postgresServer.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Midnight UTC, 2026-11-02. */
const D = Date.UTC(2026, 10, 2);
const STUDIO = 'stid-rollup';
const PROJECT = 'arn:aws:devicefarm:us-west-2:123456789012:project:rollup';

const streaming = (sessionId: string, fields: Partial<StreamingSessionRecord>): StreamingSessionRecord => ({
  kind: 'STREAMING', studioId: STUDIO, sessionId, state: 'READY', ownedBy: 'ana', ec2InstanceType: 'g4dn.xlarge', ...fields,
});
const remoteAccess = (n: number, start: number, total: number, metered: number): RemoteAccessSessionRecord => ({
  kind: 'REMOTE_ACCESS', arn: `arn:aws:devicefarm:us-west-2:123456789012:session:rollup/run/${n}`, name: `device ${n}`, status: 'COMPLETED',
  created: new Date(start), started: new Date(start), stopped: new Date(start + total * MINUTE), deviceMinutes: { total, metered, unmetered: total - metered },
});

const GROUPINGS: UsageGroup[][] = [[], ['DAY'], ['KIND', 'DAY'], ['OWNER'], ['SCOPE', 'INSTANCE_TYPE', 'WEEK'], ['SOURCE', 'MONTH'], ['OWNER', 'INSTANCE_TYPE', 'DAY']];
const WINDOWS = [
  { from: D - 10 * DAY, to: D + 10 * DAY }, // whole days: the roll-up alone
  { from: D - DAY + 7 * 3_600_000, to: D + DAY + 30 * MINUTE }, // partial days at both edges
  { from: D + 3_600_000, to: D + 2 * 3_600_000 }, // inside one day: rows alone
];
const ONE_STUDIO: Access = accessOf([{ group: 'g', sources: { nimble: [STUDIO] }, stop: false }]);

/** The roll-up's groups and the rows' sums per the same key, side by side. */
async function rollupAndRows(history: History) {
  const key = sql.raw('day, kind, source, scope, owner, instance_type');
  const order = sql.raw('day, kind, source, scope, owner nulls first, instance_type nulls first');
  const [rollup, rows] = await Promise.all([
    sql`select ${key}, sessions, minutes::float8 as minutes, billed_minutes::float8 as billed
          from session_usage_daily where sessions <> 0 order by ${order}`.execute(history.db),
    sql`select floor(start_ms / 86400000)::int as day, kind, source, scope, owner, instance_type, count(*)::int as sessions,
               sum(minutes::numeric)::float8 as minutes, sum(billed_minutes::numeric)::float8 as billed
          from session_history group by ${key} order by ${order}`.execute(history.db),
  ]);
  return { rollup: rollup.rows, rows: rows.rows };
}

async function expectAgreement(history: History): Promise<void> {
  const { rollup, rows } = await rollupAndRows(history);
  expect(rollup).toEqual(rows);
  // Groups emptied by a move or a delete are pruned, not kept at zero.
  expect(await history.db.selectFrom('session_usage_daily').select('day').where('sessions', '=', 0).execute()).toEqual([]);
  for (const access of [ALLOW_ALL, ONE_STUDIO]) {
    for (const window of WINDOWS) {
      for (const groupBy of GROUPINGS) {
        const from = new Date(window.from);
        const to = new Date(window.to);
        const read = await usage(history.db, access, from, to, groupBy);
        const summed = await usage(history.db, access, from, to, groupBy, { rollup: false });
        expect(read, `${groupBy.join(',')} ${from.toISOString()}–${to.toISOString()}`).toEqual(summed);
      }
    }
  }
}

describe('planUsage', () => {
  it('reads whole days from the roll-up and the partial days at the edges from the rows', () => {
    expect(planUsage(D - 2 * DAY, D)).toEqual({ days: { from: D / DAY - 2, to: D / DAY }, rows: [] });
    expect(planUsage(D - DAY - MINUTE, D + MINUTE)).toEqual({
      days: { from: D / DAY - 1, to: D / DAY },
      rows: [{ from: D - DAY - MINUTE, to: D - DAY }, { from: D, to: D + MINUTE }],
    });
    expect(planUsage(D + MINUTE, D + DAY - MINUTE)).toEqual({ rows: [{ from: D + MINUTE, to: D + DAY - MINUTE }] });
    expect(planUsage(D - 2 * DAY, D, false)).toEqual({ rows: [{ from: D - 2 * DAY, to: D }] });
  });
});

let postgres: PostgresServer | undefined;
afterAll(async () => postgres?.stop(), 60_000);

describe.each(['pglite', 'postgres'] as const)('the usage roll-up on %s', (store) => {
  let history: History;
  let now = D + 10 * MINUTE;
  const see = async (sessions: SessionRecord[]) => {
    history.seen(sessions);
    await history.flush();
  };

  beforeAll(async () => {
    const databaseUrl = store === 'postgres' ? await (postgres ??= await startPostgres()).createDatabase() : undefined;
    history = await testHistory({ clock: () => now, databaseUrl, retentionDays: 30 });
  }, 120_000);
  afterAll(async () => history?.close());

  it('holds the sums of the first sightings, across days, owners and kinds', async () => {
    await see([
      // Started before midnight, still running: it counts on the day it started.
      streaming('spans-midnight', { createdAt: new Date(D - 30 * MINUTE), startedAt: new Date(D - 30 * MINUTE) }),
      streaming('no-owner', { ownedBy: undefined, ec2InstanceType: undefined, createdAt: new Date(D - 2 * DAY), startedAt: new Date(D - 2 * DAY), stoppedAt: new Date(D - 2 * DAY + 7 * MINUTE), state: 'STOPPED' }),
      streaming('bea', { ownedBy: 'bea', createdAt: new Date(D + 2 * MINUTE), startedAt: new Date(D + 2 * MINUTE) }),
      remoteAccess(1, D - DAY + 8 * 3_600_000, 12.345, 11.1),
      remoteAccess(2, D + 3 * MINUTE, 0.1, 0.2),
    ]);
    const [total] = await usage(history.db, ALLOW_ALL, new Date(D - 10 * DAY), new Date(D + 10 * DAY), []);
    expect(total).toMatchObject({ sessions: 5 });
    expect(total!.billedMinutes).toBeCloseTo(40 + 7 + 8 + 11.1 + 0.2, 9);
    await expectAgreement(history);
  });

  it('follows a running session seen again and again, then its end', async () => {
    for (let i = 0; i < 4; i++) {
      now += 7 * MINUTE;
      await see([streaming('spans-midnight', { createdAt: new Date(D - 30 * MINUTE), startedAt: new Date(D - 30 * MINUTE) })]);
      await expectAgreement(history);
    }
    now += MINUTE;
    await see([streaming('spans-midnight', { state: 'STOPPED', createdAt: new Date(D - 30 * MINUTE), startedAt: new Date(D - 30 * MINUTE), stoppedAt: new Date(now - 30_000) })]);
    const [day] = await usage(history.db, ONE_STUDIO, new Date(D - DAY), new Date(D), ['DAY', 'OWNER']);
    expect(day).toMatchObject({ owner: 'ana', sessions: 1 });
    expect(day!.minutes).toBeCloseTo((now - 30_000 - (D - 30 * MINUTE)) / MINUTE, 9);
    await expectAgreement(history);
  });

  it('moves a session whose start, owner and instance type change, leaving no empty group behind', async () => {
    // Seen before it started: it counts from its creation, two days earlier.
    await see([streaming('moves', { state: 'START_IN_PROGRESS', ownedBy: 'cy', createdAt: new Date(D - 2 * DAY + 5 * MINUTE), startedAt: undefined })]);
    await expectAgreement(history);
    now += MINUTE;
    await see([streaming('moves', { ownedBy: 'dee', ec2InstanceType: 'g5.2xlarge', createdAt: new Date(D - 2 * DAY + 5 * MINUTE), startedAt: new Date(D + 4 * MINUTE) })]);
    const owners = await usage(history.db, ALLOW_ALL, new Date(D - 10 * DAY), new Date(D + 10 * DAY), ['OWNER']);
    expect(owners.map((r) => r.owner)).toEqual([null, 'ana', 'bea', 'dee']);
    await expectAgreement(history);
  });

  it('ignores an older sighting, as the row does', async () => {
    const before = await rollupAndRows(history);
    const seenLater = now;
    now = D; // before bea was first seen

    await see([streaming('bea', { ownedBy: 'eve', createdAt: new Date(D - 5 * DAY), startedAt: new Date(D - 5 * DAY) })]);
    now = seenLater;
    expect(await rollupAndRows(history)).toEqual(before);
  });

  it('is built from the rows already stored by its migration', async () => {
    await migrate(history.db, '0001_session_history');
    now += MINUTE;
    await see([streaming('before-the-roll-up', { createdAt: new Date(D + 9 * MINUTE), startedAt: new Date(D + 9 * MINUTE) }), remoteAccess(3, D - 3 * DAY, 1.5, 1.25)]);
    await migrate(history.db);
    const [total] = await usage(history.db, ALLOW_ALL, new Date(D - 10 * DAY), new Date(D + 10 * DAY), []);
    expect(total).toMatchObject({ sessions: 8 });
    await expectAgreement(history);
  });

  it('follows the sweep marking vanished sessions ended, and the retention delete', async () => {
    now += 20 * MINUTE;
    const marked = await markVanished(history.db, { kind: 'STREAMING', walked: [STUDIO] }, new Date(now), new Date(now));
    expect(marked).toBe(3); // bea, moves and before-the-roll-up were still open
    await expectAgreement(history);
    // Thirty days on, what ended (or was last seen) before the cutoff goes, roll-up groups with it.
    now = D + 30 * DAY + 30 * MINUTE;
    const deleted = await history.expire();
    expect(deleted).toBeGreaterThan(0);
    await expectAgreement(history);
    now = D + 60 * DAY;
    await history.expire();
    const left = await history.db.selectFrom('session_usage_daily').selectAll().execute();
    expect(left).toEqual([]);
  });
});
