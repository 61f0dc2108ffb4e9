// The session history end to end, over HTTP against the emulator, on the embedded store (PGlite
// in memory) and on a real PostgreSQL: what the gateway reads is remembered, a session AWS stops
// listing keeps its place with an estimated end, usage sums match the emulator's own data, keyset
// pages walk every row once while rows arrive, and the policy limits what a caller sees.
import { StopDevEnvironmentSessionCommand } from '@aws-sdk/client-codecatalyst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClients, destroyClients } from '../../src/aws/clients.js';
import type { Policy } from '../../src/auth/policy.js';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import type { History } from '../../src/history/index.js';
import type { StreamingSessionRecord } from '../../src/loaders/records.js';
import { startHarness, type Harness } from '../support/harness.js';
import { testHistory } from '../support/historyStore.js';
import { startPostgres, type PostgresServer } from '../support/postgresServer.js';
import { emulatorTotals, WINDOW } from './expected.js';

const T1 = Date.UTC(2026, 10, 2, 12);
const MINUTE = 60_000;

const HISTORY = `query History($filter: SessionHistoryFilter, $orderBy: SessionHistoryOrder, $first: Int, $after: String) {
  sessionHistory(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { key kind scope owner phase startedAt endedAt endedAtSource lastSeenAt durationMinutes billedMinutes } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const USAGE = `query Usage($from: DateTime!, $to: DateTime!, $groupBy: [UsageGroup!]!) {
  usage(from: $from, to: $to, groupBy: $groupBy) { kind period sessions minutes billedMinutes }
}`;

interface Node {
  key: string;
  kind: string;
  scope: string;
  phase: string;
  endedAt: string | null;
  endedAtSource: string | null;
  lastSeenAt: string;
  durationMinutes: number;
  billedMinutes: number;
}

async function walk(h: Harness, variables: Record<string, unknown>, between?: (page: number) => Promise<void>): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | undefined;
  for (let page = 0; ; page++) {
    const res = await h.query<any, any>(HISTORY, { ...variables, after });
    expect(res.errors).toBeUndefined();
    const conn = res.data.sessionHistory;
    nodes.push(...conn.edges.map((e: { node: Node }) => e.node));
    if (!conn.pageInfo.hasNextPage) return nodes;
    after = conn.pageInfo.endCursor;
    await between?.(page);
  }
}

let postgres: PostgresServer | undefined;
afterAll(async () => postgres?.stop(), 60_000);
const databaseUrl = async () => {
  postgres ??= await startPostgres();
  return postgres.createDatabase();
};

describe.each(['pglite', 'postgres'] as const)('session history on %s', (store) => {
  let emulator: Emulator;
  let history: History;
  let gateway: Harness;
  let now = T1;
  const clock = () => now;

  beforeAll(async () => {
    emulator = await startEmulator({ seed: 3, sessionsPerKind: 60, now: FIXED_START });
    history = await testHistory({ clock, ...(store === 'postgres' ? { databaseUrl: await databaseUrl() } : {}) });
    gateway = await startHarness({ sharedEmulator: emulator, gateway: { history } });
  }, 120_000);
  afterAll(async () => {
    await gateway?.close();
    await history?.close();
    await emulator?.close();
  });

  it('remembers the sessions a query listed, without a sweep', async () => {
    const res = await gateway.query<any, any>('{ sessions(first: 7, filter: { kinds: [STREAMING] }) { edges { node { ... on StreamingSession { studioId sessionId } } } } }');
    const listed = res.data.sessions.edges.map((e: any) => `STREAMING|${e.node.studioId}|${e.node.sessionId}`).sort();
    await history.flush();
    // Every session on the upstream pages the feed read, the seven it returned among them.
    const remembered = (await walk(gateway, { first: 100 })).map((n) => n.key);
    expect(remembered).toEqual(expect.arrayContaining(listed));
    expect(remembered.every((key) => key.startsWith('STREAMING|'))).toBe(true);
  });

  it('reads the fields a query asks for however it spells them: aliases, fragments, inline fragments', async () => {
    const plain = await gateway.query<any, any>('{ sessionHistory(first: 5) { edges { node { key scope startedAt durationMinutes awsRecordJson } } } }');
    const spelled = await gateway.query<any, any>(`
      fragment Times on SessionHistoryEntry { startedAt minutesRun: durationMinutes }
      fragment Edges on SessionHistoryConnection { edges { node { id: key ...Times } } }
      { sessionHistory(first: 5) { ...Edges edges { node { ... on SessionHistoryEntry { scope awsRecordJson } } } } }`);
    expect(spelled.errors).toBeUndefined();
    const nodes = plain.data.sessionHistory.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(5);
    expect(spelled.data.sessionHistory.edges.map((e: any) => e.node)).toEqual(
      nodes.map((n: any) => ({ id: n.key, startedAt: n.startedAt, minutesRun: n.durationMinutes, scope: n.scope, awsRecordJson: n.awsRecordJson })),
    );
    expect(JSON.parse(nodes[0].awsRecordJson)).toMatchObject({ kind: 'STREAMING', studioId: nodes[0].scope });
  });

  it('sums usage in SQL exactly as the emulator\'s own data adds up', async () => {
    const report = await history.sweep();
    expect(report.scopesFailed).toBe(0);
    const expected = emulatorTotals(emulator, now);
    const res = await gateway.query<any, any>(USAGE, { ...WINDOW, groupBy: ['KIND'] });
    expect(res.errors).toBeUndefined();
    const byKind = Object.fromEntries(res.data.usage.map((r: any) => [r.kind, r]));
    for (const [kind, totals] of Object.entries(expected)) {
      expect(byKind[kind]?.sessions, kind).toBe(totals.sessions);
      expect(byKind[kind]?.billedMinutes, kind).toBeCloseTo(totals.billedMinutes, 3);
    }
    const byDay = await gateway.query<any, any>(USAGE, { ...WINDOW, groupBy: ['DAY'] });
    const total = Object.values(expected).reduce((a, t) => a + t.sessions, 0);
    expect(byDay.data.usage.reduce((a: number, r: any) => a + r.sessions, 0)).toBe(total);
    expect(byDay.data.usage.every((r: any) => r.period.endsWith('T00:00:00.000Z'))).toBe(true);
    const byWeek = await gateway.query<any, any>(USAGE, { ...WINDOW, groupBy: ['WEEK'] });
    expect(byWeek.data.usage.reduce((a: number, r: any) => a + r.sessions, 0)).toBe(total);
    expect(byWeek.data.usage.every((r: any) => new Date(r.period).getUTCDay() === 1)).toBe(true);
    const byMonth = await gateway.query<any, any>(USAGE, { ...WINDOW, groupBy: ['MONTH', 'KIND'] });
    expect(byMonth.data.usage.reduce((a: number, r: any) => a + r.sessions, 0)).toBe(total);
    expect(byMonth.data.usage.every((r: any) => r.period.slice(8) === '01T00:00:00.000Z')).toBe(true);
  });

  it('keeps a CodeCatalyst session that ended upstream, with an estimated end', async () => {
    await history.sweep();
    const [space] = emulator.data.codeCatalyst.spaces;
    const dev = emulator.data.codeCatalyst.devEnvironments(space!.name!).find((d) => emulator.data.codeCatalyst.sessions(d.spaceName!, d.projectName!, d.id!).length > 0)!;
    const session = emulator.data.codeCatalyst.sessions(dev.spaceName!, dev.projectName!, dev.id!)[0]!;
    const clients = createClients({ sources: new Set(['codeCatalyst']), deviceFarmRegion: 'us-west-2', codeCatalystToken: undefined, upstreamTimeoutMs: 5_000, emulatorEndpoint: emulator.url });
    await clients.codeCatalyst![0]!.client.send(new StopDevEnvironmentSessionCommand({ spaceName: dev.spaceName, projectName: dev.projectName, id: dev.id, sessionId: session.id }));
    destroyClients(clients);
    const lastSeen = now;
    now += 10 * MINUTE;
    const report = await history.sweep();
    expect(report.markedEnded).toBe(1);
    const [found] = await walk(gateway, { filter: { kinds: ['DEV_ENVIRONMENT'], search: session.id } });
    expect(found).toMatchObject({ phase: 'ENDED', endedAt: new Date(now).toISOString(), endedAtSource: 'ESTIMATED', lastSeenAt: new Date(lastSeen).toISOString() });
    expect(found!.durationMinutes).toBeCloseTo((now - session.startedTime!.getTime()) / MINUTE, 6);
    // Still open upstream: still open here.
    const open = await walk(gateway, { first: 100, filter: { kinds: ['DEV_ENVIRONMENT'], phases: ['RUNNING'] } });
    expect(open.map((n) => n.key)).not.toContain(found!.key);
    expect(open.length).toBe(emulatorTotals(emulator, now).DEV_ENVIRONMENT!.sessions);
  });

  it('walks every row exactly once by duration while rows are inserted', async () => {
    const before = await history.db.selectFrom('session_history').select('id').execute();
    let inserted = 0;
    const seen = await walk(gateway, { first: 23, orderBy: { field: 'DURATION', direction: 'DESC' } }, async (page) => {
      // New sessions at both ends of the order, and in the middle, between pages.
      const records = [1, 5_000, 500_000].map((minutes, i): StreamingSessionRecord => ({
        kind: 'STREAMING', studioId: 'stid-inserted', sessionId: `ses-${page}-${i}`, state: 'STOPPED',
        startedAt: new Date(T1 - minutes * MINUTE), stoppedAt: new Date(T1), createdAt: new Date(T1 - minutes * MINUTE),
      }));
      history.seen(records);
      await history.flush();
      inserted += records.length;
    });
    expect(inserted).toBeGreaterThan(0);
    const keys = seen.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { id } of before) expect(keys).toContain(id);
    const durations = seen.map((n) => n.durationMinutes);
    expect(durations).toEqual([...durations].sort((a, b) => b - a));
  });

  it('shows a principal only the scopes its policy lets it see', async () => {
    const studio = emulator.data.nimble.studios.find((s) => emulator.data.nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
    const policy: Policy = { claim: 'groups', rules: [{ group: 'one-studio', sources: { nimble: [studio] }, stop: false }] };
    const limited = await startHarness({ sharedEmulator: emulator, gateway: { history, auth: { mode: 'header', header: 'x-user-groups', policy } } });
    try {
      emulator.clearRequests();
      const headers = { 'x-user-groups': 'one-studio' };
      let after: string | undefined;
      const rows: Node[] = [];
      do {
        const res = await limited.query<any, any>(HISTORY, { first: 100, after }, headers);
        rows.push(...res.data.sessionHistory.edges.map((e: any) => e.node));
        after = res.data.sessionHistory.pageInfo.hasNextPage ? res.data.sessionHistory.pageInfo.endCursor : undefined;
      } while (after);
      expect(rows.length).toBe(emulator.data.nimble.streamingSessions(studio).length);
      expect(new Set(rows.map((r) => r.scope))).toEqual(new Set([studio]));
      const usage = await limited.query<any, any>(USAGE, { ...WINDOW, groupBy: [] }, headers);
      expect(usage.data.usage).toEqual([expect.objectContaining({ sessions: rows.length })]);
      const none = await limited.query<any, any>(USAGE, { ...WINDOW, groupBy: [] }, { 'x-user-groups': 'nobody' });
      expect(none.data.usage).toEqual([expect.objectContaining({ sessions: 0 })]);
      // Neither field calls AWS.
      expect(emulator.requests).toHaveLength(0);
    } finally {
      await limited.close();
    }
  });

  it('answers bad input with a coded error', async () => {
    const res = await gateway.query<any, any>(USAGE, { from: WINDOW.to, to: WINDOW.from, groupBy: [] });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const periods = await gateway.query<any, any>(USAGE, { ...WINDOW, groupBy: ['DAY', 'WEEK'] });
    expect(periods.errors?.[0]?.message).toMatch(/only one of DAY, WEEK and MONTH/);
    const page = await gateway.query<any, any>(HISTORY, { first: 1 });
    const other = await gateway.query<any, any>(HISTORY, { first: 1, after: page.data.sessionHistory.pageInfo.endCursor, orderBy: { field: 'END', direction: 'ASC' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('two gateways on one PostgreSQL', () => {
  it('record each session once', async () => {
    const emulator = await startEmulator({ seed: 5, sessionsPerKind: 40, now: FIXED_START });
    const url = await databaseUrl();
    const histories = await Promise.all([testHistory({ databaseUrl: url }), testHistory({ databaseUrl: url })]);
    const gateways = await Promise.all(histories.map((history) => startHarness({ sharedEmulator: emulator, gateway: { history } })));
    try {
      const reports = await Promise.all(histories.map((h) => h.sweep()));
      const total = Object.values(emulatorTotals(emulator, Date.now())).reduce((a, t) => a + t.sessions, 0);
      for (const report of reports) expect(report.sessionsSeen).toBe(total);
      const [{ rows, ids }] = (await histories[0]!.db
        .selectFrom('session_history')
        .select((eb) => [eb.fn.countAll<number>().as('rows'), eb.fn.count<number>('id').distinct().as('ids')])
        .execute()) as [{ rows: number; ids: number }];
      expect(Number(rows)).toBe(total);
      expect(Number(ids)).toBe(total);
      // Both replicas' triggers kept the usage roll-up: each session counted once.
      const [{ counted }] = (await histories[0]!.db
        .selectFrom('session_usage_daily')
        .select((eb) => eb.fn.sum<number>('sessions').as('counted'))
        .execute()) as [{ counted: number }];
      expect(Number(counted)).toBe(total);
    } finally {
      for (const g of gateways) await g.close();
      for (const h of histories) await h.close();
      await emulator.close();
    }
  }, 120_000);
});
