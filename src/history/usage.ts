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

const periodOf = (unit: 'day' | 'week' | 'month'): RawBuilder<Date> =>
  sql<Date>`(date_trunc(${sql.lit(unit)}, to_timestamp(start_ms / 1000.0) at time zone 'UTC') at time zone 'UTC')`;

/** Groups are validated by the caller: at most one period. Returns up to MAX_USAGE_GROUPS + 1 rows. */
export async function usage(db: HistoryDb, access: Access, from: Date, to: Date, groupBy: readonly UsageGroup[]): Promise<UsageRow[]> {
  const visible = await visibleScopes(db, access);
  const period = groupBy.find((g): g is (typeof PERIODS)[number] => (PERIODS as readonly string[]).includes(g));
  const keys = groupBy.filter((g): g is keyof typeof KEY_COLUMNS => g in KEY_COLUMNS);
  const periodExpr = period ? periodOf(period.toLowerCase() as 'day' | 'week' | 'month') : sql<Date | null>`null::timestamptz`;
  const select = (c: keyof typeof KEY_COLUMNS) => (keys.includes(c) ? sql.ref(KEY_COLUMNS[c]) : sql`null::text`);
  const groups = [...keys.map((k) => sql.ref(KEY_COLUMNS[k])), ...(period ? [periodExpr] : [])];
  let query = db
    .selectFrom('session_history')
    .select([
      select('KIND').as('kind'),
      select('SOURCE').as('source'),
      select('SCOPE').as('scope'),
      select('OWNER').as('owner'),
      select('INSTANCE_TYPE').as('instanceType'),
      periodExpr.as('period'),
      sql<number>`count(*)::int`.as('sessions'),
      sql<number>`coalesce(sum(minutes), 0)::float8`.as('minutes'),
      sql<number>`coalesce(sum(billed_minutes), 0)::float8`.as('billedMinutes'),
    ])
    .where('start_ms', '>=', from.getTime())
    .where('start_ms', '<', to.getTime())
    .where((eb) => scopeCondition(eb, visible))
    .limit(MAX_USAGE_GROUPS + 1);
  if (groups.length > 0) {
    query = query.groupBy(groups).orderBy(sql`${sql.join(groups.map((g) => sql`${g} nulls first`))}` as never);
  }
  return (await query.execute()) as UsageRow[];
}
