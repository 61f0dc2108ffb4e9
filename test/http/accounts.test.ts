// Many accounts and regions end to end: the gateway assumes roles through the SDK's own STS
// provider (fromTemporaryCredentials) at the emulator, and reads Systems Manager and Nimble Studio
// in two accounts × two regions and Device Farm in two accounts. Each place's sessions come back once, with IDs,
// scopes and policy that carry the place; a failing account is reported on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Policy } from '../../src/auth/policy.js';
import type { Source } from '../../src/sources/registry.js';
import { startHarness, type Harness } from '../support/harness.js';

const OWN = '123456789012';
const PROD = '222222222222';
const DENIED = '333333333333';
const PROD_ROLE = `arn:aws:iam::${PROD}:role/SessionGatewayReader`;
const DENIED_ROLE = `arn:aws:iam::${DENIED}:role/SessionGatewayReader`;
const STAGING = '444444444444';
const STAGING_ROLE = `arn:aws:iam::${STAGING}:role/SessionGatewayReader`;
const EXTERNAL_ID = 'gateway-external-id';
const REGIONS = ['us-west-2', 'eu-west-1'];
const SOURCES: Source[] = ['deviceFarm', 'nimble', 'systemsManager'];
const places = {
  accounts: [{ account: '' }, { account: PROD, roleArn: PROD_ROLE, externalId: EXTERNAL_ID }],
  regions: { systemsManager: REGIONS, nimble: REGIONS },
};

let emulator: Emulator;
let h: Harness;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 1, now: FIXED_START, sessionsPerKind: 40, roles: [{ arn: PROD_ROLE, externalId: EXTERNAL_ID }, { arn: STAGING_ROLE, externalId: 'staging-external-id' }] });
  h = await startHarness({ sharedEmulator: emulator, sources: SOURCES, places });
});
afterAll(async () => {
  await h.close();
  await emulator.close();
});

const FEED = `query($first: Int, $after: String, $kinds: [SessionKind!]) {
  sessions(first: $first, after: $after, filter: { kinds: $kinds }) {
    pageInfo { hasNextPage endCursor }
    incompleteSources { source account region code message }
    edges { node { id kind ... on ManagedInstanceSession { sessionId account region } ... on RemoteAccessSession { arn } ... on StreamingSession { sessionId studioId } } }
  } }`;

async function walk(harness: Harness, kinds: string[], headers: Record<string, string> = {}) {
  const nodes: any[] = [];
  const failures: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: any = await harness.query<any, any>(FEED, { first: 100, after, kinds }, headers);
    const feed = res.data.sessions;
    nodes.push(...feed.edges.map((e: any) => e.node));
    failures.push(...feed.incompleteSources);
    if (!feed.pageInfo.hasNextPage || feed.incompleteSources.length > 0) break;
    after = feed.pageInfo.endCursor;
  }
  return { nodes, failures };
}

/** Every Session Manager session the emulator holds in a place, as the gateway names its account. */
const heldIn = (account: string, region: string) => {
  const ssm = emulator.dataAt({ account: account || OWN, region }).systemsManager;
  return [...ssm.sessions('Active'), ...ssm.sessions('History')].map((s) => `${account}|${region}|${s.SessionId}`);
};

