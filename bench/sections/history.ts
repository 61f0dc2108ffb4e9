// The session history store on its own (in this process, embedded PGlite in a temporary data
// directory, as HISTORY_DIR gives it): one page of `sessionHistory(first: 100)` by duration over
// 1,000,000 stored sessions, a month's `usage` by day over them, and what the recorder's writes
// cost per 1,000 sessions seen. Targets (issue 12): page p99 < 50 ms, month by day < 500 ms.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { ALLOW_ALL } from '../../src/auth/access.js';
import { createHistory } from '../../src/history/index.js';
import type { StreamingSessionRecord } from '../../src/loaders/records.js';
import type { Bench } from '../context.js';
import { num, printTable, verdict } from '../table.js';

const STORED = 1_000_000;
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 1);
const START = END - 30 * DAY;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? NaN;

async function timed(times: number[], run: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await run();
  times.push(performance.now() - t);
}

export async function history(_bench: Bench): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-history-'));
  const store = await createHistory({ dir, sweepSeconds: 0, retentionDays: 36_500 }, { clock: () => END, flushMs: 60_000 });
  try {
    // 1,000,000 sessions over 30 days, written by PostgreSQL itself (the recorder's own cost is measured below).
    const load = performance.now();
    await sql`
      insert into session_history (id, kind, source, scope, parent, owner, name, instance_type, status, phase, created_at, started_at, ended_at,
        ended_at_source, first_seen_at, last_seen_at, start_ms, end_ms, duration_ms, minutes, billed_minutes, record)
      select 'BENCH|' || g, k.kind, k.source, 'scope-' || (g % 40), 'scope-' || (g % 40), 'owner-' || (g % 500), 'session-' || g, null, 'STOPPED', 'ENDED',
        to_timestamp(s / 1000.0), to_timestamp(s / 1000.0), to_timestamp((s + d) / 1000.0), 'OBSERVED', now(), now(), s, s + d, d, d / 60000.0, d / 60000.0,
        jsonb_build_object('n', g)
      from generate_series(1, ${STORED}) g,
        lateral (select ${START}::float8 + random() * ${END - START} as s, floor(random() * 8 * 3600000)::float8 as d) t,
        lateral (select (array['REMOTE_ACCESS','TEST_GRID','STREAMING','DEV_ENVIRONMENT'])[1 + g % 4] as kind,
                        (array['deviceFarm','deviceFarm','nimble','codeCatalyst'])[1 + g % 4] as source) k`.execute(store.db);
    await sql`analyze session_history`.execute(store.db);
    const loadSeconds = (performance.now() - load) / 1000;

    const order = { field: 'DURATION', direction: 'DESC' } as const;
    // What the README's LongestSessions asks for (a page reads only the columns of the fields asked for), and every column.
    const asked = ['id', 'kind', 'scope', 'owner', 'phase', 'started_at', 'ended_at', 'ended_at_source', 'duration_ms', 'billed_minutes'] as const;
    const pages: number[] = [];
    const pagesAll: number[] = [];
    // The same round trip with no work in it: how much of a page's p99 is this machine's scheduling.
    const trivial: number[] = [];
    await store.page(ALLOW_ALL, {}, order, 101, undefined, 'all'); // warm
    for (let i = 0; i < 200; i++) {
      // The first page, and pages deep in the order (a keyset anywhere in the range).
      const after = i % 4 === 0 ? undefined : { value: Math.random() * 8 * 3_600_000, id: 'BENCH|' };
      await timed(pages, () => store.page(ALLOW_ALL, {}, order, 101, after, asked));
      await timed(pagesAll, () => store.page(ALLOW_ALL, {}, order, 101, after, 'all'));
      await timed(trivial, () => sql`select 1`.execute(store.db));
    }
    const months: number[] = [];
    const byKind: number[] = [];
    const byOwner: number[] = [];
    const offMidnight: number[] = [];
    for (let i = 0; i < 5; i++) {
      await timed(months, () => store.usage(ALLOW_ALL, new Date(START), new Date(END), ['DAY']));
      await timed(byKind, () => store.usage(ALLOW_ALL, new Date(START), new Date(END), ['KIND', 'DAY']));
      await timed(byOwner, () => store.usage(ALLOW_ALL, new Date(START), new Date(END), ['OWNER']));
      // Whole days from the roll-up, the half days at both edges from the rows.
      await timed(offMidnight, () => store.usage(ALLOW_ALL, new Date(START + DAY / 2), new Date(END - DAY / 2), ['DAY']));
    }

    // The recorder: 1,000 listed sessions queued and written (upserted), twenty times over.
    const writes: number[] = [];
    for (let round = 0; round < 20; round++) {
      const sessions = Array.from({ length: 1_000 }, (_, i): StreamingSessionRecord => ({
        kind: 'STREAMING', studioId: 'stid-bench', sessionId: `ses-${round}-${i}`, state: 'READY', ownedBy: `owner-${i % 50}`,
        createdAt: new Date(END - i * 60_000), startedAt: new Date(END - i * 60_000), ec2InstanceType: 'g4dn.xlarge',
      }));
      await timed(writes, async () => {
        store.seen(sessions);
        await store.flush();
      });
    }
    const queue = performance.now();
    store.seen(Array.from({ length: 1_000 }, (_, i): StreamingSessionRecord => ({ kind: 'STREAMING', studioId: 'stid-bench', sessionId: `ses-q-${i}`, state: 'READY' })));
    const queueMs = performance.now() - queue;

    const rows = [
      ['stored sessions (generated in SQL)', `${STORED.toLocaleString('en')} in ${num(loadSeconds, 's')}`],
      ['sessionHistory(first: 100) by duration, LongestSessions fields, p50 / p99', `${num(percentile(pages, 50), 'ms')} / ${num(percentile(pages, 99), 'ms')}`],
      ['sessionHistory(first: 100) by duration, every field, p50 / p99', `${num(percentile(pagesAll, 50), 'ms')} / ${num(percentile(pagesAll, 99), 'ms')}`],
      ['a round trip with no work (select 1), p50 / p99', `${num(percentile(trivial, 50), 'ms')} / ${num(percentile(trivial, 99), 'ms')}`],
      ['usage by DAY over 30 days, p50 / max', `${num(percentile(months, 50), 'ms')} / ${num(Math.max(...months), 'ms')}`],
      ['usage by KIND, DAY over 30 days, p50 / max', `${num(percentile(byKind, 50), 'ms')} / ${num(Math.max(...byKind), 'ms')}`],
      ['usage by OWNER over 30 days, p50 / max', `${num(percentile(byOwner, 50), 'ms')} / ${num(Math.max(...byOwner), 'ms')}`],
      ['usage by DAY, 29 days from noon to noon, p50 / max', `${num(percentile(offMidnight, 50), 'ms')} / ${num(Math.max(...offMidnight), 'ms')}`],
      ['recorder: write 1,000 sessions seen, p50 / max', `${num(percentile(writes, 50), 'ms')} / ${num(Math.max(...writes), 'ms')}`],
      ['recorder: queue 1,000 sessions (on the response path)', num(queueMs, 'ms')],
    ];
    printTable(
      'session history (embedded PGlite, in this process)',
      ['measure', 'value'],
      rows,
      verdict([
        [percentile(pages, 99) < 50, 'page p99 < 50 ms'],
        [Math.max(...months) < 500, "a month's usage by day < 500 ms"],
      ]),
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
