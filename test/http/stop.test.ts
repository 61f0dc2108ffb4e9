// The stop mutations over HTTP: GraphQL → gateway → real SDK clients → emulator. Who may stop
// what (header auth with a policy), idempotence, wrong kinds of ID, not found, upstream failures,
// and the cache: a stop drops the cached pages of its scope. Calls are counted from the emulator's
// request log; time moves only when the test moves the clocks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/auth/policy.js';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const TTL = 5_000;
let now = Date.UTC(2026, 10, 29, 12);
let emulator: Emulator;
let h: Harness;
let studioA: string;
let studioB: string;

const gid = (type: string, local: string | string[]) => Buffer.from(`${type}:${Array.isArray(local) ? JSON.stringify(local) : local}`).toString('base64');
const as = (groups: string) => ({ 'x-user-groups': groups });

beforeAll(async () => {
  emulator = await startEmulator({ seed: 1, now: FIXED_START, sessionsPerKind: 40 });
  [studioA, studioB] = emulator.data.nimble.studios.filter((s) => emulator.data.nimble.streamingSessions(s.studioId!).length > 0).map((s) => s.studioId!) as [string, string];
  const policy: Policy = {
    claim: 'groups',
    rules: [
      { group: 'viewers', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: false },
      { group: 'operators', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: true },
      { group: 'studio-a-ops', sources: { nimble: [studioA] }, stop: true },
    ],
  };
  h = await startHarness({ sharedEmulator: emulator, cacheTtlMs: TTL, clock: () => now, gateway: { auth: { mode: 'header', header: 'x-user-groups', policy } } });
});
beforeEach(() => {
  h.upstream.cache.clear();
  emulator.clearFaults();
  emulator.clearRequests();
  now += TTL;
});
afterAll(async () => {
  await h.close();
  await emulator.close();
});

const STOP = (field: string, selection: string) => `mutation($input: ${field[0]!.toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { ${selection} stoppedSessionId clientMutationId } }`;
const RA = STOP('stopRemoteAccessSession', 'session { id phase status result message }');
const STREAMING = STOP('stopStreamingSession', 'session { id phase state statusCode }');
const DEV = STOP('stopDevEnvironmentSession', 'session { id }');
const ANY = STOP('stopSession', 'session { __typename id phase }');

interface Answer {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}
const send = (document: string, id: string, groups = 'operators', clientMutationId?: string) =>
  h.query(document, { input: { id, ...(clientMutationId !== undefined && { clientMutationId }) } } as never, as(groups)) as Promise<Answer & { status: number }>;
const stopCalls = () => emulator.requests.filter((r) => r.operation.startsWith('Stop'));
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

const remote = (status: string) => emulator.data.deviceFarm.projects.flatMap((p) => emulator.data.deviceFarm.remoteAccessSessions(p.arn!)).find((s) => s.status === status)!;
/** A new running session from the emulator's control API, so each test stops its own. */
const running = (projectArn?: string) => {
  const { id } = emulator.createSession('remoteAccess', projectArn);
  emulator.startSession('remoteAccess', id);
  return gid('RemoteAccessSession', id);
};
const ready = (studioId: string) => {
  const { id } = emulator.createSession('streaming', studioId);
  emulator.startSession('streaming', id);
  return streamingId(studioId, id);
};
const streaming = (studioId: string, state: string, persistent?: boolean) =>
  emulator.data.nimble.streamingSessions(studioId).find((s) => s.state === state && (persistent === undefined || (s.sessionPersistenceMode === 'ACTIVATED') === persistent))!;
const streamingId = (studioId: string, sessionId: string) => gid('StreamingSession', [studioId, sessionId]);
function openDevSession(n = 0) {
  const env = emulator.data.codeCatalyst.spaces.flatMap((s) => emulator.data.codeCatalyst.devEnvironments(s.name!)).filter((e) => e.status === 'RUNNING')[n]!;
  const session = emulator.data.codeCatalyst.sessions(env.spaceName!, env.projectName!, env.id!)[0]!;
  return { env, session, id: gid('DevEnvironmentSession', [env.spaceName!, env.projectName!, env.id!, session.id!]) };
}

