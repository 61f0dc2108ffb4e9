// Systems Manager Session Manager through the real @aws-sdk/client-ssm client: DescribeSessions
// (Active and 30 days of History, filters, bounds, paging) and TerminateSession, on a manual clock.
import { DescribeSessionsCommand, TerminateSessionCommand, type DescribeSessionsCommandInput, type Session } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { clientsFor, closeEmulator, destroyClients, failure, openEmulator, walk, type Clients } from './clients.js';

const DAY = 86_400_000;

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  ({ emulator, clients } = await openEmulator({ now: FIXED_START }));
});
afterAll(() => closeEmulator(emulator, clients));

const ssm = () => clients.systemsManager;

function describeAll(input: DescribeSessionsCommandInput) {
  return walk(async (NextToken) => {
    const r = await ssm().send(new DescribeSessionsCommand({ ...input, NextToken }));
    return { items: r.Sessions, nextToken: r.NextToken };
  });
}

const ids = (sessions: Session[]) => sessions.map((s) => s.SessionId);

describe('DescribeSessions', () => {
  it('lists Active sessions (under way, connected or not) and 30 days of History, newest first, each once', async () => {
    const active = await describeAll({ State: 'Active' });
    const history = await describeAll({ State: 'History', MaxResults: 50 });
    expect(active.items).toEqual(emulator.data.systemsManager.sessions('Active'));
    expect(history.items).toEqual(emulator.data.systemsManager.sessions('History'));
    expect(new Set(active.items.map((s) => s.Status))).toEqual(new Set(['Connecting', 'Connected', 'Disconnected', 'Terminating']));
    expect(new Set(history.items.map((s) => s.Status))).toEqual(new Set(['Terminated', 'Failed']));
    for (const list of [active.items, history.items]) {
      expect(new Set(ids(list)).size).toBe(list.length);
      const starts = list.map((s) => s.StartDate?.getTime() ?? 0);
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
    }
    // The seed spans 45 days; only what ended in the last 30 shows.
    const cutoff = FIXED_START - 30 * DAY;
    expect(history.items.every((s) => (s.EndDate?.getTime() ?? 0) >= cutoff)).toBe(true);
    expect(history.items.length).toBeGreaterThan(100);
    expect(history.items.length).toBeLessThan(200 - active.items.length);
    expect(history.pages.slice(0, -1).every((size) => size === 50)).toBe(true);
    expect(active.items.every((s) => s.EndDate === undefined)).toBe(true);
    expect(history.items.every((s) => s.EndDate instanceof Date && s.EndDate.getTime() >= (s.StartDate?.getTime() ?? Infinity))).toBe(true);
  });

  it('pages by 20 without MaxResults, and takes MaxResults 1..200', async () => {
    const { pages } = await describeAll({ State: 'History' });
    expect(pages.slice(0, -1).every((size) => size === 20)).toBe(true);
    expect(pages.length).toBeGreaterThan(5);
    const whole = await ssm().send(new DescribeSessionsCommand({ State: 'History', MaxResults: 200 }));
    expect(whole.NextToken).toBeUndefined();
    expect(whole.Sessions).toEqual(emulator.data.systemsManager.sessions('History'));
    for (const MaxResults of [0, 201]) {
      const failed = await failure(ssm().send(new DescribeSessionsCommand({ State: 'Active', MaxResults })));
      expect(failed).toMatchObject({ name: 'ValidationException', status: 400 });
      expect(String(failed.error.message)).toContain("at 'maxResults' failed to satisfy constraint");
    }
  });

  it('requires a known State, and rejects a token it did not issue for this list', async () => {
    expect(await failure(ssm().send(new DescribeSessionsCommand({} as DescribeSessionsCommandInput)))).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(await failure(ssm().send(new DescribeSessionsCommand({ State: 'Recent' as 'Active' })))).toMatchObject({ name: 'ValidationException', status: 400 });
    const first = await ssm().send(new DescribeSessionsCommand({ State: 'History' }));
    expect(await failure(ssm().send(new DescribeSessionsCommand({ State: 'History', NextToken: 'garbage' })))).toMatchObject({ name: 'InvalidNextToken', status: 400 });
    expect(await failure(ssm().send(new DescribeSessionsCommand({ State: 'Active', NextToken: first.NextToken })))).toMatchObject({ name: 'InvalidNextToken', status: 400 });
  });

  it('filters by Target, Owner, Status, SessionId, AccessType and start time before paging', async () => {
    const history = emulator.data.systemsManager.sessions('History');
    const sample = history[3] as Session;
    const by = async (key: string, value: string, State: 'Active' | 'History' = 'History') =>
      (await describeAll({ State, MaxResults: 7, Filters: [{ key: key as 'Target', value }] })).items;
    expect(await by('Target', sample.Target as string)).toEqual(history.filter((s) => s.Target === sample.Target));
    expect(await by('Owner', sample.Owner as string)).toEqual(history.filter((s) => s.Owner === sample.Owner));
    expect(await by('Status', 'Failed')).toEqual(history.filter((s) => s.Status === 'Failed'));
    expect(await by('SessionId', sample.SessionId as string)).toEqual([sample]);
    expect(await by('AccessType', 'JustInTime')).toEqual(history.filter((s) => s.AccessType === 'JustInTime'));
    expect(await by('Status', 'Connected')).toEqual([]);
    const at = sample.StartDate as Date;
    expect(await by('InvokedAfter', at.toISOString())).toEqual(history.filter((s) => (s.StartDate as Date) >= at));
    expect(await by('InvokedBefore', at.toISOString())).toEqual(history.filter((s) => (s.StartDate as Date) < at));
    // Every filter must hold.
    const both = await describeAll({ State: 'History', Filters: [{ key: 'Target', value: sample.Target as string }, { key: 'Owner', value: sample.Owner as string }] });
    expect(both.items).toEqual(history.filter((s) => s.Target === sample.Target && s.Owner === sample.Owner));
    expect(both.items).toContainEqual(sample);
  });

  it('answers InvalidFilterKey for an unknown key and ValidationException for a bad value or count', async () => {
    const send = (Filters: unknown) => ssm().send(new DescribeSessionsCommand({ State: 'Active', Filters: Filters as DescribeSessionsCommandInput['Filters'] }));
    expect(await failure(send([{ key: 'Region', value: 'x' }]))).toMatchObject({ name: 'InvalidFilterKey', status: 400 });
    for (const bad of [[{ key: 'InvokedAfter', value: 'yesterday' }], [{ key: 'Status', value: 'Sleeping' }], [{ key: 'Target', value: '' }], [{ key: 'Owner', value: 'x'.repeat(401) }], [], Array(7).fill({ key: 'Target', value: 'i-0' })]) {
      expect(await failure(send(bad))).toMatchObject({ name: 'ValidationException', status: 400 });
    }
  });

  it('sends the Session shape: ids, targets, owners, documents, output URLs, durations', () => {
    const all = [...emulator.data.systemsManager.sessions('Active'), ...emulator.data.systemsManager.sessions('History')];
    for (const s of all) {
      expect(s.Target).toMatch(/^i-0[0-9a-f]{16}$/);
      expect(s.Owner).toMatch(/^arn:aws:(iam::123456789012:user\/|sts::123456789012:assumed-role\/[A-Za-z]+\/)[a-z-]+$/);
      expect(s.SessionId).toBe(`${(s.Owner as string).split('/').pop()}-${(s.SessionId as string).slice(-17)}`);
      expect(s.SessionId).toMatch(/-[0-9a-f]{17}$/);
      expect(Number(s.MaxSessionDuration)).toBeGreaterThan(0);
      if (s.AccessType === 'JustInTime') expect(s.Reason).toEqual(expect.any(String));
    }
    const present = new Set(all.flatMap((s) => Object.keys(s)));
    for (const field of ['SessionId', 'Target', 'Status', 'StartDate', 'EndDate', 'DocumentName', 'Owner', 'Reason', 'Details', 'OutputUrl', 'MaxSessionDuration', 'AccessType']) expect(present).toContain(field);
    expect(new Set(all.map((s) => s.AccessType))).toEqual(new Set(['Standard', 'JustInTime']));
    expect(all.find((s) => s.OutputUrl)?.OutputUrl).toEqual({ S3OutputUrl: expect.stringContaining('s3'), CloudWatchOutputUrl: expect.stringContaining('cloudwatch') });
  });
});

