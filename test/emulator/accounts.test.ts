// Many accounts and regions: STS AssumeRole through the SDK's own credential provider
// (fromTemporaryCredentials), then real SDK clients signed with the assumed role's credentials
// and scoped to other regions, each (account, region) with distinct seeded data.
import { ListProjectsCommand } from '@aws-sdk/client-device-farm';
import { ListStudiosCommand, NimbleClient } from '@aws-sdk/client-nimble';
import { DescribeSessionsCommand, SSMClient } from '@aws-sdk/client-ssm';
import { DeviceFarmClient } from '@aws-sdk/client-device-farm';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { CREDENTIALS, clientsFor, destroyClients, failure, type Clients } from './clients.js';

const PROD = 'arn:aws:iam::222222222222:role/SessionGatewayReader';
const STAGING = 'arn:aws:iam::333333333333:role/SessionGatewayReader';
const EXTERNAL_ID = 'gateway-7f3a';

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  emulator = await startEmulator({ now: FIXED_START, sessionsPerKind: 30, roles: [{ arn: PROD, externalId: EXTERNAL_ID }, { arn: STAGING }] });
  clients = clientsFor(emulator);
});
afterAll(async () => {
  destroyClients(clients);
  await emulator.close();
});

const fast = { retryStrategy: new ConfiguredRetryStrategy(1, 0) };

/** The SDK's provider, unmodified: STS at the emulator, signed with the gateway's own key. */
const assumed = (RoleArn: string, ExternalId?: string): AwsCredentialIdentityProvider =>
  fromTemporaryCredentials({
    params: { RoleArn, RoleSessionName: 'session-gateway', ...(ExternalId !== undefined && { ExternalId }) },
    masterCredentials: CREDENTIALS,
    clientConfig: { endpoint: emulator.url, region: 'us-east-1', ...fast },
  });

const ssm = (region: string, credentials: AwsCredentialIdentityProvider | typeof CREDENTIALS = CREDENTIALS) =>
  new SSMClient({ endpoint: emulator.url, region, credentials, ...fast });

async function sessions(client: SSMClient) {
  try {
    return (await client.send(new DescribeSessionsCommand({ State: 'History', MaxResults: 200 }))).Sessions ?? [];
  } finally {
    client.destroy();
  }
}

describe('STS AssumeRole', () => {
  it('hands the SDK provider credentials of the role\'s account, checking the external ID', async () => {
    const credentials = await assumed(PROD, EXTERNAL_ID)();
    expect(credentials).toMatchObject({ accessKeyId: expect.stringMatching(/^ASIA[A-Z2-7]{16}$/), secretAccessKey: expect.any(String), sessionToken: expect.any(String) });
    expect(credentials.expiration?.getTime()).toBe(FIXED_START + 3_600_000);
    expect(emulator.data.sts.accountOf(credentials.accessKeyId)).toBe('222222222222');
    expect(emulator.data.sts.accountOf(CREDENTIALS.accessKeyId)).toBe('123456789012');
    const call = emulator.requests.find((r) => r.service === 'sts');
    expect(call).toMatchObject({ operation: 'AssumeRole', method: 'POST', status: 200, params: { Action: 'AssumeRole', Version: '2011-06-15', RoleArn: PROD, ExternalId: EXTERNAL_ID } });
  });

  it('answers AccessDenied (403) for a wrong or missing external ID and a role not configured', async () => {
    for (const provider of [assumed(PROD, 'wrong-id'), assumed(PROD), assumed('arn:aws:iam::444444444444:role/Other')]) {
      const failed = await failure(provider());
      expect(failed).toMatchObject({ name: 'AccessDenied', status: 403 });
      expect(String(failed.error.message)).toContain('is not authorized to perform: sts:AssumeRole');
    }
    expect(await failure(assumed('not-an-arn-but-long-enough')())).toMatchObject({ name: 'ValidationError', status: 400 });
  });

  it('answers XML, errors as <ErrorResponse> with a Sender type', async () => {
    const auth = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0';
    const post = (body: string) => fetch(emulator.url, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body });
    const denied = await post(`Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(PROD)}&RoleSessionName=s1`);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('content-type')).toBe('text/xml');
    expect(await denied.text()).toMatch(/^<ErrorResponse xmlns="https:\/\/sts.amazonaws.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type><Code>AccessDenied<\/Code><Message>User: arn:aws:iam::123456789012:user\/AKIDEXAMPLE is not authorized/);
    const ok = await post(`Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(STAGING)}&RoleSessionName=s1&DurationSeconds=900`);
    expect(await ok.text()).toMatch(/^<AssumeRoleResponse xmlns="[^"]+"><AssumeRoleResult><Credentials><AccessKeyId>ASIA\w{16}<\/AccessKeyId>.*<Expiration>2026-11-01T00:15:00.000Z<\/Expiration><\/Credentials><AssumedRoleUser><AssumedRoleId>AROA\w{17}:s1<\/AssumedRoleId><Arn>arn:aws:sts::333333333333:assumed-role\/SessionGatewayReader\/s1<\/Arn>/);
    expect((await post('Action=GetCallerIdentity&Version=2011-06-15')).status).toBe(404);
  });
});