describe('many accounts and regions', () => {
  it('merges every (account, region) of Systems Manager into the feed, each session once, each call signed for its place', async () => {
    const { nodes, failures } = await walk(h, ['MANAGED_INSTANCE']);
    expect(failures).toEqual([]);
    const got = nodes.map((n) => `${n.account ?? ''}|${n.region}|${n.sessionId}`);
    const expected = ['', PROD].flatMap((account) => REGIONS.flatMap((region) => heldIn(account, region)));
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual([...expected].sort());
    // Every place was read, with its own credentials and signing region.
    const read = new Set(emulator.requests.filter((r) => r.operation === 'DescribeSessions').map((r) => `${r.account}|${r.region}`));
    expect([...read].sort()).toEqual([`${OWN}|eu-west-1`, `${OWN}|us-west-2`, `${PROD}|eu-west-1`, `${PROD}|us-west-2`]);
    expect(emulator.requests.filter((r) => r.service === 'sts').map((r) => r.params.RoleArn)).toContain(PROD_ROLE);
  });

  it('gives each place its own global IDs: node() reads a session back from its account and region', async () => {
    const [session] = emulator.dataAt({ account: PROD, region: 'eu-west-1' }).systemsManager.sessions('History');
    const { nodes } = await walk(h, ['MANAGED_INSTANCE']);
    const listed = nodes.find((n) => n.sessionId === session!.SessionId);
    expect(listed).toMatchObject({ account: PROD, region: 'eu-west-1' });
    const res: any = await h.query(`query($id: ID!) { node(id: $id) { ... on ManagedInstanceSession { sessionId account region owner } } }`, { id: listed.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toEqual({ sessionId: session!.SessionId, account: PROD, region: 'eu-west-1', owner: session!.Owner });
  });

  it('lists one place by its account and region, and says which places exist for one it does not read', async () => {
    const res: any = await h.query(`{ managedInstanceSessions(state: HISTORY, account: "${PROD}", region: "eu-west-1", first: 5) { edges { node { sessionId account region } } } }`);
    expect(res.data.managedInstanceSessions.edges.map((e: any) => e.node.sessionId)).toEqual(
      emulator.dataAt({ account: PROD, region: 'eu-west-1' }).systemsManager.sessions('History').slice(0, 5).map((s) => s.SessionId),
    );
    const before = emulator.requests.length;
    const bad: any = await h.query(`{ managedInstanceSessions(state: HISTORY, account: "${DENIED}", first: 5) { edges { node { sessionId } } } }`);
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].message).toContain(`${PROD}/eu-west-1`);
    for (const args of ['account: "999"', 'region: "Europe"']) {
      const malformed: any = await h.query(`{ managedInstanceSessions(state: HISTORY, ${args}) { edges { node { sessionId } } } }`);
      expect(malformed.errors[0]).toMatchObject({ message: expect.stringMatching(/^`(account|region)` must be /), extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(emulator.requests.length).toBe(before);
  });

  it('reads Device Farm in every account (it has one region), routing each ARN to its account', async () => {
    const { nodes, failures } = await walk(h, ['REMOTE_ACCESS']);
    expect(failures).toEqual([]);
    const accountsSeen = new Set(nodes.map((n) => n.arn.split(':')[4]));
    expect([...accountsSeen].sort()).toEqual([OWN, PROD]);
    const prodSession = nodes.find((n) => n.arn.split(':')[4] === PROD);
    const res: any = await h.query(`query($id: ID!) { node(id: $id) { ... on RemoteAccessSession { arn } } }`, { id: prodSession.id });
    expect(res.data.node.arn).toBe(prodSession.arn);
    const gets = emulator.requests.filter((r) => r.operation === 'GetRemoteAccessSession');
    expect(gets.at(-1)?.account).toBe(PROD);
  });

  it('reads Nimble studios in every account and region, and finds a session by its studio alone', async () => {
    const { nodes, failures } = await walk(h, ['STREAMING']);
    expect(failures).toEqual([]);
    const expected = ['', PROD].flatMap((account) =>
      REGIONS.flatMap((region) => {
        const nimble = emulator.dataAt({ account: account || OWN, region }).nimble;
        return nimble.studios.filter((s) => s.state !== 'DELETED' && s.state !== 'CREATE_FAILED').flatMap((studio) => nimble.streamingSessions(studio.studioId!).map((x) => `${studio.studioId}|${x.sessionId}`));
      }),
    );
    expect(nodes.map((n) => `${n.studioId}|${n.sessionId}`).sort()).toEqual(expected.sort());
    const prodEu = emulator.dataAt({ account: PROD, region: 'eu-west-1' }).nimble;
    const studio = prodEu.studios.find((s) => prodEu.streamingSessions(s.studioId!).length > 0)!;
    const session = prodEu.streamingSessions(studio.studioId!)[0]!;
    const listed = nodes.find((n) => n.sessionId === session.sessionId);
    const before = emulator.requests.length;
    const res: any = await h.query(`query($id: ID!) { node(id: $id) { ... on StreamingSession { sessionId studioId launchProfile { launchProfileId } } } }`, { id: listed.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toMatchObject({ sessionId: session.sessionId, studioId: studio.studioId, launchProfile: { launchProfileId: session.launchProfileId } });
    const calls = emulator.requests.slice(before).filter((r) => r.service === 'nimble');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(`${call.account}|${call.region}`).toBe(`${PROD}|eu-west-1`);
  });

  it('says where each studio is: its account (null for the own one) and its home region', async () => {
    const res: any = await h.query(`{ studios { studioId account homeRegion } }`);
    expect(res.errors).toBeUndefined();
    const expected = ['', PROD].flatMap((account) =>
      REGIONS.flatMap((region) => emulator.dataAt({ account: account || OWN, region }).nimble.studios.map((s) => `${s.studioId}|${account || null}|${region}`)),
    );
    expect(res.data.studios.map((s: any) => `${s.studioId}|${s.account}|${s.homeRegion}`).sort()).toEqual(expected.sort());
  });

  it('reads a studio pinned by ARN in its own account and region, and one pinned by ID in the home place', async () => {
    const live = (account: string, region: string) => emulator.dataAt({ account: account || OWN, region }).nimble.studios.find((s) => s.state === 'READY')!;
    const [far, near] = [live(PROD, 'eu-west-1'), live('', 'us-west-2')];
    const pinned = await startHarness({ sharedEmulator: emulator, sources: ['nimble'], places, pins: { nimbleStudios: [far.arn!, near.studioId!] } });
    try {
      const before = emulator.requests.length;
      const res: any = await pinned.query(`{ studios { studioId account homeRegion } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.studios).toEqual(
        expect.arrayContaining([
          { studioId: far.studioId, account: PROD, homeRegion: 'eu-west-1' },
          { studioId: near.studioId, account: null, homeRegion: null },
        ]),
      );
      expect(res.data.studios).toHaveLength(2);
      const { nodes, failures } = await walk(pinned, ['STREAMING']);
      expect(failures).toEqual([]);
      const held = (account: string, region: string, studioId: string) => emulator.dataAt({ account: account || OWN, region }).nimble.streamingSessions(studioId).map((x) => `${studioId}|${x.sessionId}`);
      expect(nodes.map((n) => `${n.studioId}|${n.sessionId}`).sort()).toEqual([...held(PROD, 'eu-west-1', far.studioId!), ...held('', 'us-west-2', near.studioId!)].sort());
      const calls = emulator.requests.slice(before).filter((r) => r.service === 'nimble');
      expect(calls.filter((r) => r.operation === 'ListStudios')).toEqual([]);
      for (const call of calls) {
        const studio = /studios\/([^/]+)/.exec(call.path)?.[1];
        expect(`${studio}|${call.account}|${call.region}`).toBe(studio === far.studioId ? `${far.studioId}|${PROD}|eu-west-1` : `${near.studioId}|${OWN}|us-west-2`);
      }
    } finally {
      await pinned.close();
    }
  });

  it('limits a principal to the places its policy names', async () => {
    const policy: Policy = { claim: 'groups', rules: [{ group: 'eu-prod', sources: { systemsManager: [`${PROD}/eu-west-1`] }, stop: false }] };
    const limited = await startHarness({ sharedEmulator: emulator, sources: SOURCES, places, gateway: { auth: { mode: 'header', header: 'x-user-groups', policy } } });
    try {
      const before = emulator.requests.length;
      const { nodes } = await walk(limited, ['MANAGED_INSTANCE'], { 'x-user-groups': 'eu-prod' });
      expect(new Set(nodes.map((n) => `${n.account}|${n.region}`))).toEqual(new Set([`${PROD}|eu-west-1`]));
      expect(nodes.length).toBe(heldIn(PROD, 'eu-west-1').length);
      const placesRead = new Set(emulator.requests.slice(before).filter((r) => r.service === 'systemsManager').map((r) => `${r.account}|${r.region}`));
      expect([...placesRead]).toEqual([`${PROD}|eu-west-1`]);
    } finally {
      await limited.close();
    }
  });

  it('passes each role its own external ID (AWS_EXTERNAL_ID_<account>)', async () => {
    const staging = (externalId: string) => ({ ...places, accounts: [...places.accounts, { account: STAGING, roleArn: STAGING_ROLE, externalId }] });
    const own = await startHarness({ sharedEmulator: emulator, sources: ['systemsManager'], places: staging('staging-external-id') });
    const borrowed = await startHarness({ sharedEmulator: emulator, sources: ['systemsManager'], places: staging(EXTERNAL_ID) });
    try {
      const read = await walk(own, ['MANAGED_INSTANCE']);
      expect(read.failures).toEqual([]);
      expect(read.nodes.filter((n) => n.account === STAGING)).toHaveLength(REGIONS.reduce((n, region) => n + heldIn(STAGING, region).length, 0));
      // PROD's ID does not open STAGING's role: that account fails on its own, PROD still reads.
      const refused: any = await borrowed.query(FEED, { first: 100, kinds: ['MANAGED_INSTANCE'] });
      expect(refused.data.sessions.incompleteSources.map((f: any) => `${f.account}|${f.code}`)).toEqual(REGIONS.map(() => `${STAGING}|UPSTREAM_ACCESS_DENIED`));
      expect(refused.data.sessions.edges.some((e: any) => e.node.account === PROD)).toBe(true);
    } finally {
      await Promise.all([own.close(), borrowed.close()]);
    }
  });

  it('reports an account it cannot assume once per place, and still serves every other place', async () => {
    const withDenied = { ...places, accounts: [...places.accounts, { account: DENIED, roleArn: DENIED_ROLE }] };
    const h2 = await startHarness({ sharedEmulator: emulator, sources: SOURCES, places: withDenied });
    try {
      const res: any = await h2.query(FEED, { first: 100, kinds: ['MANAGED_INSTANCE', 'REMOTE_ACCESS', 'STREAMING'] });
      const failures = res.data.sessions.incompleteSources;
      expect(failures.map((f: any) => [f.source, f.account, f.region]).sort()).toEqual([
        ['DEVICE_FARM', DENIED, null],
        ['NIMBLE', DENIED, 'eu-west-1'],
        ['NIMBLE', DENIED, 'us-west-2'],
        ['SYSTEMS_MANAGER', DENIED, 'eu-west-1'],
        ['SYSTEMS_MANAGER', DENIED, 'us-west-2'],
      ]);
      for (const f of failures) expect(f.message).toMatch(new RegExp(`^Account ${DENIED}(, [a-z0-9-]+)?: `));
      expect(res.errors.map((e: any) => e.extensions.account)).toEqual(failures.map(() => DENIED));
      const accounts = new Set(res.data.sessions.edges.map((e: any) => e.node.account ?? e.node.arn?.split(':')[4] ?? ''));
      expect(accounts.has(PROD)).toBe(true);
      expect(res.data.sessions.pageInfo.hasNextPage).toBe(true);
    } finally {
      await h2.close();
    }
  });
});
