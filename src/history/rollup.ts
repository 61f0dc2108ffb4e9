// The per-day roll-up `usage` reads: one row per (day, kind, source, scope, owner, instance type)
// with the sessions that started that day (UTC) and their minutes. PostgreSQL keeps it, with
// statement-level triggers on session_history: every statement's changed rows (its transition
// tables) are subtracted as they were and added as they are, in the statement's transaction.
// So every writer (the recorder's upserts, the sweep's "vanished", the retention delete, any
// replica) keeps it exact, and two replicas updating one session cannot both count it.
// Sums are `numeric`: exact, so subtracting a session's old minutes leaves no drift, and a day
// summed from the roll-up or from the rows gives the same number.
import { sql, type Kysely } from 'kysely';

export const DAY_MS = 86_400_000;

/** The day (days since 1970-01-01, UTC) a session counts in: the one it started in. */
export const DAY_OF_START = sql<number>`floor(start_ms / ${sql.lit(DAY_MS)})::int`;

const KEY = 'day, kind, source, scope, owner, instance_type';

/** `sign` 1 adds the rows of `rows`, -1 subtracts them. */
const contribution = (rows: string, sign: 1 | -1) =>
  `select floor(start_ms / ${DAY_MS})::int as day, kind, source, scope, owner, instance_type,
          ${sign} as sessions, ${sign === 1 ? '' : '-'}minutes::numeric as minutes, ${sign === 1 ? '' : '-'}billed_minutes::numeric as billed_minutes
     from ${rows}`;

/** Adds the summed deltas (in key order, so concurrent writers lock roll-up rows in one order). */
const apply = (deltas: string) => `
    insert into session_usage_daily (${KEY}, sessions, minutes, billed_minutes)
    select ${KEY}, sum(sessions), sum(minutes), sum(billed_minutes) from (${deltas}) d
     group by ${KEY} order by ${KEY}
    on conflict (${KEY}) do update set
      sessions = session_usage_daily.sessions + excluded.sessions,
      minutes = session_usage_daily.minutes + excluded.minutes,
      billed_minutes = session_usage_daily.billed_minutes + excluded.billed_minutes;`;

/** Groups left empty by a move or a delete go; `usage` also skips them, so this is only tidiness. */
const prune = `
    delete from session_usage_daily
     where sessions = 0 and (day, kind, source, scope) in (select floor(start_ms / ${DAY_MS})::int, kind, source, scope from old_rows);`;

export async function createRollup(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table session_usage_daily (
      day int not null,
      kind text not null,
      source text not null,
      scope text not null,
      owner text,
      instance_type text,
      sessions int not null,
      minutes numeric not null,
      billed_minutes numeric not null,
      constraint session_usage_daily_key unique nulls not distinct (${sql.raw(KEY)})
    )`.execute(db);
  await sql
    .raw(
      `create function session_usage_daily_apply() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then${apply(contribution('new_rows', 1))}
    elsif tg_op = 'UPDATE' then${apply(`${contribution('new_rows', 1)} union all ${contribution('old_rows', -1)}`)}${prune}
    else${apply(contribution('old_rows', -1))}${prune}
    end if;
    return null;
  end $$`,
    )
    .execute(db);
  // One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
  // Creating them locks session_history against writes until the migration commits, so the
  // backfill below and the triggers together count every row exactly once.
  await sql`create trigger session_usage_daily_insert after insert on session_history
    referencing new table as new_rows for each statement execute function session_usage_daily_apply()`.execute(db);
  await sql`create trigger session_usage_daily_update after update on session_history
    referencing old table as old_rows new table as new_rows for each statement execute function session_usage_daily_apply()`.execute(db);
  await sql`create trigger session_usage_daily_delete after delete on session_history
    referencing old table as old_rows for each statement execute function session_usage_daily_apply()`.execute(db);
  await sql.raw(apply(contribution('session_history', 1))).execute(db);
}

export async function dropRollup(db: Kysely<unknown>): Promise<void> {
  // The function's triggers go with it.
  await sql`drop function session_usage_daily_apply() cascade`.execute(db);
  await sql`drop table session_usage_daily`.execute(db);
}
