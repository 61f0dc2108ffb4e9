// `nodes(ids:)` over HTTP: an ID that fails when it is loaded (not found upstream, an upstream
// error, its source switched off) nulls its own item with its own error at ["nodes", index]; the
// other IDs still resolve and the list itself is never null. Calls are counted from the
// emulator's request log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/auth/policy.js';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../support/harness.js';

type Found = { __typename: string; id: string };
interface Answer {
  status: number;
  data?: { nodes: Array<Found | null> } | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';
const EVERY_KIND = `query($studioId: String!, $projectArn: String!) {
  streamingSessions(studioId: $studioId, first: 2) { edges { node { __typename id } } }
  remoteAccessSessions(projectArn: $projectArn, first: 1) { edges { node { __typename id } } }
  codeCatalystSpaces { devEnvironments { sessions(first: 1) { edges { node { __typename id } } } } }
}`;
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const as = (groups: string) => ({ 'x-user-groups': groups });

let emulator: Emulator;
let h: Harness;
let studioA: string;
let studioB: string;
let streaming: Found[];
let remote: Found;
let dev: Found;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 1, now: FIXED_START });
  const { nimble, deviceFarm } = emulator.data;
  [studioA, studioB] = nimble.studios.filter((s) => nimble.streamingSessions(s.studioId!).length >= 2).map((s) => s.studioId!) as [string, string];
  const policy: Policy = {
    claim: 'groups',
    rules: [
      { group: 'everything', sources: { deviceFarm: ['*'], nimble: ['*'], codeCatalyst: ['*'] }, stop: false },
      { group: 'studio-b', sources: { deviceFarm: ['*'], nimble: [studioB], codeCatalyst: ['*'] }, stop: false },
    ],
  };
  h = await startHarness({ sharedEmulator: emulator, gateway: { auth: { mode: 'header', header: 'x-user-groups', policy } } });
  const res = (await h.query(EVERY_KIND, { studioId: studioA, projectArn: deviceFarm.projects[0]!.arn! } as never, as('everything'))) as any;
  expect(res.errors).toBeUndefined();
  streaming = res.data.streamingSessions.edges.map((e: { node: Found }) => e.node);
  remote = res.data.remoteAccessSessions.edges[0].node;
  dev = res.data.codeCatalystSpaces.flatMap((s: any) => s.devEnvironments).flatMap((d: any) => d.sessions.edges)[0].node;
  expect([streaming.length, remote.__typename, dev.__typename]).toEqual([2, 'RemoteAccessSession', 'DevEnvironmentSession']);
});
beforeEach(() => {
  h.emulator.clearFaults();
  h.emulator.clearRequests();
});
afterAll(async () => {
  await h.close();
  await emulator.close();
});

const nodes = (ids: string[], groups = 'everything') => h.query(NODES, { ids } as never, as(groups)) as Promise<Answer>;
const itemErrors = (res: Answer) => [...(res.errors ?? [])].map((e) => [e.path, e.extensions?.code]).sort((a, b) => Number((a[0] as number[])[1]) - Number((b[0] as number[])[1]));

describe('nodes(ids:) with an ID that fails when it is loaded', () => {
  it('a streaming session of a studio AWS does not know is null with UPSTREAM_NOT_FOUND; the sessions around it resolve', async () => {
    const unknownStudio = encode(`StreamingSession:${JSON.stringify(['stid-doesnotexist', 'st-doesnotexist'])}`);
    const res = await nodes([streaming[0]!.id, unknownStudio, streaming[1]!.id]);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ nodes: [streaming[0], null, streaming[1]] });
    expect(itemErrors(res)).toEqual([[['nodes', 1], 'UPSTREAM_NOT_FOUND']]);
  });

  it('an upstream failure of one source nulls that source’s items alone, each with its own error', async () => {
    h.emulator.addFault({ service: 'deviceFarm', fault: 'accessDenied' });
    const res = await nodes([remote.id, streaming[0]!.id, dev.id, remote.id]);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ nodes: [null, streaming[0], dev, null] });
    expect(itemErrors(res)).toEqual([
      [['nodes', 0], 'UPSTREAM_ACCESS_DENIED'],
      [['nodes', 3], 'UPSTREAM_ACCESS_DENIED'],
    ]);
    // The repeated ID is one call, not two.
    expect(h.emulator.requests.filter((r) => r.service === 'deviceFarm')).toHaveLength(1);
  });

  it('a session in a studio the policy hides is null, as if it did not exist, and the others resolve', async () => {
    const res = await nodes([streaming[0]!.id, remote.id, dev.id], 'studio-b');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ nodes: [null, remote, dev] });
    // Hidden is not looked up.
    expect(h.emulator.requests.filter((r) => r.service === 'nimble')).toHaveLength(0);
  });

  it('every item failing still answers the list, with one error per item', async () => {
    h.emulator.addFault({ service: 'nimble', fault: 'accessDenied' });
    h.emulator.addFault({ service: 'deviceFarm', fault: 'accessDenied' });
    const res = await nodes([streaming[0]!.id, remote.id, '%%%']);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ nodes: [null, null, null] });
    expect(itemErrors(res)).toEqual([
      [['nodes', 0], 'UPSTREAM_ACCESS_DENIED'],
      [['nodes', 1], 'UPSTREAM_ACCESS_DENIED'],
      [['nodes', 2], 'BAD_USER_INPUT'],
    ]);
  });

  it('node(id:) answers the same failures as its own field error', async () => {
    h.emulator.addFault({ service: 'deviceFarm', fault: 'accessDenied' });
    const query = 'query($a: ID!, $b: ID!) { node(id: $a) { id } other: node(id: $b) { id } }';
    const res = (await h.query(query, { a: remote.id, b: dev.id } as never, as('everything'))) as any;
    expect(res.data).toEqual({ node: null, other: { id: dev.id } });
    expect(res.errors.map((e: any) => [e.path, e.extensions.code])).toEqual([[['node'], 'UPSTREAM_ACCESS_DENIED']]);
  });
});

describe('nodes(ids:) with a switched-off source', () => {
  it('nulls that source’s items with SOURCE_DISABLED, without a call, and resolves the others', async () => {
    const withoutCodeCatalyst = await startHarness({ sharedEmulator: h.emulator, sources: ['deviceFarm', 'nimble'] });
    try {
      h.emulator.clearRequests();
      const res = (await withoutCodeCatalyst.query(NODES, { ids: [dev.id, streaming[0]!.id, dev.id] } as never)) as Answer;
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ nodes: [null, streaming[0], null] });
      expect(itemErrors(res)).toEqual([
        [['nodes', 0], 'SOURCE_DISABLED'],
        [['nodes', 2], 'SOURCE_DISABLED'],
      ]);
      expect(h.emulator.requests.filter((r) => r.service === 'codeCatalyst')).toHaveLength(0);
    } finally {
      await withoutCodeCatalyst.close();
    }
  });
});
