// Malformed GraphQL parameters over HTTP, against the whole gateway with its response cache on:
// each is answered with a coded 400 and one request log line, never a 500, an `unexpected_error`
// line or a wait for the next identical request (src/graph/security/params.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureLogs, type CapturedLogger } from '../support/ops.js';
import { startHarness, type Harness } from '../support/harness.js';

const QUERY = '{ sessions(first: 2) { edges { node { id } } } }';
const TTL = 5_000;
let now = Date.UTC(2026, 10, 30, 12);
let h: Harness;
let logs: CapturedLogger;

beforeAll(async () => {
  logs = await captureLogs();
  // A deadline short enough that a request left waiting on a dead flight would still answer
  // (and fail the event counts below) rather than time the test out.
  h = await startHarness({ cacheTtlMs: TTL, clock: () => now, discoveryTtlMs: 24 * 3_600_000, requestDeadlineMs: 5_000, ops: { logger: logs.logger } });
  await h.query(QUERY, undefined, { 'cache-control': 'no-cache' }); // discovery out of the way
});
beforeEach(() => {
  now += 10 * TTL; // past every stored response
  h.emulator.clearRequests();
});
afterAll(() => h.close());

let sent = 0;
async function send(init: { body?: unknown; search?: string }) {
  const requestId = `params-${++sent}`;
  const headers: Record<string, string> = { accept: 'application/graphql-response+json', 'x-request-id': requestId, 'x-graphql-yoga-csrf': '1' };
  const response = init.search
    ? await fetch(`${h.url}?${init.search}`, { headers })
    : await fetch(h.url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(init.body) });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: any; errors?: any[] }, requestId };
}

async function cacheEvents(): Promise<Record<string, number>> {
  const metric = await h.ops.telemetry.registry.getSingleMetric('gateway_response_cache_events_total')?.get();
  return Object.fromEntries((metric?.values ?? []).map((v) => [String(v.labels.event), v.value]));
}

/** The answer is a coded 400 with no internal detail, and the log has its one line and no fault. */
function expectRefused(res: Awaited<ReturnType<typeof send>>, code: string, message: RegExp) {
  expect(res.status).toBe(400);
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
  expect(res.text).not.toMatch(/SyntaxError|TypeError|RangeError|stack|\.ts:\d|Unexpected error/);
  expect(logs.lines.filter((line) => line.requestId === res.requestId && line.event === 'request')).toEqual([expect.objectContaining({ status: 400 })]);
  expect(logs.lines.filter((line) => line.event === 'unexpected_error')).toEqual([]);
}

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('malformed parameters', () => {
  it('leave nothing in the response cache for the next identical request to wait on', async () => {
    const before = await cacheEvents();
    expectRefused(await send({ body: { query: QUERY, extensions: 'x' } }), 'BAD_REQUEST', /`extensions` must be an object, not a string/);
    expect(h.emulator.requests).toHaveLength(0);

    const normal = await send({ body: { query: QUERY } });
    expect(normal.status).toBe(200);
    expect(normal.body.errors).toBeUndefined();
    expect(normal.body.data.sessions.edges).toHaveLength(2);
    // It led its own computation: the refused request never opened one in the cache.
    expect(h.emulator.requests.length).toBeGreaterThan(0);
    const after = await cacheEvents();
    expect((after.miss ?? 0) - (before.miss ?? 0)).toBe(1);
    expect((after.coalesced ?? 0) - (before.coalesced ?? 0)).toBe(0);
  });

  it.each([
    ['a number as operationName', { query: '{ __typename }', operationName: 5 }, /`operationName` must be a string .*, not a number/],
    ['an object as operationName', { query: '{ __typename }', operationName: { a: 1 } }, /`operationName` must be a string .*, not an object/],
    ['a number as query', { query: 5 }, /`query` must be a string .*, not a number/],
    ['an object as query', { query: { a: 1 } }, /`query` must be a string .*, not an object/],
    ['a string as variables', { query: '{ __typename }', variables: 'x' }, /`variables` must be an object .*, not a string/],
    ['an array as variables', { query: '{ __typename }', variables: [1] }, /`variables` must be an object .*, not an array/],
  ])('answer %s with 400 BAD_REQUEST', async (_what, body, message) => {
    expectRefused(await send({ body }), 'BAD_REQUEST', message);
  });

  it('answer variables nested past 32 deep with BAD_USER_INPUT before any upstream call; 32 deep passes', async () => {
    const query = 'query ($v: String) { sessions(first: 1) { edges { node { id } } } }';
    for (const depth of [33, 3_000]) {
      const res = await send({ body: { query, variables: { v: nested(depth) } } });
      expectRefused(res, 'BAD_USER_INPUT', /nest objects or lists more than 32 deep; flatten them/);
    }
    expect(h.emulator.requests).toHaveLength(0);
    // Within the bound, the variables reach GraphQL, which judges their type.
    const within = await send({ body: { query: '{ __typename }', variables: { v: nested(32) } } });
    expect(within.body).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['variables', 'query=%7B__typename%7D&variables=%7Bbad'],
    ['extensions', 'query=%7B__typename%7D&extensions=%7Bbad'],
  ])('answer a GET whose %s is not JSON with 400 BAD_REQUEST naming it', async (name, search) => {
    expectRefused(await send({ search }), 'BAD_REQUEST', new RegExp(`^\`${name}\` is not valid JSON`));
  });

  it('leave a GET with JSON parameters working', async () => {
    const res = await send({ search: `query=${encodeURIComponent('query ($v: Boolean!) { __typename @include(if: $v) }')}&variables=${encodeURIComponent('{"v":true}')}&extensions=%7B%7D` });
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });
});
