// Compressed request bodies (Content-Encoding) over HTTP: bounded by MAX_REQUEST_BYTES once
// decoded, coded when broken, logged with their request ID like any other request; and the
// media-type refusals (415, 406) answered as coded GraphQL errors.
import { request } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY } from '../../src/config.js';
import { captureLogs, type CapturedLogger } from '../support/ops.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
let logs: CapturedLogger;
beforeAll(async () => {
  logs = await captureLogs();
  h = await startHarness({ ops: { logger: logs.logger } });
});
afterAll(() => h.close());

const LIMIT = DEFAULT_SECURITY.maxRequestBytes;
const ENCODE: Record<string, (body: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

/** Bytes sent as they are (fetch would not send a body it did not encode), with or without a length. */
function send(body: Buffer, headers: Record<string, string>, { chunked = false } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const all = { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers, ...(chunked ? {} : { 'content-length': String(body.length) }) };
    const req = request(h.url, { method: 'POST', headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode!, headers: res.headers, text, body: text ? JSON.parse(text) : undefined });
      });
    });
    // A refused body may be left unread: the gateway answers and closes.
    req.on('error', reject);
    if (chunked) {
      for (let at = 0; at < body.length; at += 16 * 1024) req.write(body.subarray(at, at + 16 * 1024));
      req.end();
    } else req.end(body);
  });
}

/** A valid GraphQL JSON body of exactly `bytes` bytes (the query padded with trailing spaces). */
function jsonOf(bytes: number): Buffer {
  const query = JSON.stringify({ query: '{ __typename }' });
  return Buffer.from(query + ' '.repeat(bytes - query.length));
}

const requestLine = (requestId: string) => logs.lines.filter((line) => line.event === 'request' && line.requestId === requestId);

