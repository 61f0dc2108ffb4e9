// @stream and @defer over HTTP: the feed's edges go out as soon as their order is certain, before
// a slow scope has answered. "Before" is read from events, not clocks: the slow studio's call is
// held in the emulator until the test has received the edges that cannot depend on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness.js';
import { openSse } from './sse.js';

const PAGE = `
  query Page($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id ... on StreamingSession { studioId } } }
    }
  }
`;

const STREAMED = `
  query Streamed($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      edges @stream(initialCount: 0) { cursor node { id ... on StreamingSession { studioId } } }
      ... @defer { pageInfo { hasNextPage endCursor } }
    }
  }
`;

interface Edge {
  cursor: string;
  node: { id: string; studioId?: string };
}
interface PageData {
  sessions: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Edge[] };
}
interface Incremental {
  items?: Edge[];
  data?: { pageInfo?: PageData['sessions']['pageInfo'] };
}

describe('@stream on the feed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('sends the edges that cannot depend on a held studio before its call answers, then the rest, in the same order with the same cursors', async () => {
    const first = (await h.query<PageData, never>(PAGE, { first: 5 } as never)).data!.sessions;
    const variables = { first: 20, after: first.pageInfo.endCursor };
    const expected = (await h.query<PageData, never>(PAGE, variables as never)).data!.sessions;
    // The slow studio: one whose first session on this page has sessions of other studios before it.
    const studios = expected.edges.map((e) => e.node.studioId);
    const at = studios.findIndex((studio, i) => studio !== undefined && i >= 2 && !studios.slice(0, i).includes(studio));
    expect(at, 'a studio first seen after two other sessions').toBeGreaterThanOrEqual(2);
    const slow = studios[at]!;

    h.emulator.clearRequests();
    const hold = h.emulator.hold({ service: 'nimble', operation: 'ListStreamingSessions', params: { studioId: slow } });
    const stream = await openSse(h.url, STREAMED, variables);
    expect(stream.status).toBe(200);
    const initial = (await stream.next()) as { data: { sessions: { edges: Edge[] } }; hasNext: boolean };
    expect(initial.data.sessions.edges).toEqual([]);
    expect(initial.hasNext).toBe(true);

    const received: Edge[] = [];
    let pageInfo: PageData['sessions']['pageInfo'] | undefined;
    const read = async () => {
      const payload = (await stream.next()) as { incremental?: Incremental[] } | undefined;
      for (const part of payload?.incremental ?? []) {
        received.push(...(part.items ?? []));
        pageInfo ??= part.data?.pageInfo;
      }
      return payload;
    };
    while (received.length < at) await read();
    // Every edge ahead of the slow studio's arrived while its call was still held (a held call
    // is logged only when it ends), and none of the slow studio's.
    await hold.arrived;
    const slowCalls = () => h.emulator.requests.filter((r) => r.operation === 'ListStreamingSessions' && r.params.studioId === slow);
    expect(slowCalls()).toEqual([]);
    expect(received.map((e) => e.node.id)).toEqual(expected.edges.slice(0, at).map((e) => e.node.id));

    hold.release();
    while ((await read()) !== undefined);
    expect(slowCalls()).toHaveLength(1);
    expect(received).toEqual(expected.edges);
    expect(pageInfo).toEqual(expected.pageInfo);
    await stream.close();
  });
});

describe('@defer on a navigation field', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('paints the sessions while their launch profiles are still being fetched', async () => {
    const query = `
      {
        sessions(first: 5, filter: { kinds: [STREAMING] }) {
          edges { node { id ... on StreamingSession { launchProfileId ... @defer { launchProfile { launchProfileId name } } } } }
        }
      }
    `;
    const hold = h.emulator.hold({ service: 'nimble', operation: 'GetLaunchProfile' });
    const stream = await openSse(h.url, query);
    const initial = (await stream.next()) as { data: { sessions: { edges: Array<{ node: { id: string; launchProfileId: string; launchProfile?: unknown } }> } }; hasNext: boolean };
    const nodes = initial.data.sessions.edges.map((e) => e.node);
    expect(nodes).toHaveLength(5);
    expect(nodes.every((n) => n.launchProfile === undefined)).toBe(true);
    expect(initial.hasNext).toBe(true);
    // The profiles were asked for, and none has answered yet: the sessions went out first.
    await hold.arrived;
    expect(h.emulator.requests.filter((r) => r.operation === 'GetLaunchProfile')).toEqual([]);

    hold.release();
    const profiles = new Map<string, string>();
    for (let payload = await stream.next(); payload; payload = await stream.next()) {
      for (const part of (payload.incremental ?? []) as Array<{ path: Array<string | number>; data: { launchProfile: { launchProfileId: string } } }>) {
        profiles.set(nodes[part.path[2] as number]!.id, part.data.launchProfile.launchProfileId);
      }
    }
    expect([...profiles.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
    for (const node of nodes) expect(profiles.get(node.id)).toBe(node.launchProfileId);
    await stream.close();
  });
});
