import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';

const RemoteAccess = graphql(`
  query RemoteAccessErrors($projectArn: String!, $first: Int, $after: String) {
    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {
      edges { cursor node { arn } }
      pageInfo { endCursor }
    }
  }
`);
const TwoRoots = graphql(`
  query TwoRoots($projectArn: String!, $studioId: String!) {
    remoteAccessSessions(projectArn: $projectArn, first: 1) { edges { node { arn } } }
    streamingSessions(studioId: $studioId, first: 1) { edges { node { sessionId } } }
  }
`);

let h: Harness;
let projectArn: string;
let studioId: string;
beforeAll(async () => {
  h = await startHarness();
  projectArn = h.emulator.data.deviceFarm.projects[0]!.arn!;
  // A studio that holds sessions, so the unaffected root field has one to return.
  const { nimble } = h.emulator.data;
  studioId = nimble.studios.find((s) => nimble.streamingSessions(s.studioId!).length > 0)!.studioId!;
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

const raw = (query: string, variables?: Record<string, unknown>) => h.query<any, any>(query, variables);

describe('bad input is BAD_USER_INPUT with a sentence a person can act on', () => {
  it.each([
    ['a malformed project ARN', { projectArn: 'my-project' }, /`projectArn` must be a Device Farm project ARN/],
    ['first above 100', { first: 101 }, /`first` must be from 0 to 100, got 101/],
    ['negative first', { first: -5 }, /`first` must be from 0 to 100, got -5/],
    ['a garbage cursor', { after: 'abc' }, /not a cursor this gateway issued/],
    ['an empty cursor (not the first page again)', { after: '' }, /not a cursor this gateway issued/],
  ])('%s', async (_name, variables, message) => {
    h.emulator.clearRequests();
    const res = await h.query(RemoteAccess, { projectArn, ...variables });
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } })]);
    expect(h.emulator.requests).toHaveLength(0);
  });

  it('rejects a cursor of another list, and a forged page token', async () => {
    const other = h.emulator.data.deviceFarm.projects[1]!.arn!;
    const page = (await h.query(RemoteAccess, { projectArn: other, first: 2 })).data!.remoteAccessSessions!;
    const foreign = await h.query(RemoteAccess, { projectArn, after: page.pageInfo.endCursor });
    expect(foreign.errors![0]).toMatchObject({ message: expect.stringMatching(/different list/), extensions: { code: 'BAD_USER_INPUT' } });
    // A cursor rebuilt by hand with a token AWS never issued: its signature fails, nothing reaches AWS.
    const signed = Buffer.from(page.pageInfo.endCursor!, 'base64url');
    const [version, tag] = JSON.parse(signed.subarray(12).toString()) as string[];
    const forged = Buffer.concat([signed.subarray(0, 12), Buffer.from(JSON.stringify([version, tag, 'forged-token', 0, 'x']))]).toString('base64url');
    h.emulator.clearRequests();
    const res = await h.query(RemoteAccess, { projectArn: other, after: forged });
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/was altered/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(h.emulator.requests).toHaveLength(0);
  });

  it('rejects ill-typed arguments before resolving', async () => {
    const res = await raw('{ remoteAccessSessions(projectArn: 1, first: "x") { edges { cursor } } }');
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('validates the other root fields too', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{ testGridSessions(projectArn: "arn:aws:devicefarm:us-west-2:123456789012:project:x") { edges { cursor } } }', /test ?grid-project ARN|testgrid-project ARN/],
      ['{ testGridSessions(projectArn: "arn:aws:devicefarm:us-west-2:123456789012:testgrid-project:x", creationTimeAfter: "2026-02-01T00:00:00Z", creationTimeBefore: "2026-01-01T00:00:00Z") { edges { cursor } } }', /earlier than/],
      ['{ streamingSessions(studioId: " ") { edges { cursor } } }', /`studioId` must be a non-empty ID/],
      ['{ streamingSessions(studioId: "s", sessionIds: []) { edges { cursor } } }', /`sessionIds` must hold 1 to 100/],
      ['{ devEnvironmentSessions(spaceName: "a", projectName: "proj", devEnvironmentId: "x") { edges { cursor } } }', /`spaceName` must be a CodeCatalyst name/],
      ['{ devEnvironmentSessions(spaceName: "space", projectName: "proj", devEnvironmentId: "x") { edges { cursor } } }', /`devEnvironmentId` must be a dev environment ID/],
    ];
    for (const [query, message] of cases) {
      const res = await raw(query);
      expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

describe('operations are bounded before they run', () => {
  it.each([
    ['too deep', `{ sessions { edges { node { ... on RemoteAccessSession { project { remoteAccessSessions { edges { node {
        project { remoteAccessSessions { edges { node { device { cpu { clock } } } } } } } } } } } } } } }`, /Query depth limit of 12 exceeded/],
    ['too many aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: sessions(first: 1) { edges { cursor } }`).join(' ')} }`, /Aliases limit of 30 exceeded/],
  ])('%s → BAD_USER_INPUT, no upstream call', async (_name, query, message) => {
    h.emulator.clearRequests();
    const res = await raw(query);
    expect(res.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) } })]);
    expect(res.data).toBeUndefined();
    expect(h.emulator.requests).toHaveLength(0);
  });
});

describe('upstream failures carry a stable code', () => {
  it('an unknown project is UPSTREAM_NOT_FOUND with AWS message and request ID', async () => {
    const res = await h.query(RemoteAccess, { projectArn: projectArn.replace(/[0-9a-f]{8}-/, '00000000-') });
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Device Farm ListRemoteAccessSessions failed \(NotFoundException\)/),
      extensions: { code: 'UPSTREAM_NOT_FOUND', source: 'deviceFarm', awsError: 'NotFoundException', awsRequestId: expect.any(String), requestId: expect.any(String) },
    });
  });

  it.each([
    ['throttle', 'UPSTREAM_THROTTLED', 3],
    ['unavailable', 'UPSTREAM_UNAVAILABLE', 3],
    ['accessDenied', 'UPSTREAM_ACCESS_DENIED', 1],
  ] as const)('%s → %s after %i attempt(s), other root fields unaffected', async (fault, code, attempts) => {
    h.emulator.addFault({ service: 'deviceFarm', fault });
    h.emulator.clearRequests();
    const res = await h.query(TwoRoots, { projectArn, studioId });
    expect(res.status).toBe(200);
    expect(res.data!.remoteAccessSessions).toBeNull();
    const newest = h.emulator.data.nimble.streamingSessions(studioId)[0]!;
    expect(res.data!.streamingSessions!.edges).toEqual([{ node: { sessionId: newest.sessionId } }]);
    expect(res.errors).toEqual([expect.objectContaining({ path: ['remoteAccessSessions'], extensions: expect.objectContaining({ code, source: 'deviceFarm' }) })]);
    expect(h.emulator.requests.filter((r) => r.service === 'deviceFarm')).toHaveLength(attempts);
  });

  it('a throttle that clears is retried by the SDK and never reaches the client', async () => {
    h.emulator.addFault({ service: 'deviceFarm', operation: 'ListRemoteAccessSessions', fault: 'throttle', times: 1 });
    h.emulator.clearRequests();
    const res = await h.query(RemoteAccess, { projectArn, first: 1 });
    expect(res.errors).toBeUndefined();
    expect(h.emulator.requests.map((r) => r.status)).toEqual([400, 200]);
  });

  it('never leaks a stack trace', async () => {
    h.emulator.addFault({ service: 'nimble', fault: 'unavailable' });
    const res = await h.query(TwoRoots, { projectArn, studioId });
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(text).not.toContain('stack');
  });
});
