// `usage`: sessions and minutes grouped in SQL. A session counts in the window (and the day,
// week or month) in which it started.
import { sql, type RawBuilder } from 'kysely';
import type { Access } from '../auth/access.js';
import type { HistoryDb } from './database.js';
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

const DAY_MS = 86_400_000;
/** A day number (days since 1970-01-01, UTC) to the first instant of its day, ISO week or month. */
const PERIOD_OF_DAY = {
  DAY: sql<Date>`to_timestamp(day * 86400)`,
  // 1970-01-01 was a Thursday: (day + 3) % 7 days back is the Monday.
  WEEK: sql<Date>`to_timestamp((day - (day + 3) % 7) * 86400)`,
  MONTH: sql<Date>`(date_trunc('month', to_timestamp(day * 86400) at time zone 'UTC') at time zone 'UTC')`,
};

/**
 * Groups are validated by the caller: at most one period. Returns up to MAX_USAGE_GROUPS + 1 rows.
 * With a period, rows are first summed per day by arithmetic on the start key (cheap), and the
 * few day sums then per week or month.
 */
export async function usage(db: HistoryDb, access: Access, from: Date, to: Date, groupBy: readonly UsageGroup[]): Promise<UsageRow[]> {
  const visible = await visibleScopes(db, access);
  const period = groupBy.find((g): g is (typeof PERIODS)[number] => (PERIODS as readonly string[]).includes(g));
  const keys = groupBy.filter((g): g is keyof typeof KEY_COLUMNS => g in KEY_COLUMNS);
  const keyRefs = keys.map((k) => sql.ref(KEY_COLUMNS[k]));
  const select = (c: keyof typeof KEY_COLUMNS) => (keys.includes(c) ? sql.ref(KEY_COLUMNS[c]) : sql`null::text`);
  // A literal, not a parameter, so GROUP BY matches the select list.
  const dayOf = sql<number>`floor(start_ms / ${sql.lit(DAY_MS)})::int`;
  const perDay = db
    .selectFrom('session_history')
    .select([...keys.map((k) => KEY_COLUMNS[k]), dayOf.as('day')])
    .select([sql<number>`count(*)::int`.as('n'), sql<number>`sum(minutes)`.as('m'), sql<number>`sum(billed_minutes)`.as('b')])
    .where('start_ms', '>=', from.getTime())
    .where('start_ms', '<', to.getTime())
    .where((eb) => scopeCondition(eb, visible))
    .groupBy([...keyRefs, dayOf] as never);
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