describe('stopRemoteAccessSession', () => {
  it('stops a running session with one Stop call: STOPPING, then COMPLETED once the emulator clock passes 30 s', async () => {
    const id = running();
    const res = await send(RA, id, 'operators', 'req-1');
    expect(res.errors).toBeUndefined();
    expect(res.data?.stopRemoteAccessSession).toEqual({
      session: { id, phase: 'STOPPING', status: 'STOPPING', result: 'PENDING', message: "Stopping the session at the user's request." },
      stoppedSessionId: id,
      clientMutationId: 'req-1',
    });
    expect(stopCalls().map((r) => r.operation)).toEqual(['StopRemoteAccessSession']);

    emulator.advanceClock(30_000);
    now += TTL;
    const read = await h.query(`{ node(id: "${id}") { ... on RemoteAccessSession { status result phase endedAt } } }`, undefined, as('viewers'));
    expect(read.data).toEqual({ node: { status: 'COMPLETED', result: 'STOPPED', phase: 'ENDED', endedAt: new Date(FIXED_START + 30_000).toISOString() } });
  });

  it('is idempotent: stopping a stopping or completed session returns it unchanged', async () => {
    const completed = remote('COMPLETED');
    const res = await send(RA, gid('RemoteAccessSession', completed.arn!));
    expect(res.data?.stopRemoteAccessSession?.session).toMatchObject({ status: 'COMPLETED', phase: expect.stringMatching(/ENDED|FAILED/), result: completed.result });
    const stopping = remote('STOPPING');
    const again = await send(RA, gid('RemoteAccessSession', stopping.arn!));
    expect(again.data?.stopRemoteAccessSession?.session).toMatchObject({ status: 'STOPPING', phase: 'STOPPING' });
  });

  it('answers NOT_FOUND for a session AWS does not know', async () => {
    const arn = remote('COMPLETED').arn!.replace(/\/[0-9a-f-]{36}\//, '/00000000-0000-4000-8000-000000000000/');
    const res = await send(RA, gid('RemoteAccessSession', arn));
    expect(res.data?.stopRemoteAccessSession).toBeNull();
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toMatch(/There is no remote access session with this ID/);
  });

  it('maps an upstream failure to UPSTREAM_UNAVAILABLE after exactly one call (a stop is not retried blindly)', async () => {
    emulator.addFault({ service: 'deviceFarm', operation: 'StopRemoteAccessSession', fault: 'unavailable' });
    const res = await send(RA, running());
    expect(codeOf(res)).toBe('UPSTREAM_UNAVAILABLE');
    expect(stopCalls()).toHaveLength(1);
    emulator.clearRequests();
    emulator.addFault({ service: 'deviceFarm', operation: 'StopRemoteAccessSession', fault: 'reset' });
    expect(codeOf(await send(RA, running()))).toBe('UPSTREAM_UNAVAILABLE');
    expect(stopCalls()).toHaveLength(1);
  });

  it('retries a throttled stop, which AWS rejected before doing anything', async () => {
    emulator.addFault({ service: 'deviceFarm', operation: 'StopRemoteAccessSession', fault: 'throttle', times: 1 });
    const res = await send(RA, running());
    expect(res.data?.stopRemoteAccessSession?.session).toMatchObject({ status: 'STOPPING' });
    expect(stopCalls().map((r) => r.status)).toEqual([400, 200]);
  });
});

describe('permission (AUTH_MODE=header with a policy)', () => {
  it('refuses principals whose rules do not grant stop, before any call', async () => {
    const id = running();
    for (const groups of ['viewers', 'studio-a-ops', 'nobody']) {
      const res = await send(RA, id, groups);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/may not stop Device Farm sessions in this scope/);
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('grants stop per scope: studio A yes, studio B no', async () => {
    expect((await send(STREAMING, ready(studioA), 'studio-a-ops')).data?.stopStreamingSession?.session).toMatchObject({ state: 'STOP_IN_PROGRESS' });
    expect(codeOf(await send(STREAMING, ready(studioB), 'studio-a-ops'))).toBe('FORBIDDEN');
    expect(stopCalls()).toHaveLength(1);
  });
});

describe('stopStreamingSession', () => {
  it('stops a READY session, then answers a stopped or ended one unchanged', async () => {
    const id = streamingId(studioB, streaming(studioB, 'READY', true).sessionId!);
    const res = await send(STREAMING, id);
    expect(res.data?.stopStreamingSession?.session).toEqual({ id, phase: 'STOPPING', state: 'STOP_IN_PROGRESS', statusCode: 'STREAMING_SESSION_STOP_IN_PROGRESS' });
    expect((await send(STREAMING, id)).data?.stopStreamingSession?.session).toMatchObject({ state: 'STOP_IN_PROGRESS' });
    const deleted = streaming(studioB, 'DELETED');
    expect((await send(STREAMING, streamingId(studioB, deleted.sessionId!))).data?.stopStreamingSession?.session).toMatchObject({ state: 'DELETED', phase: 'ENDED' });
  });

  it('refuses a session still being created with the reason, and answers NOT_FOUND for an unknown one', async () => {
    const creating = emulator.createSession('streaming', studioB);
    const res = await send(STREAMING, streamingId(studioB, creating.id));
    expect(codeOf(res)).toBe('UPSTREAM_BAD_REQUEST');
    expect(res.errors?.[0]?.message).toMatch(/only a READY session can be stopped/);
    expect(codeOf(await send(STREAMING, streamingId(studioB, 'session-doesnotexist00')))).toBe('NOT_FOUND');
  });
});

describe('stopDevEnvironmentSession', () => {
  it('closes the session: it leaves the list, and stopping it again succeeds', async () => {
    const { env, session, id } = openDevSession();
    const res = await send(DEV, id, 'operators', 'x');
    expect(res.data?.stopDevEnvironmentSession).toEqual({ session: null, stoppedSessionId: id, clientMutationId: 'x' });
    expect(emulator.data.codeCatalyst.sessions(env.spaceName!, env.projectName!, env.id!).map((s) => s.id)).not.toContain(session.id);
    expect((await send(DEV, id)).data?.stopDevEnvironmentSession).toMatchObject({ session: null });
  });

  it('answers NOT_FOUND when the Dev Environment does not exist', async () => {
    const { env } = openDevSession();
    const id = gid('DevEnvironmentSession', [env.spaceName!, env.projectName!, '00000000-0000-4000-8000-000000000000', 'codecatalyst-0']);
    expect(codeOf(await send(DEV, id))).toBe('NOT_FOUND');
  });
});

describe('stopSession and wrong kinds of ID', () => {
  it('stops any stoppable kind by its global ID', async () => {
    const ra = await send(ANY, running());
    expect(ra.data?.stopSession?.session).toMatchObject({ __typename: 'RemoteAccessSession', phase: 'STOPPING' });
    const nb = await send(ANY, ready(studioA));
    expect(nb.data?.stopSession?.session).toMatchObject({ __typename: 'StreamingSession', phase: 'STOPPING' });
    const dev = await send(ANY, openDevSession(1).id);
    expect(dev.data?.stopSession).toMatchObject({ session: null });
    expect(stopCalls().map((r) => r.operation)).toEqual(['StopRemoteAccessSession', 'StopStreamingSession', 'StopDevEnvironmentSession']);
  });

  it('answers BAD_USER_INPUT, before any call, for IDs of the wrong kind or of nothing', async () => {
    const testGrid = emulator.data.deviceFarm.testGridSessions(emulator.data.deviceFarm.testGridProjects[0]!.arn!)[0]!;
    const cases: Array<[string, string, RegExp]> = [
      [RA, streamingId(studioA, 'session-any'), /it is the ID of a StreamingSession\); pass the `id` of a RemoteAccessSession/],
      [ANY, gid('TestGridSession', testGrid.arn!), /no Stop API for test grid sessions/],
      [ANY, gid('NimbleStudio', studioA), /it is the ID of a NimbleStudio/],
      [DEV, 'not-an-id', /is not an ID of this gateway/],
      [STREAMING, gid('StreamingSession', 'x'), /not a valid StreamingSession ID/],
    ];
    for (const [document, id, message] of cases) {
      const res = await send(document, id);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('the cache after a stop', () => {
  it('drops the cached pages that list the session: the next read asks AWS and shows it stopping', async () => {
    const project = emulator.data.deviceFarm.projects[1]!.arn!;
    const id = running(project);
    const arn = Buffer.from(id, 'base64').toString().slice('RemoteAccessSession:'.length);
    const LIST = `{ remoteAccessSessions(projectArn: "${project}", first: 25) { edges { node { arn status phase } } } }`;
    const statusIn = (res: { data?: unknown }) => ((res.data as Answer['data'])?.remoteAccessSessions as unknown as { edges: Array<{ node: { arn: string; status: string } }> }).edges.find((e) => e.node.arn === arn)?.node.status;
    const lists = () => emulator.requests.filter((r) => r.operation === 'ListRemoteAccessSessions').length;

    const first = (await h.query(LIST, undefined, as('viewers'))) as Answer;
    expect(first.errors).toBeUndefined();
    expect(statusIn(first)).toBe('RUNNING');
    expect(lists()).toBe(1);
    expect(statusIn(await h.query(LIST, undefined, as('viewers')))).toBe('RUNNING');
    expect(lists()).toBe(1); // served from the cache

    await send(RA, id);
    const after = await h.query(LIST, undefined, as('viewers'));
    expect(statusIn(after)).toBe('STOPPING');
    expect(lists()).toBe(2);
    // Pages of other scopes stay cached.
    expect(h.upstream.cache.stats.hit).toBeGreaterThan(0);
  });
});
