// A circuit breaker per source and place, as operators see it: Systems Manager is read in two
// accounts × two regions; one place keeps failing (an emulator fault for that account and region)
// until its circuit opens. `/metrics` shows that place open and the others closed, `/ready` names
// it and calls the source degraded, and the other places still answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { parsePrometheus, total } from '../support/ops.js';
import { startHarness, type Harness } from '../support/harness.js';

const OWN = '123456789012';
const PROD = '222222222222';
const PROD_ROLE = `arn:aws:iam::${PROD}:role/SessionGatewayReader`;
const EXTERNAL_ID = 'gateway-external-id';
const REGIONS = ['us-west-2', 'eu-west-1'];
const FAILURES = 3;

let emulator: Emulator;
let h: Harness;
beforeAll(async () => {
  emulator = await startEmulator({ seed: 1, now: FIXED_START, sessionsPerKind: 20, roles: [{ arn: PROD_ROLE, externalId: EXTERNAL_ID }] });
  h = await startHarness({
    sharedEmulator: emulator,
    sources: ['systemsManager', 'codeCatalyst'],
    places: { accounts: [{ account: '' }, { account: PROD, roleArn: PROD_ROLE, externalId: EXTERNAL_ID }], regions: { systemsManager: REGIONS } },
    // Open far longer than the test runs: the circuit cannot half-open under it, whatever the machine's speed.
    breaker: { failures: FAILURES, openMs: 600_000 },
    ops: { readiness: { probeWaitMs: 60_000 } },
  });
});
afterAll(async () => {
  await h.close();
  await emulator.close();
});

const FEED = `{ sessions(first: 100, filter: { kinds: [MANAGED_INSTANCE, DEV_ENVIRONMENT] }) {
  incompleteSources { source account region code message }
  edges { node { kind ... on ManagedInstanceSession { account region } } } } }`;
const inPlace = (account: string, region: string) =>
  `{ managedInstanceSessions(state: HISTORY, account: "${account}", region: "${region}", first: 5) { edges { node { sessionId } } } }`;

async function get(path: string) {
  const response = await fetch(new URL(path, h.url));
  return { status: response.status, text: await response.text() };
}
const breakerState = async () => {
  const samples = parsePrometheus((await get('/metrics')).text);
  return (source: string, account: string, region: string) =>
    (['closed', 'open', 'half_open'] as const).filter((state) => total(samples, 'gateway_circuit_breaker_state', { source, account, region, state }) === 1);
};
/** The places the emulator's log shows Systems Manager was called in. */
const calledIn = (from: number) => new Set(emulator.requests.slice(from).filter((r) => r.service === 'systemsManager').map((r) => `${r.account}/${r.region}`));

describe('a circuit breaker per source and place', () => {
  it('opens for the failing place only: the metric, /ready and the other places say so', async () => {
    // Every place is read once and healthy: each has a closed circuit.
    const healthy: any = await h.query(FEED);
    expect(healthy.data.sessions.incompleteSources).toEqual([]);
    let state = await breakerState();
    for (const account of ['self', PROD]) for (const region of REGIONS) expect(state('systemsManager', account, region)).toEqual(['closed']);
    expect(state('codeCatalyst', 'self', 'global')).toEqual(['closed']);

    emulator.addFault({ service: 'systemsManager', account: PROD, region: 'eu-west-1', fault: 'unavailable' });
    for (let i = 0; i < FAILURES; i++) {
      const failed: any = await h.query(inPlace(PROD, 'eu-west-1'));
      expect(failed.errors[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', account: PROD, region: 'eu-west-1' } });
      expect(failed.errors[0].message).not.toMatch(/in a row/);
    }
    // Open: the place fails at once, without a call.
    let from = emulator.requests.length;
    const open: any = await h.query(inPlace(PROD, 'eu-west-1'));
    expect(open.errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(open.errors[0].message).toMatch(new RegExp(`^Account ${PROD}, eu-west-1: .*failed ${FAILURES} times in a row`));
    expect(calledIn(from).size).toBe(0);

    state = await breakerState();
    expect(state('systemsManager', PROD, 'eu-west-1')).toEqual(['open']);
    expect(state('systemsManager', PROD, 'us-west-2')).toEqual(['closed']);
    expect(state('systemsManager', 'self', 'eu-west-1')).toEqual(['closed']);
    expect(state('systemsManager', 'self', 'us-west-2')).toEqual(['closed']);
    expect(state('codeCatalyst', 'self', 'global')).toEqual(['closed']);

    const ready = await get('/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({
      status: 'ready',
      notReady: [],
      sources: { systemsManager: 'degraded', codeCatalyst: 'ready' },
      breakersOpen: [{ source: 'systemsManager', account: PROD, region: 'eu-west-1', state: 'open' }],
      checks: {},
    });

    // The other places still answer: the same account in the other region, and the feed.
    from = emulator.requests.length;
    const sameAccount: any = await h.query(inPlace(PROD, 'us-west-2'));
    expect(sameAccount.errors).toBeUndefined();
    expect(sameAccount.data.managedInstanceSessions.edges).toHaveLength(5);
    const feed: any = await h.query(FEED);
    expect(feed.data.sessions.incompleteSources).toEqual([
      { source: 'SYSTEMS_MANAGER', account: PROD, region: 'eu-west-1', code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/in a row/) },
    ]);
    const served = new Set(feed.data.sessions.edges.filter((e: any) => e.node.kind === 'MANAGED_INSTANCE').map((e: any) => `${e.node.account ?? 'self'}/${e.node.region}`));
    expect([...served].sort()).toEqual([`${PROD}/us-west-2`, 'self/eu-west-1', 'self/us-west-2']);
    expect([...calledIn(from)].sort()).toEqual([`${OWN}/eu-west-1`, `${OWN}/us-west-2`, `${PROD}/us-west-2`]);
  });

  it('closes again once its open period is over and one call succeeds', async () => {
    // cockatiel times the open period on the real clock: a short one, waited out, never asserted on.
    const openMs = 250;
    const quick = await startHarness({
      sharedEmulator: emulator,
      sources: ['systemsManager'],
      places: { accounts: [{ account: '' }], regions: { systemsManager: ['us-west-2'] } },
      breaker: { failures: FAILURES, openMs },
    });
    const stateAt = async () => {
      const samples = parsePrometheus(await (await fetch(new URL('/metrics', quick.url))).text());
      return (['closed', 'open', 'half_open'] as const).filter((state) => total(samples, 'gateway_circuit_breaker_state', { source: 'systemsManager', account: 'self', region: 'us-west-2', state }) === 1);
    };
    emulator.addFault({ service: 'systemsManager', account: OWN, region: 'us-west-2', fault: 'unavailable' });
    try {
      for (let i = 0; i < FAILURES; i++) expect(((await quick.query(inPlace('', 'us-west-2'))) as any).errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(await stateAt()).toEqual(['open']);
      emulator.clearFaults();
      await new Promise((resolve) => setTimeout(resolve, openMs + 50));
      const from = emulator.requests.length;
      const recovered: any = await quick.query(inPlace('', 'us-west-2'));
      expect(recovered.errors).toBeUndefined();
      expect(recovered.data.managedInstanceSessions.edges).toHaveLength(5);
      expect(emulator.requests.slice(from).filter((r) => r.service === 'systemsManager')).toHaveLength(1);
      expect(await stateAt()).toEqual(['closed']);
    } finally {
      emulator.clearFaults();
      await quick.close();
    }
  });
});
