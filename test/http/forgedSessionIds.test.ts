// Forged session IDs over HTTP: well-formed base64 of the right type and part count, but with a
// part AWS would refuse (a space name of one letter, a studio ID of 5000 characters, a session ID
// with a comma). Every entry point that takes a global ID (`node`, `nodes`, `_entities`, the stop
// mutations) answers BAD_USER_INPUT before any upstream call, and never echoes the long input to
// the client or the log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/sources/registry.js';
import { captureLogs, type CapturedLogger } from '../support/ops.js';
import { startHarness, type Harness } from '../support/harness.js';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

const gid = (type: string, parts: string[]) => Buffer.from(`${type}:${JSON.stringify(parts)}`, 'utf8').toString('base64');
const LONG = 'a'.repeat(5000);
const DEV_ENV = '11111111-2222-4333-8444-555555555555';

/** [what is wrong, type, local ID parts]. */
const FORGED: Array<[string, string, string[]]> = [
  ['a 5000-character studio ID', 'StreamingSession', [LONG, 'st-1']],
  ['a 5000-character session ID', 'StreamingSession', ['stid-1', LONG]],
  ['a studio ID with a control character', 'StreamingSession', ['stid-\u0007', 'st-1']],
  ['a studio ID with surrounding spaces', 'StreamingSession', [' stid-1', 'st-1']],
  ['a session ID with a comma (two IDs in the sessionIds filter)', 'StreamingSession', ['stid-1', 'st-1,st-2']],
  ['one-letter names and IDs', 'DevEnvironmentSession', ['a', 'b', 'c', 'd']],
  ['a 5000-character space name', 'DevEnvironmentSession', [LONG, 'project', DEV_ENV, 'session']],
  ['a project name with a slash', 'DevEnvironmentSession', ['space', 'pro/ject', DEV_ENV, 'session']],
  ['a dev environment ID that is not a UUID', 'DevEnvironmentSession', ['space', 'project', 'not-a-uuid', 'session']],
  ['a 5000-character session ID', 'DevEnvironmentSession', ['space', 'project', DEV_ENV, LONG]],
  ['a session ID with a control character', 'DevEnvironmentSession', ['space', 'project', DEV_ENV, 'ses\nsion']],
  ['a region that is not one', 'ManagedInstanceSession', ['a', 'user-0123456789abcdef0']],
  ['a 5000-character region', 'ManagedInstanceSession', [LONG, 'user-0123456789abcdef0']],
  ['a 5000-character session ID', 'ManagedInstanceSession', ['us-east-1', LONG]],
  ['a session ID with a control character', 'ManagedInstanceSession', ['us-east-1', 'user-\u0000']],
];

const message = (type: string) => `The ID is not a valid ${type} ID; use the \`id\` of a ${type} this gateway returned.`;
const STOP = (field: string) => `mutation($id: ID!) { ${field}(input: { id: $id }) { stoppedSessionId } }`;

let h: Harness;
let logs: CapturedLogger;
let valid: { __typename: string; id: string };
beforeAll(async () => {
  logs = await captureLogs();
  h = await startHarness({ sources: [...SOURCES], ops: { logger: logs.logger } });
  const studio = h.emulator.data.nimble.studios.find((s) => h.emulator.data.nimble.streamingSessions(s.studioId!).length > 0)!;
  const res = (await h.query('query($s: String!) { streamingSessions(studioId: $s, first: 1) { edges { node { __typename id } } } }', { s: studio.studioId! } as never)) as any;
  valid = res.data.streamingSessions.edges[0].node;
});
beforeEach(() => h.emulator.clearRequests());
afterAll(() => h.close());

const send = (query: string, variables: Record<string, unknown>) => h.query(query, variables as never) as Promise<Answer>;

describe.each(FORGED)('a %s ID with %s', (_what, type, parts) => {
  const id = gid(type, parts);
  const expectRefused = (res: Answer, path: Array<string | number>) => {
    expect(res.status).toBe(200);
    expect(res.errors!.map((e) => [e.path, e.extensions?.code, e.message])).toEqual([[path, 'BAD_USER_INPUT', message(type)]]);
  };

  it('is BAD_USER_INPUT in node, nodes (that item alone) and _entities, with no upstream call', async () => {
    const node = await send('query($id: ID!) { node(id: $id) { id } }', { id });
    expectRefused(node, ['node']);
    expect(node.data).toEqual({ node: null });
    const entities = await send('query($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id } } }', { r: [{ __typename: type, id }] });
    expectRefused(entities, ['_entities', 0]);
    expect(entities.data).toEqual({ _entities: [null] });
    expect(h.emulator.requests).toEqual([]);

    const nodes = await send('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [valid.id, id] });
    expectRefused(nodes, ['nodes', 1]);
    expect(nodes.data).toEqual({ nodes: [valid, null] });
  });

  it('is BAD_USER_INPUT in its stop mutation and in stopSession, with no upstream call', async () => {
    for (const field of [`stop${type}`, 'stopSession']) {
      const res = await send(STOP(field), { id });
      expectRefused(res, [field]);
      expect(res.data).toEqual({ [field]: null });
    }
    expect(h.emulator.requests).toEqual([]);
  });
});

it('never writes a forged ID’s long part to the log', async () => {
  const before = logs.lines.length;
  for (const [, type, parts] of FORGED.filter(([, , p]) => p.includes(LONG))) {
    const id = gid(type, parts);
    await send('query($id: ID!) { node(id: $id) { id } }', { id });
    await send(STOP('stopSession'), { id });
  }
  const lines = logs.lines.slice(before);
  expect(lines.filter((line) => line.event === 'request')).toHaveLength(2 * FORGED.filter(([, , p]) => p.includes(LONG)).length);
  expect(lines.filter((line) => line.event === 'upstream_error')).toEqual([]);
  expect(JSON.stringify(lines)).not.toContain('a'.repeat(100));
});
