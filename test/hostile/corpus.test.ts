import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SECURITY } from '../../src/config.js';
import { startHarness, type Harness } from '../support/harness.js';
import { corpus, type Fixtures, type HostileRequest } from './corpus.js';

// Every hostile request of the corpus over HTTP against the whole gateway: its status and code,
// nothing sent upstream, and nothing internal, echoed or forged in the response or the log.

let h: Harness;
let fixtures: Fixtures;
const logged: string[] = [];

async function send(url: string, { method = 'POST', search = '', headers = {}, body }: HostileRequest) {
  const response = await fetch(url + search, {
    method,
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), accept: 'application/graphql-response+json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  h = await startHarness();
  // The gateway's log, as an operator's terminal would show it.
  for (const level of ['debug', 'info', 'log', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  const projectArn = h.emulator.data.deviceFarm.projects[0]!.arn!;
  const feed = await h.query('{ sessions(first: 2) { pageInfo { endCursor } } }');
  const api = await h.query(`{ remoteAccessSessions(projectArn: "${projectArn}", first: 2) { pageInfo { endCursor } } }`);
  type Page<K extends string> = Record<K, { pageInfo: { endCursor: string } }>;
  fixtures = {
    projectArn,
    studioId: h.emulator.data.nimble.studios[0]!.studioId!,
    feedCursor: (feed.data as Page<'sessions'>).sessions.pageInfo.endCursor,
    apiCursor: (api.data as Page<'remoteAccessSessions'>).remoteAccessSessions.pageInfo.endCursor,
  };
});

afterAll(async () => {
  vi.restoreAllMocks();
  await h?.close();
});

describe('the hostile corpus', () => {
  it('holds at least 60 requests, each named once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus)('$name: $status $code, before any upstream call', async (c) => {
    h.emulator.clearRequests();
    const { status, text } = await send(h.url, c.request(fixtures));
    const body = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    const [error] = body.errors ?? [];
    expect({ status, code: error?.extensions?.code }).toEqual({ status: c.status, code: c.code });
    if (c.message) expect(error!.message).toMatch(c.message);
    if (c.extensions) expect(error!.extensions).toMatchObject(c.extensions);
    expect(h.emulator.requests).toEqual([]);
    // Nothing echoed at length, nothing internal, no raw control character in a message.
    expect(text.length).toBeLessThan(4096);
    expect(text).not.toMatch(/originalError|stack|SyntaxError|TypeError|RangeError|ReferenceError|at .*\.ts:\d+/);
    for (const e of body.errors ?? []) expect(e.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('answers a body of exactly MAX_REQUEST_BYTES, streamed or with a length, and refuses one byte more', async () => {
    const limit = DEFAULT_SECURITY.maxRequestBytes;
    // Valid JSON padded with trailing spaces to the byte.
    const padded = (bytes: number) => {
      const query = JSON.stringify({ query: '{ __typename }' });
      return query + ' '.repeat(bytes - query.length);
    };
    const streamed = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          controller.enqueue(bytes.subarray(at, (at += 64 * 1024)));
        },
      });
    };
    const answers = [];
    for (const body of [padded(limit), streamed(padded(limit)), padded(limit + 1), streamed(padded(limit + 1))]) {
      const { status, text } = await send(h.url, { body });
      answers.push({ status, code: (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code });
    }
    expect(answers).toEqual([
      { status: 200, code: undefined },
      { status: 200, code: undefined },
      { status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
      { status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
    ]);
  });

  it('forged no line in the log', () => {
    const output = logged.join('\n');
    expect(output).not.toContain('\n[ERROR] forged');
    expect(output).not.toContain('\u001b[31mred');
  });
});