describe('compressed request bodies', () => {
  it.each(Object.keys(ENCODE))('answers a %s body, with its request ID in the header and the log', async (encoding) => {
    const requestId = `${encoding}-test-1`;
    const answer = await send(ENCODE[encoding]!(jsonOf(100)), { 'content-encoding': encoding, 'x-request-id': requestId });
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    expect(answer.headers['x-request-id']).toBe(requestId);
    expect(requestLine(requestId)).toEqual([expect.objectContaining({ status: 200, method: 'POST', outcome: 'ok' })]);
  });

  it('decodes every encoding a header lists, the last applied first', async () => {
    const body = gzipSync(deflateSync(jsonOf(100)));
    const answer = await send(body, { 'content-encoding': 'deflate, gzip' });
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it.each(Object.keys(ENCODE))('counts a %s body once decoded: MAX_REQUEST_BYTES passes, one byte more is 413', async (encoding) => {
    const answers = [];
    for (const bytes of [LIMIT, LIMIT + 1]) {
      const compressed = ENCODE[encoding]!(jsonOf(bytes));
      expect(compressed.length).toBeLessThan(LIMIT / 10);
      const answer = await send(compressed, { 'content-encoding': encoding });
      answers.push({ status: answer.status, code: answer.body?.errors?.[0]?.extensions?.code });
    }
    expect(answers).toEqual([
      { status: 200, code: undefined },
      { status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
    ]);
  });

  it.each([false, true])('refuses a small gzip body that inflates to 20 MB (chunked: %s) with 413, its request ID and a closed connection', async (chunked) => {
    const bomb = gzipSync(jsonOf(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(LIMIT / 10);
    const answer = await send(bomb, { 'content-encoding': 'gzip', 'x-request-id': `gzip-bomb-${chunked}` }, { chunked });
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(answer.headers['x-request-id']).toBe(`gzip-bomb-${chunked}`);
    expect(answer.body?.errors).toEqual([
      { message: expect.stringMatching(/larger than the 262144 bytes .*MAX_REQUEST_BYTES/), extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', requestId: `gzip-bomb-${chunked}` } },
    ]);
    expect(requestLine(`gzip-bomb-${chunked}`)).toEqual([expect.objectContaining({ status: 413 })]);
  });

  it.each(Object.keys(ENCODE))('answers a corrupt %s body with a coded 400 and its request ID', async (encoding) => {
    const valid = ENCODE[encoding]!(jsonOf(2000));
    const corrupt = Buffer.concat([valid.subarray(0, 10), Buffer.alloc(40, 0xff), valid.subarray(50)]);
    const requestId = `corrupt-${encoding}`;
    const answer = await send(corrupt, { 'content-encoding': encoding, 'x-request-id': requestId });
    expect(answer.status).toBe(400);
    expect(answer.headers['x-request-id']).toBe(requestId);
    expect(answer.body?.errors).toEqual([
      { message: expect.stringMatching(new RegExp(`not valid ${encoding}.*Content-Encoding`)), extensions: { code: 'BAD_REQUEST', requestId } },
    ]);
    expect(answer.text).not.toMatch(/Z_DATA_ERROR|zlib|incorrect header|originalError/i);
    expect(requestLine(requestId)).toEqual([expect.objectContaining({ status: 400 })]);
  });

  it('refuses an encoding it cannot decode with a coded 415 that quotes at most 64 characters of the header', async () => {
    const short = await send(jsonOf(100), { 'content-encoding': 'compress', 'x-request-id': 'compress-1' });
    expect(short.status).toBe(415);
    expect(short.body?.errors).toEqual([
      { message: expect.stringMatching(/"compress".*gzip, deflate or br/), extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', requestId: 'compress-1' } },
    ]);
    const header = `gzip, ${'x'.repeat(10_000)}`;
    const long = await send(jsonOf(100), { 'content-encoding': header });
    expect(long.status).toBe(415);
    expect(long.body?.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(long.body?.errors?.[0]?.message).toMatch(/a value of 10006 characters/);
    expect(long.text).not.toContain('x'.repeat(65));
  });
});

describe('media-type refusals', () => {
  it('answers a body that is not JSON with a coded 415 and its request ID', async () => {
    const answer = await send(Buffer.from('<query>{ __typename }</query>'), { 'content-type': 'application/xml', 'x-request-id': 'xml-1' });
    expect(answer.status).toBe(415);
    expect(answer.headers['content-type']).toMatch(/json/);
    expect(answer.body?.errors).toEqual([
      { message: expect.stringMatching(/application\/json/), extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', requestId: 'xml-1' } },
    ]);
    expect(requestLine('xml-1')).toEqual([expect.objectContaining({ status: 415 })]);
  });

  it('answers a subscription asked for as JSON only with a coded 406 naming text/event-stream', async () => {
    const body = Buffer.from(JSON.stringify({ query: 'subscription { sessionEvents { id type } }' }));
    const answer = await send(body, { accept: 'application/json', 'x-request-id': 'subscription-json' });
    expect(answer.status).toBe(406);
    expect(answer.headers['content-type']).toMatch(/json/);
    expect(answer.body?.errors).toEqual([
      { message: expect.stringMatching(/text\/event-stream/), extensions: { code: 'NOT_ACCEPTABLE', requestId: 'subscription-json' } },
    ]);
    expect(requestLine('subscription-json')).toEqual([expect.objectContaining({ status: 406, outcome: 'error', errorCodes: ['NOT_ACCEPTABLE'] })]);
  });

  it('answers a @defer query asked for as JSON only with a coded 406 naming the streamed types', async () => {
    const body = Buffer.from(JSON.stringify({ query: '{ __typename ... @defer { __typename } }' }));
    const answer = await send(body, { accept: 'application/json', 'x-request-id': 'defer-json' });
    expect(answer.status).toBe(406);
    expect(answer.headers.accept).toBe('text/event-stream, multipart/mixed');
    expect(answer.body?.errors).toEqual([
      { message: expect.stringMatching(/@defer.*text\/event-stream or multipart\/mixed/), extensions: { code: 'NOT_ACCEPTABLE', requestId: 'defer-json' } },
    ]);
  });

  // Refused before the operation runs: a feed query makes an upstream call per scope otherwise.
  const FEED = '{ sessions(first: 5) { edges { node { id } } } }';
  it.each([
    ['no answerable type', 'application/xml', FEED, 'xml-feed'],
    ['JSON only for @defer', 'application/json', `{ ... @defer { sessions(first: 5) { edges { node { id } } } } }`, 'defer-feed'],
  ])('refuses a feed query whose Accept has %s with a 406 before any upstream call', async (_, accept, query, requestId) => {
    h.emulator.clearRequests();
    const answer = await send(Buffer.from(JSON.stringify({ query })), { accept, 'x-request-id': requestId });
    expect(answer.status).toBe(406);
    expect(answer.body?.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ACCEPTABLE']);
    expect(h.emulator.requests).toEqual([]);
    // The same query with an Accept it can answer does read upstream: the count above could fail.
    const streamed = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query }) });
    expect(streamed.status).toBe(200);
    await streamed.text();
    expect(h.emulator.requests.length).toBeGreaterThan(0);
  });

  it('answers a query whose Accept names no type it can send with a coded 406', async () => {
    const answer = await send(jsonOf(100), { accept: 'image/png', 'x-request-id': 'png-1' });
    expect(answer.status).toBe(406);
    expect(answer.body?.errors).toEqual([
      { message: expect.stringMatching(/application\/json/), extensions: { code: 'NOT_ACCEPTABLE', requestId: 'png-1' } },
    ]);
  });
});
