// Auth, unknown operations, error shapes and percent-decoding, over raw HTTP: the emulator's
// own answers, as an SDK-less client sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ sessionsPerKind: 20 });
});
afterAll(async () => {
  await emulator.close();
});

const sigv4 = (service: string) => `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261101/us-west-2/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(`${emulator.url}${path}`, { method: init.method ?? 'GET', headers: init.headers, body: init.body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const deviceFarm = (operation: string, body: unknown, authorization?: string) =>
  call('/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `DeviceFarm_20150623.${operation}`, ...(authorization !== undefined && { authorization }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function expectError(result: Awaited<ReturnType<typeof call>>, status: number, type: string) {
  expect(result.status).toBe(status);
  expect(result.headers.get('x-amzn-errortype')).toBe(type);
  expect(result.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  expect(result.body).toMatchObject({ __type: type, message: expect.any(String) });
}

describe('authorization', () => {
  it('accepts a SigV4-shaped header for Device Farm and rejects missing, malformed or mis-scoped ones (400, coral)', async () => {
    const ok = await deviceFarm('ListProjects', {}, sigv4('devicefarm'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(typeof (ok.body.projects as { created: unknown }[])[0]?.created).toBe('number');
    expectError(await deviceFarm('ListProjects', {}), 400, 'MissingAuthenticationTokenException');
    expectError(await deviceFarm('ListProjects', {}, 'Basic dXNlcjpwYXNz'), 400, 'IncompleteSignatureException');
    expectError(await deviceFarm('ListProjects', {}, 'AWS4-HMAC-SHA256 Credential=AKID/2026/us-west-2/devicefarm'), 400, 'IncompleteSignatureException');
    expectError(await deviceFarm('ListProjects', {}, sigv4('nimble')), 400, 'InvalidSignatureException');
  });

  it('rejects Nimble requests without a proper SigV4 header with 403s', async () => {
    const ok = await call('/2020-08-01/studios', { headers: { authorization: sigv4('nimble') } });
    expect(ok.status).toBe(200);
    expect(typeof (ok.body.studios as { createdAt: unknown }[])[0]?.createdAt).toBe('string');
    expectError(await call('/2020-08-01/studios'), 403, 'MissingAuthenticationTokenException');
    expectError(await call('/2020-08-01/studios', { headers: { authorization: 'Bearer abc' } }), 403, 'IncompleteSignatureException');
    expectError(await call('/2020-08-01/studios', { headers: { authorization: sigv4('devicefarm') } }), 403, 'InvalidSignatureException');
  });

  it('rejects CodeCatalyst requests without a bearer token with AccessDeniedException (403)', async () => {
    const ok = await call('/v1/spaces', { method: 'POST', headers: { authorization: 'Bearer test-pat' }, body: '{}' });
    expect(ok.status).toBe(200);
    expectError(await call('/v1/spaces', { method: 'POST', body: '{}' }), 403, 'AccessDeniedException');
    expectError(await call('/v1/spaces', { method: 'POST', headers: { authorization: 'Bearer' }, body: '{}' }), 403, 'AccessDeniedException');
    expectError(await call('/v1/spaces', { method: 'POST', headers: { authorization: sigv4('codecatalyst') }, body: '{}' }), 403, 'AccessDeniedException');
  });
});

describe('unknown operations and malformed requests', () => {
  it('answers each protocol with its own unknown-operation error', async () => {
    expectError(await deviceFarm('ListRuns', {}, sigv4('devicefarm')), 400, 'UnknownOperationException');
    expectError(await call('/', { method: 'POST', headers: { 'x-amz-target': 'Other_2020.ListProjects', authorization: sigv4('devicefarm') }, body: '{}' }), 400, 'UnknownOperationException');
    expectError(await call('/2020-08-01/studios/x/studio-components', { headers: { authorization: sigv4('nimble') } }), 404, 'UnknownOperationException');
    expectError(await call('/v1/spaces', { headers: { authorization: 'Bearer t' } }), 404, 'UnknownOperationException');
    expectError(await call('/nowhere', { headers: { authorization: 'Bearer t' } }), 404, 'UnknownOperationException');
  });

  it('rejects a body that is not a JSON object with SerializationException', async () => {
    expectError(await deviceFarm('ListProjects', '{"arn":', sigv4('devicefarm')), 400, 'SerializationException');
    expectError(await call('/v1/spaces', { method: 'POST', headers: { authorization: 'Bearer t' }, body: '[1]' }), 400, 'SerializationException');
  });

  it('sends Nimble errors with the header, __type, message, a detailed code and context', async () => {
    const result = await call('/2020-08-01/studios/stid-nope/launch-profiles', { headers: { authorization: sigv4('nimble') } });
    expectError(result, 404, 'ResourceNotFoundException');
    expect(result.body).toMatchObject({ code: 'STUDIO_NOT_FOUND', context: { studioId: 'stid-nope' } });
    const incomplete = await call('/2020-08-01/studios?x=1', { headers: { authorization: 'AWS4-HMAC-SHA256 nothing' } });
    expect(incomplete.body).toMatchObject({ __type: 'IncompleteSignatureException', code: 'INCOMPLETE_SIGNATURE', context: {} });
  });

  it('decodes percent-encoded path labels', async () => {
    const studio = emulator.data.nimble.studios.find((s) => emulator.data.nimble.launchProfiles(s.studioId as string).length > 0);
    const encoded = [...(studio?.studioId as string)].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    const result = await call(`/2020-08-01/studios/${encoded}/launch-profiles?maxResults=2`, { headers: { authorization: sigv4('nimble') } });
    expect(result.status).toBe(200);
    expect(result.body.launchProfiles).toHaveLength(2);
    expect(emulator.requests.at(-1)?.params).toEqual({ studioId: studio?.studioId, maxResults: '2' });
  });

  it('keeps the endpoint path prefix working for every service', async () => {
    expect((await call('/prefix/2020-08-01/studios', { headers: { authorization: sigv4('nimble') } })).status).toBe(200);
    expect((await call('/prefix/v1/spaces', { method: 'POST', headers: { authorization: 'Bearer t' }, body: '{}' })).status).toBe(200);
    expect((await call('/prefix/', { method: 'POST', headers: { 'x-amz-target': 'DeviceFarm_20150623.ListProjects', authorization: sigv4('devicefarm') }, body: '{}' })).status).toBe(200);
  });
});