describe('accounts and regions', () => {
  it('serves each (account, region) its own seeded data; the default account and us-west-2 keep today\'s', async () => {
    const home = await sessions(ssm('us-west-2'));
    expect(home).toEqual(emulator.data.systemsManager.sessions('History'));
    const homeEu = await sessions(ssm('eu-west-1'));
    const prod = await sessions(ssm('us-west-2', assumed(PROD, EXTERNAL_ID)));
    const prodEu = await sessions(ssm('eu-west-1', assumed(PROD, EXTERNAL_ID)));
    const lists = [home, homeEu, prod, prodEu];
    for (const list of lists) expect(list.length).toBeGreaterThan(5);
    // No session id is shared between places, and each names its own account.
    const ids = lists.flatMap((list) => list.map((s) => s.SessionId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(prod.every((s) => (s.Owner as string).includes(':222222222222:'))).toBe(true);
    expect(prodEu).toEqual(emulator.dataAt({ account: '222222222222', region: 'eu-west-1' }).systemsManager.sessions('History'));
    expect(prodEu.some((s) => s.OutputUrl?.CloudWatchOutputUrl?.includes('region=eu-west-1'))).toBe(true);
    const logged = emulator.requests.filter((r) => r.operation === 'DescribeSessions').map((r) => [r.account, r.region]);
    expect(logged).toEqual([['123456789012', 'us-west-2'], ['123456789012', 'eu-west-1'], ['222222222222', 'us-west-2'], ['222222222222', 'eu-west-1']]);
  });

  it('is deterministic: another emulator with the same seed serves the same data for the same account and region', async () => {
    const other = await startEmulator({ now: FIXED_START, sessionsPerKind: 30 });
    try {
      const place = { account: '222222222222', region: 'eu-west-1' };
      expect(JSON.stringify(other.dataAt(place).systemsManager.sessions('History'))).toBe(JSON.stringify(emulator.dataAt(place).systemsManager.sessions('History')));
      expect(JSON.stringify(other.dataAt(place).nimble.studios)).toBe(JSON.stringify(emulator.dataAt(place).nimble.studios));
      expect(JSON.stringify(other.data.nimble.studios)).not.toBe(JSON.stringify(other.dataAt(place).nimble.studios));
    } finally {
      await other.close();
    }
  });

  it('Nimble is regional too; Device Farm answers only in us-west-2, in any account', async () => {
    const nimble = new NimbleClient({ endpoint: emulator.url, region: 'eu-west-1', credentials: assumed(STAGING), ...fast });
    const studios = (await nimble.send(new ListStudiosCommand({}))).studios ?? [];
    nimble.destroy();
    // The first page of ten.
    expect(studios).toEqual(emulator.dataAt({ account: '333333333333', region: 'eu-west-1' }).nimble.studios.slice(0, 10));
    expect(studios[0]?.arn).toMatch(/^arn:aws:nimble:eu-west-1:333333333333:studio\/stid-/);
    expect(studios[0]?.homeRegion).toBe('eu-west-1');

    const deviceFarm = (region: string) => new DeviceFarmClient({ endpoint: emulator.url, region, credentials: assumed(STAGING), ...fast });
    const west = deviceFarm('us-west-2');
    const projects = (await west.send(new ListProjectsCommand({}))).projects ?? [];
    expect(projects[0]?.arn).toMatch(/^arn:aws:devicefarm:us-west-2:333333333333:project:/);
    expect(projects.map((p) => p.arn)).not.toEqual(emulator.data.deviceFarm.projects.map((p) => p.arn));
    const east = deviceFarm('us-east-1');
    const failed = await failure(east.send(new ListProjectsCommand({})));
    expect(failed).toMatchObject({ name: 'InvalidSignatureException', status: 400 });
    expect(String(failed.error.message)).toContain("scoped to a valid region, not 'us-east-1'");
    west.destroy();
    east.destroy();
  });

  it('leaves CodeCatalyst global: one set of spaces whatever the region', async () => {
    expect(emulator.dataAt({ account: '222222222222', region: 'eu-west-1' }).codeCatalyst.spaces).toEqual(emulator.data.codeCatalyst.spaces);
    expect(() => emulator.dataAt({ account: '22', region: 'eu-west-1' })).toThrow(/12 digits/);
  });
});
