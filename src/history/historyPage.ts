// One page of `sessionHistory`: filters, the caller's policy and a keyset (the sort value and
// the ID of the last row seen), so a page is an index range scan however deep it is, and rows
// inserted meanwhile never shift the rows behind the cursor.
import { sql } from 'kysely';
import type { Access } from '../auth/access.js';
import type { HistoryDb, SessionHistoryTable } from './database.js';
import { scopeCondition, visibleScopes } from './visibility.js';

export interface HistoryFilter {
  kinds?: readonly string[] | undefined;
  phases?: readonly string[] | undefined;
  scopes?: readonly string[] | undefined;
  owners?: readonly string[] | undefined;
  startedAfter?: Date | undefined;
  startedBefore?: Date | undefined;
  /** Case-insensitive substring of the session's name, owner or identity. */
  text?: string | undefined;
}

export const HISTORY_ORDER_COLUMNS = {
  START: 'start_ms',
  END: 'end_ms',
  DURATION: 'duration_ms',
  BILLED_MINUTES: 'billed_minutes',
} as const;
export type HistoryOrderField = keyof typeof HISTORY_ORDER_COLUMNS;

export interface HistoryOrder {
  field: HistoryOrderField;
  direction: 'ASC' | 'DESC';
}

/** Where the previous page stopped. */
export interface Keyset {
  value: number;
  id: string;
}

export type StoredSession = Omit<SessionHistoryTable, 'updated'>;
export type HistoryColumn = keyof StoredSession;

/**
 * The columns a page reads: the embedded store's driver decodes every value of every row in
 * JavaScript, so a page costs about in proportion to its columns (measured: 23 columns cost
 * four times what the key and the sort value cost). The ID and the sort column are always read
 * (the cursor is made of them); the rest only when asked. A row has only the columns asked for.
 */
export type HistoryColumns = readonly HistoryColumn[] | 'all';

/** `%`, `_` and `\` match themselves in the text filter. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function historyPage(
  db: HistoryDb,
  access: Access,
  filter: HistoryFilter,
  order: HistoryOrder,
  limit: number,
  after: Keyset | undefined,
  columns: HistoryColumns,
): Promise<StoredSession[]> {
  const visible = await visibleScopes(db, access);
  const column = HISTORY_ORDER_COLUMNS[order.field];
  const direction = order.direction === 'ASC' ? 'asc' : 'desc';
  const base = db.selectFrom('session_history');
  let query = (columns === 'all' ? base.selectAll() : base.select([...new Set<HistoryColumn>(['id', column, ...columns])]))
    .where((eb) => scopeCondition(eb, visible))
    .orderBy(column, direction)
    .orderBy('id', direction)
    .limit(limit);
  if (filter.kinds) query = query.where('kind', 'in', filter.kinds);
  if (filter.phases) query = query.where('phase', 'in', filter.phases);
  if (filter.scopes) query = query.where('scope', 'in', filter.scopes);
  if (filter.owners) query = query.where('owner', 'in', filter.owners);
  if (filter.startedAfter) query = query.where('start_ms', '>=', filter.startedAfter.getTime());
  if (filter.startedBefore) query = query.where('start_ms', '<', filter.startedBefore.getTime());
  if (filter.text) {
    const pattern = likePattern(filter.text);
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('owner', 'ilike', pattern), eb('id', 'ilike', pattern)]));
  }
  if (after) {
    // A row comparison, which PostgreSQL answers from the (column, id) index.
    const op = order.direction === 'ASC' ? sql.raw('>') : sql.raw('<');
    query = query.where(sql<boolean>`(${sql.ref(column)}, id) ${op} (${after.value}::float8, ${after.id})`);
  }
  return (await query.execute()) as StoredSession[];
}
