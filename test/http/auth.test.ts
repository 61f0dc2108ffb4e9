// Inbound authentication and per-principal access, over HTTP against the emulator: who may call,
// and that a scope the caller may not see costs no upstream call and never appears.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/config.js';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import type { Policy } from '../../src/auth/policy.js';
import { startHarness, type Harness } from '../support/harness.js';
import { walkConnection } from './walk.js';

const SECRET = 'a-test-secret-that-is-at-least-32-characters';
const ISSUER = 'https://idp.example.com/';
const AUDIENCE = 'session-gateway';

let emulator: Emulator;
let jwt: Harness;
let header: Harness;
let studioA: string;
let studioB: string;

async function token(claims: Record<string, unknown>, options: { secret?: string; audience?: string; expiresAt?: number } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}
const bearer = async (groups: string[]) => ({ authorization: `Bearer ${await token({ sub: 'someone', groups })}` });

beforeAll(async () => {
  emulator = await startEmulator({ seed: 1 });
  [studioA, studioB] = emulator.data.nimble.studios.filter((s) => emulator.data.nimble.streamingSessions(s.studioId!).length > 0).map((s) => s.studioId!) as [string, string];
  const policy: Policy = {
    claim: 'groups',
    rules: [
      { group: 'studio-a', sources: { nimble: [studioA] }, stop: false },
      { group: 'admins', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: true },
    ],
  };
  const jwtAuth: AuthConfig = { mode: 'jwt', secret: SECRET, issuer: ISSUER, audience: AUDIENCE, policy };
  jwt = await startHarness({ sharedEmulator: emulator, gateway: { auth: jwtAuth } });
  header = await startHarness({ sharedEmulator: emulator, gateway: { auth: { mode: 'header', header: 'x-user-groups', policy } } });
});
afterAll(async () => {
  await jwt.close();
  await header.close();
  await emulator.close();
});

const STUDIOS = '{ studios { studioId } }';

