// The caller's policy as a WHERE clause: only rows of scopes it may see. The scopes come from
// the small session_scope table, checked one by one with the same Access the live fields use.
import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Access } from '../auth/access.js';
import type { Source } from '../config.js';
import type { HistoryDatabase, HistoryDb } from './database.js';

/** Undefined: no restriction. Otherwise the condition the rows must meet. */
export async function visibleScopes(db: HistoryDb, access: Access): Promise<Map<Source, string[]> | undefined> {
  if (access.all) return undefined;
  const scopes = await db.selectFrom('session_scope').select(['source', 'scope']).execute();
  const visible = new Map<Source, string[]>();
  for (const { source, scope } of scopes) {
    if (access.allows(source as Source, scope)) visible.set(source as Source, [...(visible.get(source as Source) ?? []), scope]);
  }
  return visible;
}

/** For the rows of either table: both carry the session's source and scope. */
export function scopeCondition(
  eb: ExpressionBuilder<HistoryDatabase, 'session_history' | 'session_usage_daily'>,
  visible: Map<Source, string[]> | undefined,
): Expression<SqlBool> {
  if (!visible) return sql<boolean>`true`;
  const parts = [...visible].map(([source, scopes]) => eb.and([eb('source', '=', source), eb('scope', 'in', scopes)]));
  return parts.length === 0 ? sql<boolean>`false` : eb.or(parts);
}
