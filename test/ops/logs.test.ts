// One structured line per request, and the request ID that finds it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/graphiqlQuery.js';
import { captureLogs, type CapturedLogger } from '../support/ops.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
let logs: CapturedLogger;
beforeAll(async () => {
  logs = await captureLogs();
  h = await startHarness({ ops: { logger: logs.logger } });
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

const requestLine = (requestId: string) => {
  const found = logs.lines.filter((line) => line.event === 'request' && line.requestId === requestId);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the request log', () => {
  it('writes one line per request with operation, status, duration and the upstream calls it made', async () => {
    h.emulator.clearRequests();
    const { response, body } = await post({ query: defaultQuery, operationName: 'NewestSessions' }, { 'x-request-id': 'support-case-4711' });
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe('support-case-4711');
    expect(requestLine('support-case-4711')).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'NewestSessions',
      operationType: 'query',
      outcome: 'ok',
      errorCodes: [],
      failedSources: [],
      durationMs: expect.any(Number),
      upstream: { calls: h.emulator.requests.length, retries: 0, cacheHits: 0 },
    });
    expect(h.emulator.requests.length).toBeGreaterThan(10);
  });

  it('names the failing source, counts retries, and writes the upstream failure as a structured warning', async () => {
    h.emulator.clearRequests();
    h.emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'throttle' });
    const { response, body } = await post({ query: defaultQuery });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors.map((e: any) => e.extensions)).toEqual([expect.objectContaining({ code: 'UPSTREAM_THROTTLED', source: 'nimble', requestId })]);
    const nimbleCalls = h.emulator.requests.filter((r) => r.operation === 'ListStreamingSessions').length;
    expect(requestLine(requestId)).toMatchObject({
      outcome: 'partial',
      errorCodes: ['UPSTREAM_THROTTLED'],
      failedSources: ['nimble'],
      // Every streaming-session call was tried three times: two of each three are retries.
      upstream: { calls: h.emulator.requests.length, retries: (nimbleCalls / 3) * 2 },
    });
    const warnings = logs.lines.filter((line) => line.event === 'upstream_error' && line.requestId === requestId);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ level: 40, code: 'UPSTREAM_THROTTLED', source: 'nimble', awsError: 'ThrottlingException' });
  });

  it('puts the request ID in every error, also for a request that never executes', async () => {
    const { response, body } = await post({ query: '{ sessions(first: 1) { nope } }' }, { 'x-request-id': 'bad-query-1' });
    expect(response.status).toBe(400);
    expect(body.errors.map((e: any) => e.extensions.requestId)).toEqual(['bad-query-1']);
    expect(requestLine('bad-query-1')).toMatchObject({ status: 400, outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    // Yoga caches validation results: the next request must carry its own ID, not this one.
    const again = await post({ query: '{ sessions(first: 1) { nope } }' }, { 'x-request-id': 'bad-query-2' });
    expect(again.body.errors[0].extensions.requestId).toBe('bad-query-2');
  });

  it('replaces a request ID that is not a plain token', async () => {
    const { response } = await post({ query: '{ __typename }' }, { 'x-request-id': 'x'.repeat(200) });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes the query text, variables or tokens', async () => {
    const secret = 'c2VjcmV0LXRva2VuLXZhbHVl';
    await post(
      { query: 'query Page($after: String) { sessions(first: 1, after: $after) { edges { cursor } } }', variables: { after: secret } },
      { authorization: `Bearer ${secret}`, 'x-request-id': 'secret-test' },
    );
    expect(requestLine('secret-test')).toMatchObject({ operation: 'Page', outcome: 'error', errorCodes: ['BAD_USER_INPUT'] });
    expect(logs.text()).not.toContain(secret);
    expect(logs.text()).not.toContain('sessions(first');
  });
});