describe('TerminateSession', () => {
  it('moves an active session to Terminating, then Terminated (into History) five seconds later', async () => {
    const target = emulator.data.systemsManager.sessions('Active').find((s) => s.Status === 'Connected') as Session;
    const SessionId = target.SessionId as string;
    const done = await ssm().send(new TerminateSessionCommand({ SessionId }));
    expect(done.SessionId).toBe(SessionId);
    const get = async (State: 'Active' | 'History') => (await ssm().send(new DescribeSessionsCommand({ State, Filters: [{ key: 'SessionId', value: SessionId }] }))).Sessions;
    expect(await get('Active')).toEqual([{ ...target, Status: 'Terminating' }]);
    // A second call changes nothing.
    await ssm().send(new TerminateSessionCommand({ SessionId }));
    emulator.advanceClock(4_999);
    expect((await get('Active'))?.[0]?.Status).toBe('Terminating');
    emulator.advanceClock(1);
    expect(await get('Active')).toEqual([]);
    expect(await get('History')).toEqual([{ ...target, Status: 'Terminated', EndDate: emulator.now() }]);
    expect(emulator.requests.filter((r) => r.operation === 'TerminateSession').map((r) => [r.service, r.status])).toEqual([['systemsManager', 200], ['systemsManager', 200]]);
  });

  it('answers DoesNotExistException for an unknown session and ValidationException for a missing or long id', async () => {
    expect(await failure(ssm().send(new TerminateSessionCommand({ SessionId: 'nobody-00000000000000000' })))).toMatchObject({ name: 'DoesNotExistException', status: 400 });
    expect(await failure(ssm().send(new TerminateSessionCommand({ SessionId: '' })))).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(await failure(ssm().send(new TerminateSessionCommand({ SessionId: 'x'.repeat(97) })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });

  it('is also the control API\'s stop for the managedInstance kind; start connects a Connecting session', async () => {
    const connecting = emulator.createSession('managedInstance');
    expect(connecting.session).toMatchObject({ Status: 'Connecting', StartDate: emulator.now() });
    expect(connecting.scope).toBe('123456789012/us-west-2');
    expect(emulator.startSession('managedInstance', connecting.id).session).toMatchObject({ Status: 'Connected' });
    expect(emulator.stopSession('managedInstance', connecting.id).session).toMatchObject({ Status: 'Terminating' });
    expect(() => emulator.startSession('managedInstance', connecting.id)).toThrow(/cannot be started/);
    expect(emulator.data.systemsManager.sessions('Active')[0]?.SessionId).toBe(connecting.id);
  });
});

describe('determinism and the simulation', () => {
  it('gives the same sessions for the same seed and clock, others for another seed', async () => {
    const [a, b, c] = await Promise.all([7, 7, 8].map((seed) => startEmulator({ seed, now: FIXED_START, simulation: true })));
    const [ca, cb, cc] = [a, b, c].map((e) => clientsFor(e as Emulator));
    try {
      for (const e of [a, b, c]) e?.advanceClock(3 * 3_600_000);
      const read = async (cl: Clients | undefined) => {
        const states = ['Active', 'History'] as const;
        const lists = await Promise.all(states.map((State) => cl?.systemsManager.send(new DescribeSessionsCommand({ State, MaxResults: 200 }))));
        return JSON.stringify(lists.map((r) => r?.Sessions));
      };
      const [ra, rb, rc] = await Promise.all([read(ca), read(cb), read(cc)]);
      expect(ra).toBe(rb);
      expect(ra).not.toBe(rc);
      // Three hours of simulation start new sessions (about one every 10 minutes) that run their course.
      const active = a?.data.systemsManager.sessions('Active') ?? [];
      const born = [...active, ...(a?.data.systemsManager.sessions('History') ?? [])].filter((s) => (s.StartDate?.getTime() ?? 0) > FIXED_START);
      expect(born.length).toBeGreaterThan(10);
      expect(born.some((s) => s.Status === 'Terminated')).toBe(true);
    } finally {
      for (const cl of [ca, cb, cc]) if (cl) destroyClients(cl);
      await Promise.all([a, b, c].map((e) => e?.close()));
    }
  });
});
