// Versioned schema migrations, run at start-up by Kysely's Migrator. On PostgreSQL the migrator
// takes an advisory lock, so replicas starting together migrate once. Never edit a migration
// that has shipped: add the next one.
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { createRollup, dropRollup } from './rollup.js';

const migrations: Record<string, Migration> = {
  '0001_session_history': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('session_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('parent', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('name', 'text')
        .addColumn('instance_type', 'text')
        .addColumn('status', 'text')
        .addColumn('phase', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz')
        .addColumn('started_at', 'timestamptz')
        .addColumn('ended_at', 'timestamptz')
        .addColumn('ended_at_source', 'text')
        .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
        .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
        .addColumn('start_ms', 'float8', (c) => c.notNull())
        .addColumn('end_ms', 'float8', (c) => c.notNull())
        .addColumn('duration_ms', 'float8', (c) => c.notNull())
        .addColumn('minutes', 'float8', (c) => c.notNull())
        .addColumn('billed_minutes', 'float8', (c) => c.notNull())
        .addColumn('record', 'jsonb', (c) => c.notNull())
        .addColumn('updated', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      // One index per order (keyset pages read them in either direction), one for windows
      // (usage, time filters, retention) and one for the sweep's "open in this scope".
      for (const column of ['start_ms', 'end_ms', 'duration_ms', 'billed_minutes']) {
        await db.schema.createIndex(`session_history_${column}`).on('session_history').columns([column, 'id']).execute();
      }
      await db.schema.createIndex('session_history_last_seen').on('session_history').column('last_seen_at').execute();
      // The scopes rows belong to, so a policy check reads a few rows, not the whole history.
      await db.schema
        .createTable('session_scope')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('session_scope_pk', ['source', 'scope'])
        .execute();
      await db.schema.createIndex('session_history_open').on('session_history').columns(['kind', 'parent']).where(sql.ref('ended_at'), 'is', null).execute();
    },
  },
  // The per-day roll-up `usage` reads, built from the rows already stored, kept by triggers.
  '0002_session_usage_daily': { up: createRollup, down: dropRollup },
};

/** To the latest version, or to `target` (down too: tests step back to build the roll-up from existing rows). */
export async function migrate(db: Kysely<any>, target?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'history_migration',
    migrationLockTableName: 'history_migration_lock',
  });
  const { error, results } = await (target ? migrator.migrateTo(target) : migrator.migrateToLatest());
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`the history store's migration ${failed ?? ''} failed (${error instanceof Error ? error.message : String(error)})`);
  }
}
