// `usage`: sessions and minutes grouped in SQL. A session counts in the window (and the day,
// week or month) in which it started. Whole days of the window are read from the per-day
// roll-up (rollup.ts); the part of a day at either edge of a window that does not start or end
// at midnight UTC, from the rows. Both sum `numeric`, so the split never changes a total.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Access } from '../auth/access.js';
import type { Source } from '../config.js';
import type { HistoryDatabase, HistoryDb } from './database.js';
import { DAY_MS, DAY_OF_START } from './rollup.js';
import { scopeCondition, visibleScopes } from './visibility.js';

export const USAGE_GROUPS = ['KIND', 'SOURCE', 'SCOPE', 'OWNER', 'INSTANCE_TYPE', 'DAY', 'WEEK', 'MONTH'] as const;
export type UsageGroup = (typeof USAGE_GROUPS)[number];
export const PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;

/** Most groups one answer holds. */
export const MAX_USAGE_GROUPS = 10_000;

export interface UsageRow {
  kind: string | null;
  source: string | null;
  scope: string | null;
  owner: string | null;
  instanceType: string | null;
  /** The first instant (UTC) of the day, ISO week (Monday) or month. */
  period: Date | null;
  sessions: number;
  minutes: number;
  billedMinutes: number;
}

const KEY_COLUMNS = { KIND: 'kind', SOURCE: 'source', SCOPE: 'scope', OWNER: 'owner', INSTANCE_TYPE: 'instance_type' } as const;
type KeyGroup = keyof typeof KEY_COLUMNS;

/** A day number (days since 1970-01-01, UTC) to the first instant of its day, ISO week or month. */
const PERIOD_OF_DAY = {
  DAY: sql<Date>`to_timestamp(day * 86400)`,
  // 1970-01-01 was a Thursday: (day + 3) % 7 days back is the Monday.
  WEEK: sql<Date>`to_timestamp((day - (day + 3) % 7) * 86400)`,
  MONTH: sql<Date>`(date_trunc('month', to_timestamp(day * 86400) at time zone 'UTC') at time zone 'UTC')`,
};

/** Where the window's sums come from: the roll-up's whole days, and rows for partial days at its edges. */
export interface UsagePlan {
  days?: { from: number; to: number } | undefined;
  rows: Array<{ from: number; to: number }>;
}

/** Splits [from, to) into whole UTC days [days.from, days.to) and the milliseconds around them. */
export function planUsage(from: number, to: number, rollup = true): UsagePlan {
  const firstDay = Math.ceil(from / DAY_MS);
  const endDay = Math.floor(to / DAY_MS);
  if (!rollup || firstDay >= endDay) return { rows: [{ from, to }] };
  const rows = [
    { from, to: firstDay * DAY_MS },
    { from: endDay * DAY_MS, to },
  ].filter((r) => r.from < r.to);
  return { days: { from: firstDay, to: endDay }, rows };
}

type PerDay = SelectQueryBuilder<HistoryDatabase, never, Record<string, unknown>>;

/** The roll-up's rows of whole days: already one row per key and day. */
function fromRollup(db: HistoryDb, keys: KeyGroup[], days: { from: number; to: number }, visible: Map<Source, string[]> | undefined): PerDay {
  return db
    .selectFrom('session_usage_daily')
    .select([...keys.map((k) => KEY_COLUMNS[k]), 'day'])
    .select([sql<number>`sessions`.as('n'), sql<string>`minutes`.as('m'), sql<string>`billed_minutes`.as('b')])
    .where('day', '>=', days.from)
    .where('day', '<', days.to)
    // A group whose sessions all moved or went: exactly zero minutes too, but not a group.
    .where('sessions', '<>', 0)
    .where((eb) => scopeCondition(eb, visible)) as unknown as PerDay;
}

/** Rows of a part of a day, summed per key and day like the roll-up. */
function fromRows(db: HistoryDb, keys: KeyGroup[], range: { from: number; to: number }, visible: Map<Source, string[]> | undefined): PerDay {
  const keyRefs = keys.map((k) => sql.ref(KEY_COLUMNS[k]));
  return db
    .selectFrom('session_history')
    .select([...keys.map((k) => KEY_COLUMNS[k]), DAY_OF_START.as('day')])
    .select([sql<number>`count(*)::int`.as('n'), sql<string>`sum(minutes::numeric)`.as('m'), sql<string>`sum(billed_minutes::numeric)`.as('b')])
    .where('start_ms', '>=', range.from)
    .where('start_ms', '<', range.to)
    .where((eb) => scopeCondition(eb, visible))
    .groupBy([...keyRefs, DAY_OF_START] as never) as unknown as PerDay;
}

/**
 * Groups are validated by the caller: at most one period. Returns up to MAX_USAGE_GROUPS + 1 rows.
 * Per-day sums (from the roll-up and the edge rows) are then summed per period and key.
 * `rollup: false` sums every row instead (tests compare the two).
 */
export async function usage(
  db: HistoryDb,
  access: Access,
  from: Date,
  to: Date,
  groupBy: readonly UsageGroup[],
  { rollup = true }: { rollup?: boolean } = {},
): Promise<UsageRow[]> {
  const visible = await visibleScopes(db, access);
  const period = groupBy.find((g): g is (typeof PERIODS)[number] => (PERIODS as readonly string[]).includes(g));
  const keys = groupBy.filter((g): g is KeyGroup => g in KEY_COLUMNS);
  const keyRefs = keys.map((k) => sql.ref(KEY_COLUMNS[k]));
  const select = (c: KeyGroup) => (keys.includes(c) ? sql.ref(KEY_COLUMNS[c]) : sql`null::text`);
  const plan = planUsage(from.getTime(), to.getTime(), rollup);
  const parts = [
    ...(plan.days ? [fromRollup(db, keys, plan.days, visible)] : []),
    ...plan.rows.map((range) => fromRows(db, keys, range, visible)),
  ];
  const perDay = parts.slice(1).reduce((all, part) => all.unionAll(part), parts[0]!);
  const periodExpr = period ? PERIOD_OF_DAY[period] : sql<Date | null>`null::timestamptz`;
  const groups = [...keyRefs, ...(period ? [periodExpr] : [])];
  let query = db
    .selectFrom(perDay.as('per_day') as never)
    .select([
      select('KIND').as('kind'),
      select('SOURCE').as('source'),
      select('SCOPE').as('scope'),
      select('OWNER').as('owner'),
      select('INSTANCE_TYPE').as('instanceType'),
      periodExpr.as('period'),
      sql<number>`coalesce(sum(n), 0)::int`.as('sessions'),
      sql<number>`coalesce(sum(m), 0)::float8`.as('minutes'),
      sql<number>`coalesce(sum(b), 0)::float8`.as('billedMinutes'),
    ] as never)
    .limit(MAX_USAGE_GROUPS + 1);
  if (groups.length > 0) {
    query = query.groupBy(groups as never).orderBy(sql`${sql.join(groups.map((g) => sql`${g} nulls first`))}` as never);
  }
  return (await query.execute()) as unknown as UsageRow[];
}
