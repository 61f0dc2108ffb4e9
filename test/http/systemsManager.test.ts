// The Systems Manager source end to end: GraphQL → gateway → real @aws-sdk/client-ssm → the
// emulator's DescribeSessions. It is opt-in (SOURCES), so this harness names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../src/sources/registry.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ sources: [...DEFAULT_SOURCES, 'systemsManager'] });
});
afterAll(() => h.close());

const ssm = () => h.emulator.data.systemsManager;
const calls = () => h.emulator.requests.filter((r) => r.service === 'systemsManager');

async function walkList(state: 'ACTIVE' | 'HISTORY', first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { data?: any; errors?: unknown } = await h.query<any, any>(
      `query($state: SessionManagerState!, $first: Int, $after: String) { managedInstanceSessions(state: $state, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id sessionId target status owner startDate region phase kind } } } }`,
      { state, first, after },
    );
    expect(res.errors).toBeUndefined();
    const page: any = res.data.managedInstanceSessions;
    ids.push(...page.edges.map((e: any) => e.node.sessionId));
    if (!page.pageInfo.hasNextPage) return { ids, last: page };
    after = page.pageInfo.endCursor;
  }
}

describe('Systems Manager sessions', () => {
  it('walks the Active and History lists exactly as DescribeSessions has them', async () => {
    for (const [state, api] of [['ACTIVE', 'Active'], ['HISTORY', 'History']] as const) {
      const { ids } = await walkList(state, 7);
      expect(ids).toEqual(ssm().sessions(api).map((s) => s.SessionId));
    }
  });

  it('merges both lists into the feed, each session once, newest first, with its phase', async () => {
    const expected = [...ssm().sessions('Active'), ...ssm().sessions('History')];
    const seen: Array<{ sessionId: string; phase: string; createdAt: string }> = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: any; errors?: unknown } = await h.query<any, any>(
        `query($after: String) { sessions(first: 20, after: $after, filter: { kinds: [MANAGED_INSTANCE] }) {
          pageInfo { hasNextPage endCursor } edges { node { phase createdAt ... on ManagedInstanceSession { sessionId } } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.sessions.edges.map((e: any) => e.node));
      if (!res.data.sessions.pageInfo.hasNextPage) break;
      after = res.data.sessions.pageInfo.endCursor;
    }
    expect(seen.map((s) => s.sessionId).sort()).toEqual(expected.map((s) => s.SessionId).sort());
    const times = seen.map((s) => Date.parse(s.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const phaseOf = new Map(seen.map((s) => [s.sessionId, s.phase]));
    for (const s of expected) {
      const phase = { Connecting: 'STARTING', Connected: 'RUNNING', Disconnected: 'RUNNING', Terminating: 'STOPPING', Terminated: 'ENDED', Failed: 'FAILED' }[s.Status!];
      expect(phaseOf.get(s.SessionId!)).toBe(phase);
    }
  });

  it('reads only the History list for ended phases, and finds a session by its global ID', async () => {
    const before = calls().length;
    const res = await h.query<any, any>('{ sessions(first: 3, filter: { kinds: [MANAGED_INSTANCE], phases: [ENDED] }) { edges { node { id phase } } } }');
    expect(res.errors).toBeUndefined();
    const made = calls().slice(before);
    expect(made.map((c) => (c.params as { State?: string }).State)).toEqual(['History']);
    const [first] = res.data.sessions.edges;
    const node = await h.query<any, any>('query($id: ID!) { node(id: $id) { id ... on ManagedInstanceSession { status endDate } } }', { id: first.node.id });
    expect(node.errors).toBeUndefined();
    expect(node.data.node).toMatchObject({ id: first.node.id, status: 'Terminated' });
  });

  it('refuses a reversed time range before any call', async () => {
    const before = calls().length;
    const res = await h.query<any, any>('{ managedInstanceSessions(state: HISTORY, invokedAfter: "2026-11-02T00:00:00Z", invokedBefore: "2026-11-01T00:00:00Z") { edges { cursor } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(calls().length).toBe(before);
  });
});

describe('stopping a Systems Manager session', () => {
  const STOP = 'mutation($id: ID!) { stopManagedInstanceSession(input: { id: $id, clientMutationId: "m1" }) { stoppedSessionId clientMutationId session { id status phase } } }';

  it('terminates it with TerminateSession and returns it Terminating; stopSession does the same', async () => {
    const [connected, other] = ssm().sessions('Active').filter((s) => s.Status !== 'Terminating');
    const idOf = async (sessionId: string) => {
      const res = await h.query<any, any>('{ managedInstanceSessions(state: ACTIVE, first: 100) { edges { node { id sessionId } } } }');
      return res.data.managedInstanceSessions.edges.find((e: any) => e.node.sessionId === sessionId).node.id as string;
    };
    const id = await idOf(connected!.SessionId!);
    const before = calls().length;
    const res = await h.query<any, any>(STOP, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.stopManagedInstanceSession).toEqual({ stoppedSessionId: id, clientMutationId: 'm1', session: { id, status: 'Terminating', phase: 'STOPPING' } });
    expect(calls().slice(before).map((c) => c.operation)).toContain('TerminateSession');
    const any = await h.query<any, any>('mutation($id: ID!) { stopSession(input: { id: $id }) { session { phase ... on ManagedInstanceSession { status } } } }', { id: await idOf(other!.SessionId!) });
    expect(any.errors).toBeUndefined();
    expect(any.data.stopSession.session).toEqual({ phase: 'STOPPING', status: 'Terminating' });
  });
});