describe('authentication (AUTH_MODE=jwt)', () => {
  const rejected = async (headers: Record<string, string>, message: RegExp) => {
    emulator.clearRequests();
    const res = await jwt.query(STUDIOS, undefined, headers);
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors?.[0]?.message).toMatch(message);
    const sent = headers.authorization?.replace(/^Bearer /, '');
    if (sent) expect(JSON.stringify(res)).not.toContain(sent);
    expect(emulator.requests).toHaveLength(0);
  };

  it('answers 401 UNAUTHENTICATED without a token, and calls nothing upstream', () => rejected({}, /bearer token/i));
  it('rejects a token signed with another secret', async () =>
    rejected({ authorization: `Bearer ${await token({ groups: ['admins'] }, { secret: 'another-secret-that-is-at-least-32-chars' })}` }, /signature/));
  it('rejects an expired token', async () =>
    rejected({ authorization: `Bearer ${await token({ groups: ['admins'] }, { expiresAt: Math.floor(Date.now() / 1000) - 120 })}` }, /expired/));
  it('rejects a token for another audience', async () =>
    rejected({ authorization: `Bearer ${await token({ groups: ['admins'] }, { audience: 'another-api' })}` }, /"aud" claim/));
  it('rejects a malformed Authorization header', () => rejected({ authorization: 'Basic dXNlcjpwYXNz' }, /Bearer <JWT>/));
  it('ignores a forwarded identity header unless header mode is configured', () => rejected({ 'x-user-groups': 'admins' }, /bearer token/i));

  it('authenticates before validating, so an unauthenticated caller learns nothing of the schema', async () => {
    for (const query of ['{ secretField }', '{ a: sessions(first: 100) { edges { node { id } } } b: sessions(first: 100) { edges { node { id } } } c: sessions(first: 100) { edges { node { id } } } }']) {
      const res = await jwt.query(query);
      expect(res.status).toBe(401);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    // The same documents, authenticated, meet validation and the cost limit.
    const valid = await jwt.query('{ secretField }', undefined, await bearer(['admins']));
    expect([valid.status, valid.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('lets a principal with every scope see every studio', async () => {
    const res = await jwt.query<{ studios: Array<{ studioId: string }> }, never>(STUDIOS, undefined, await bearer(['admins']));
    expect(res.status).toBe(200);
    expect(res.data!.studios.map((s) => s.studioId)).toEqual(emulator.data.nimble.studios.map((s) => s.studioId));
  });

  it('shows a principal without a matching rule nothing, without calling any source', async () => {
    emulator.clearRequests();
    const res = await jwt.query<{ studios: unknown[]; sessions: { edges: unknown[] } }, never>(
      '{ studios { studioId } codeCatalystSpaces { name } deviceFarmProjects { arn } sessions(first: 10) { edges { cursor } } }',
      undefined,
      await bearer(['strangers']),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ studios: [], codeCatalystSpaces: [], deviceFarmProjects: [], sessions: { edges: [] } });
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('a principal limited to one Nimble studio', () => {
  const FEED = `query Feed($after: String) {
    sessions(first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { __typename ... on StreamingSession { studioId sessionId } } }
    }
  }`;
  type FeedNode = { __typename: string; studioId?: string; sessionId?: string };

  it("sees only that studio's sessions in the feed, and nothing else is called", async () => {
    const headers = await bearer(['studio-a']);
    emulator.clearRequests();
    const { nodes } = await walkConnection<FeedNode>(async (after) => {
      const res = await jwt.query<{ sessions: { edges: Array<{ cursor: string; node: FeedNode }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } }, { after: string | null }>(FEED, { after }, headers);
      expect(res.errors).toBeUndefined();
      return res.data!.sessions;
    });
    const expected = emulator.data.nimble.streamingSessions(studioA).map((s) => s.sessionId);
    expect(nodes.map((n) => n.__typename)).toEqual(expected.map(() => 'StreamingSession'));
    expect(new Set(nodes.map((n) => n.sessionId))).toEqual(new Set(expected));
    const sessionCalls = emulator.requests.filter((r) => r.operation === 'ListStreamingSessions');
    expect(sessionCalls.length).toBeGreaterThan(0);
    expect(sessionCalls.filter((r) => r.params.studioId !== studioA)).toEqual([]);
    expect(emulator.requests.filter((r) => r.service !== 'nimble')).toEqual([]);
  });

  it('lists only that studio', async () => {
    const res = await jwt.query<{ studios: Array<{ studioId: string }> }, never>(STUDIOS, undefined, await bearer(['studio-a']));
    expect(res.data!.studios.map((s) => s.studioId)).toEqual([studioA]);
  });

  it('gets FORBIDDEN, and no call, for another studio named in an API-shaped connection', async () => {
    emulator.clearRequests();
    const res = await jwt.query(`{ streamingSessions(studioId: "${studioB}", first: 5) { edges { cursor } } }`, undefined, await bearer(['studio-a']));
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.message).not.toContain(studioB);
    expect(emulator.requests.filter((r) => r.operation === 'ListStreamingSessions')).toEqual([]);
  });

  it('gets FORBIDDEN, and no call, for the Device Farm and CodeCatalyst scopes it may not see', async () => {
    const { deviceFarm, codeCatalyst } = emulator.data;
    const space = codeCatalyst.spaces[0]!.name!;
    const dev = codeCatalyst.devEnvironments(space)[0]!;
    emulator.clearRequests();
    const res = await jwt.query(
      `{ a: remoteAccessSessions(projectArn: "${deviceFarm.projects[0]!.arn}") { edges { cursor } }
         b: testGridSessions(projectArn: "${deviceFarm.testGridProjects[0]!.arn}") { edges { cursor } }
         c: devEnvironmentSessions(spaceName: "${space}", projectName: "${dev.projectName}", devEnvironmentId: "${dev.id}") { edges { cursor } } }`,
      undefined,
      await bearer(['studio-a']),
    );
    expect(res.data).toEqual({ a: null, b: null, c: null });
    expect(res.errors?.map((e) => [e.path?.[0], e.extensions?.code, e.extensions?.source]).sort()).toEqual([
      ['a', 'FORBIDDEN', 'deviceFarm'],
      ['b', 'FORBIDDEN', 'deviceFarm'],
      ['c', 'FORBIDDEN', 'codeCatalyst'],
    ]);
    expect(emulator.requests).toEqual([]);
  });

  it('gets null, and no call, for node(), nodes() and _entities of a session or scope it may not see', async () => {
    const admin = await jwt.query<{ streamingSessions: { edges: Array<{ node: { id: string; studio: { id: string } } }> }; remoteAccessSessions: { edges: Array<{ node: { id: string } }> } }, never>(
      `{ streamingSessions(studioId: "${studioB}", first: 1) { edges { node { id studio { id } } } }
         remoteAccessSessions(projectArn: "${emulator.data.deviceFarm.projects[0]!.arn}", first: 1) { edges { node { id } } } }`,
      undefined,
      await bearer(['admins']),
    );
    const session = admin.data!.streamingSessions.edges[0]!.node;
    const remote = admin.data!.remoteAccessSessions.edges[0]!.node;
    emulator.clearRequests();
    const res = await jwt.query<{ a: unknown; b: unknown; c: unknown; d: unknown[]; e: unknown[] }, never>(
      `{ a: node(id: "${session.id}") { id } b: node(id: "${session.studio.id}") { id } c: node(id: "${remote.id}") { id }
         d: nodes(ids: ["${session.id}", "${remote.id}"]) { id }
         e: _entities(representations: [{ __typename: "StreamingSession", id: "${session.id}" }, { __typename: "RemoteAccessSession", id: "${remote.id}" }]) { __typename } }`,
      undefined,
      await bearer(['studio-a']),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null, c: null, d: [null, null], e: [null, null] });
    expect(emulator.requests.filter((r) => r.operation !== 'ListStudios')).toEqual([]);
  });
});

describe('AUTH_MODE=jwt with a JWKS URL', () => {
  let keys: Server;
  let jwksUrl: string;
  let signingKey: CryptoKey;
  let jwksCalls = 0;
  // Built when a test runs: the studio IDs are known only after beforeAll.
  const policy = (): Policy => ({ claim: 'groups', rules: [{ group: 'studio-a', sources: { nimble: [studioA] }, stop: false }] });
  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    signingKey = pair.privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] });
    // The identity provider's key set, served over loopback as the gateway would fetch it.
    keys = createServer((_req, res) => {
      jwksCalls++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => keys.close(resolve)));

  const signed = (kid: string) =>
    new SignJWT({ groups: ['studio-a'] }).setProtectedHeader({ alg: 'ES256', kid }).setAudience(AUDIENCE).setExpirationTime('10m').sign(signingKey);

  it('verifies tokens with the fetched keys, fetching the key set once', async () => {
    const h = await startHarness({ sharedEmulator: emulator, gateway: { auth: { mode: 'jwt', jwksUrl, audience: AUDIENCE, policy: policy() } } });
    try {
      jwksCalls = 0;
      for (let i = 0; i < 3; i++) {
        const res = await h.query<{ studios: Array<{ studioId: string }> }, never>(STUDIOS, undefined, { authorization: `Bearer ${await signed('k1')}` });
        expect(res.data!.studios.map((s) => s.studioId)).toEqual([studioA]);
      }
      expect(jwksCalls).toBe(1);
      // An HS256 token made with any secret is never accepted against a key set.
      const forged = await token({ groups: ['studio-a'] });
      expect((await h.query(STUDIOS, undefined, { authorization: `Bearer ${forged}` })).status).toBe(401);
    } finally {
      await h.close();
    }
  });

  it('answers 503 AUTH_UNAVAILABLE, and calls nothing upstream, when the key set cannot be fetched', async () => {
    const h = await startHarness({ sharedEmulator: emulator, gateway: { auth: { mode: 'jwt', jwksUrl: 'http://127.0.0.1:1/jwks.json', policy: policy() } } });
    try {
      emulator.clearRequests();
      const res = await h.query(STUDIOS, undefined, { authorization: `Bearer ${await signed('k1')}` });
      expect(res.status).toBe(503);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['AUTH_UNAVAILABLE']);
      expect(emulator.requests).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});

describe('AUTH_MODE=header', () => {
  it('answers 401 without the configured header, and calls nothing upstream', async () => {
    emulator.clearRequests();
    const res = await header.query(STUDIOS, undefined, { authorization: `Bearer ${await token({ groups: ['admins'] })}` });
    expect(res.status).toBe(401);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(emulator.requests).toHaveLength(0);
  });

  it("maps the router's comma-separated groups through the policy", async () => {
    const limited = await header.query<{ studios: Array<{ studioId: string }> }, never>(STUDIOS, undefined, { 'x-user-groups': 'viewers, studio-a' });
    expect(limited.data!.studios.map((s) => s.studioId)).toEqual([studioA]);
    const admin = await header.query<{ studios: Array<{ studioId: string }> }, never>(STUDIOS, undefined, { 'x-user-groups': 'admins' });
    expect(admin.data!.studios).toHaveLength(emulator.data.nimble.studios.length);
  });
});
