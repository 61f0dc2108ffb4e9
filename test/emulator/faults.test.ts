// What a hostile network does (reset, html, truncated, wrongShape, slow) and probabilistic rules,
// recorded as the real SDK clients of every service see them: the gateway maps these.
import { GetProjectCommand, ListProjectsCommand, ListRemoteAccessSessionsCommand } from '@aws-sdk/client-device-farm';
import { GetStreamingSessionCommand, ListStudiosCommand } from '@aws-sdk/client-nimble';
import { GetDevEnvironmentCommand, ListSpacesCommand } from '@aws-sdk/client-codecatalyst';
import { DescribeSessionsCommand, SSMClient } from '@aws-sdk/client-ssm';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type FaultRule, type ServiceName } from '../../src/emulator/index.js';
import { Knobs } from '../../src/emulator/knobs.js';
import { clientsFor, CREDENTIALS, destroyClients, failure, type Clients } from './clients.js';

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  emulator = await startEmulator({ sessionsPerKind: 10 });
  clients = clientsFor(emulator);
});
afterEach(() => {
  emulator.clearFaults();
  emulator.clearRequests();
});
afterAll(async () => {
  destroyClients(clients);
  await emulator.close();
});

type Sent = Promise<{ $metadata: { attempts?: number; httpStatusCode?: number } }>;
/** An output's members, for asserting on values of the wrong type. */
const members = (output: object) => output as Record<string, unknown>;

/** A list and a get call of each service, on seeded resources (STS has neither). */
const calls: Record<Exclude<ServiceName, 'sts'>, { list: () => Sent; get: () => Sent }> = {
  deviceFarm: {
    list: () => clients.deviceFarm.send(new ListRemoteAccessSessionsCommand({ arn: emulator.data.deviceFarm.projects[0]?.arn })),
    get: () => clients.deviceFarm.send(new GetProjectCommand({ arn: emulator.data.deviceFarm.projects[0]?.arn })),
  },
  nimble: {
    list: () => clients.nimble.send(new ListStudiosCommand({})),
    get: () => {
      const studioId = emulator.data.nimble.studios.find((s) => emulator.data.nimble.streamingSessions(s.studioId as string).length > 0)?.studioId as string;
      return clients.nimble.send(new GetStreamingSessionCommand({ studioId, sessionId: emulator.data.nimble.streamingSessions(studioId)[0]?.sessionId }));
    },
  },
  codeCatalyst: {
    list: () => clients.codeCatalyst.send(new ListSpacesCommand({})),
    get: () => {
      const env = emulator.data.codeCatalyst.devEnvironments('acme-platform')[0];
      return clients.codeCatalyst.send(new GetDevEnvironmentCommand({ spaceName: 'acme-platform', projectName: env?.projectName, id: env?.id }));
    },
  },
  systemsManager: {
    list: () => clients.systemsManager.send(new DescribeSessionsCommand({ State: 'History' })),
    // Session Manager has no get: a SessionId filter is how one session is read.
    get: () => {
      const SessionId = emulator.data.systemsManager.sessions('Active')[0]?.SessionId as string;
      return clients.systemsManager.send(new DescribeSessionsCommand({ State: 'Active', Filters: [{ key: 'SessionId', value: SessionId }] }));
    },
  },
};
const SERVICES = ['deviceFarm', 'nimble', 'codeCatalyst', 'systemsManager'] as const;

/** The raw answer to CodeCatalyst's ListSpaces, as an SDK-less client sees it. */
const rawListSpaces = () => fetch(`${emulator.url}/v1/spaces`, { method: 'POST', headers: { authorization: 'Bearer pat', 'content-type': 'application/json' }, body: '{}' });

describe('reset: the socket destroyed without an answer', () => {
  it.each(SERVICES)('%s: a TimeoutError with code ECONNRESET and no status, retried by the SDK', async (service) => {
    emulator.addFault({ service, fault: 'reset' });
    const failed = await failure(calls[service].list());
    expect(failed).toMatchObject({ name: 'TimeoutError', status: undefined, attempts: 3 });
    expect(failed.error.code).toBe('ECONNRESET');
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual(Array(3).fill([0, 'reset']));
  });

  it('is passed once with times: 1, the retry succeeding', async () => {
    emulator.addFault({ service: 'nimble', fault: 'reset', times: 1 });
    expect((await calls.nimble.list()).$metadata.attempts).toBe(2);
    expect(emulator.requests.map((r) => r.status)).toEqual([0, 200]);
  });
});

describe("html: a load balancer's 502 page", () => {
  it('is text/html with no AWS headers', async () => {
    emulator.addFault({ fault: 'html' });
    const response = await rawListSpaces();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('x-amzn-requestid')).toBeNull();
    expect(response.headers.get('x-amzn-errortype')).toBeNull();
    expect(await response.text()).toContain('<title>502 Bad Gateway</title>');
    expect(emulator.requests[0]).toMatchObject({ status: 502, fault: 'html' });
    expect(emulator.requests[0]?.errorType).toBeUndefined();
  });

  it.each(['deviceFarm', 'systemsManager'] as const)('%s: a SyntaxError carrying status 502, retried', async (service) => {
    emulator.addFault({ service, fault: 'html' });
    expect(await failure(calls[service].list())).toMatchObject({ name: 'SyntaxError', status: 502, attempts: 3 });
    expect(emulator.requests).toHaveLength(3);
  });

  it.each(['nimble', 'codeCatalyst'] as const)('%s: a SyntaxError with no status in $metadata (only in $response), not retried', async (service) => {
    emulator.addFault({ service, fault: 'html' });
    const failed = await failure(calls[service].list());
    expect(failed).toMatchObject({ name: 'SyntaxError', status: undefined, attempts: 1 });
    expect((failed.error.$response as { statusCode: number }).statusCode).toBe(502);
    expect(emulator.requests).toHaveLength(1);
  });
});

describe('truncated: a 200 whose JSON stops halfway', () => {
  it('sends the first half of the normal body, with a matching content-length', async () => {
    const whole = await (await rawListSpaces()).text();
    emulator.addFault({ fault: 'truncated' });
    const response = await rawListSpaces();
    const cut = await response.text();
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(cut));
    expect(cut).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    expect(() => JSON.parse(cut)).toThrow(SyntaxError);
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual([[200, undefined], [200, 'truncated']]);
  });

  it.each([
    ['deviceFarm', 200],
    ['nimble', undefined],
    ['codeCatalyst', undefined],
    ['systemsManager', 200],
  ] as const)('%s: a SyntaxError (status in $metadata: %s), not retried', async (service, status) => {
    emulator.addFault({ service, fault: 'truncated' });
    for (const call of [calls[service].list, calls[service].get]) {
      const failed = await failure(call());
      expect(failed).toMatchObject({ name: 'SyntaxError', status, attempts: 1 });
      expect((failed.error.$response as { statusCode: number }).statusCode).toBe(200);
    }
    expect(emulator.requests).toHaveLength(2);
  });
});

describe('wrongShape: valid JSON, lists and objects of the wrong type', () => {
  it('deviceFarm: the SDK passes the wrong values through as a success', async () => {
    emulator.addFault({ service: 'deviceFarm', fault: 'wrongShape' });
    expect(await calls.deviceFarm.list()).toMatchObject({ remoteAccessSessions: 'oops', $metadata: { httpStatusCode: 200 } });
    expect(await calls.deviceFarm.get()).toMatchObject({ project: 42 });
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual(Array(2).fill([200, 'wrongShape']));
  });

  it('systemsManager: the SDK passes the wrong values through as a success', async () => {
    emulator.addFault({ service: 'systemsManager', fault: 'wrongShape' });
    expect(await calls.systemsManager.list()).toMatchObject({ Sessions: 'oops', $metadata: { httpStatusCode: 200 } });
  });

  it('nimble: a list fails in the SDK (TypeError, not retried); a get succeeds with an empty object', async () => {
    emulator.addFault({ service: 'nimble', fault: 'wrongShape' });
    const failed = await failure(calls.nimble.list());
    expect(failed).toMatchObject({ name: 'TypeError', status: undefined, attempts: 1 });
    expect(String(failed.error.message)).toContain('filter is not a function');
    expect(members(await calls.nimble.get()).session).toEqual({});
  });

  it('codeCatalyst: the SDK passes the wrong values through as a success, scalars intact', async () => {
    emulator.addFault({ service: 'codeCatalyst', fault: 'wrongShape' });
    expect(await calls.codeCatalyst.list()).toMatchObject({ items: 'oops' });
    const env = await calls.codeCatalyst.get();
    expect(env).toMatchObject({ ides: 'oops', repositories: 'oops', persistentStorage: 42, status: expect.any(String) });
    expect(members(env).lastUpdatedTime).toBeInstanceOf(Date);
  });
});

describe('slow: the normal answer after a delay', () => {
  it.each(SERVICES)('%s: the same data, logged as slow and at least ms long', async (service) => {
    const { $metadata: _, ...normal } = await calls[service].get();
    emulator.clearRequests();
    emulator.addFault({ service, fault: 'slow', ms: 150 });
    const { $metadata, ...slow } = await calls[service].get();
    expect(slow).toEqual(normal);
    expect($metadata.attempts).toBe(1);
    const entry = emulator.requests[0];
    expect(entry).toMatchObject({ status: 200, fault: 'slow' });
    // Timers may fire up to a millisecond early.
    expect((entry?.endedAt ?? 0) - (entry?.startedAt ?? 0)).toBeGreaterThanOrEqual(149);
  });

  it('logs status 0 when the client gave up before the answer; a request timeout is a TimeoutError whose code is not ECONNRESET', async () => {
    const impatient = clientsFor(emulator, { requestTimeout: 100, maxAttempts: 1 });
    emulator.addFault({ fault: 'slow', ms: 600 });
    const timedOut = {
      deviceFarm: await failure(impatient.deviceFarm.send(new ListProjectsCommand({}))),
      nimble: await failure(impatient.nimble.send(new ListStudiosCommand({}))),
      codeCatalyst: await failure(impatient.codeCatalyst.send(new ListSpacesCommand({}))),
    };
    destroyClients(impatient);
    expect(Object.values(timedOut).map((f) => f.name)).toEqual(Array(3).fill('TimeoutError'));
    expect(Object.values(timedOut).map((f) => f.error.code)).toEqual(['ETIMEDOUT', undefined, undefined]);
    await expect.poll(() => emulator.requests.map((r) => [r.status, r.fault]), { timeout: 5_000 }).toEqual(Array(3).fill([0, 'slow']));
  });
});

describe('rate: probabilistic rules, seeded', () => {
  /** The same 200 draws without HTTP: which of 200 matching calls a fresh emulator with `seed` faults. */
  function drawn(seed: number, rule: FaultRule): number[] {
    const knobs = new Knobs(0, seed);
    knobs.addFault(rule);
    return Array.from({ length: 200 }, (_, i) => i).filter(() => knobs.takeFault('deviceFarm', 'ListProjects') !== undefined);
  }

  /** 200 calls, one request each; the indices of the faulted ones. */
  async function faulted(target: Emulator, rules: FaultRule[]): Promise<number[]> {
    const once = clientsFor(target, { maxAttempts: 1 });
    target.clearFaults();
    target.clearRequests();
    for (const rule of rules) target.addFault(rule);
    for (let i = 0; i < 200; i++) await once.deviceFarm.send(new ListProjectsCommand({})).catch(() => undefined);
    destroyClients(once);
    expect(target.requests).toHaveLength(200);
    return target.requests.flatMap((r, i) => (r.fault === undefined ? [] : [i]));
  }

  it('faults a deterministic share of calls: the same ones again after clearFaults, as the seed draws them', async () => {
    const rule: FaultRule = { service: 'deviceFarm', fault: 'unavailable', rate: 0.2 };
    const first = await faulted(emulator, [rule]);
    expect(first.length).toBeGreaterThanOrEqual(20);
    expect(first.length).toBeLessThanOrEqual(60);
    expect(await faulted(emulator, [rule])).toEqual(first);
    expect(drawn(1, rule)).toEqual(first);
    expect(drawn(2, rule)).not.toEqual(first);
    // The faulted calls got the fault's answer; the others were served.
    expect(emulator.requests.filter((r) => r.fault === 'unavailable').every((r) => r.errorType === 'InternalServiceException')).toBe(true);
    expect(emulator.requests.filter((r) => r.fault === undefined).every((r) => r.status === 200)).toBe(true);
  });

  it('lets the next matching rule try when a draw misses, and counts times only for faulted calls', async () => {
    const indices = await faulted(emulator, [
      { service: 'deviceFarm', fault: 'throttle', rate: 0.1, times: 3 },
      { operation: 'ListProjects', fault: 'notFound', rate: 0.5 },
    ]);
    const faults = emulator.requests.map((r) => r.fault);
    expect(faults.filter((f) => f === 'throttle')).toHaveLength(3);
    const notFound = faults.filter((f) => f === 'notFound').length;
    expect(notFound).toBeGreaterThan(60);
    expect(notFound).toBeLessThan(140);
    expect(indices).toHaveLength(3 + notFound);
  });
});

describe('a rule for one place', () => {
  it('faults the calls of its account and region only', async () => {
    const euWest = new SSMClient({ endpoint: emulator.url, region: 'eu-west-1', credentials: CREDENTIALS, retryStrategy: new ConfiguredRetryStrategy(1, 0) });
    try {
      emulator.addFault({ service: 'systemsManager', account: '123456789012', region: 'eu-west-1', fault: 'unavailable' });
      emulator.addFault({ service: 'systemsManager', account: '222222222222', fault: 'accessDenied' });
      await clients.systemsManager.send(new DescribeSessionsCommand({ State: 'History' }));
      expect(await failure(euWest.send(new DescribeSessionsCommand({ State: 'History' })))).toMatchObject({ name: 'InternalServerError' });
      expect(emulator.requests.map((r) => [r.account, r.region, r.fault])).toEqual([
        ['123456789012', 'us-west-2', undefined],
        ['123456789012', 'eu-west-1', 'unavailable'],
      ]);
    } finally {
      euWest.destroy();
    }
  });
});

describe('fault rule validation', () => {
  const post = async (rule: unknown) => {
    const res = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(rule) });
    return { status: res.status, message: res.status === 204 ? undefined : ((await res.json()) as { message: string }).message };
  };

  it('accepts every fault class and rejects bad rules with a sentence', async () => {
    for (const fault of ['throttle', 'unavailable', 'notFound', 'accessDenied', 'hang', 'reset', 'html', 'truncated', 'wrongShape']) {
      expect(await post({ fault, rate: 0.5, times: 2 })).toEqual({ status: 204, message: undefined });
    }
    expect(await post({ fault: 'slow', ms: 20 })).toEqual({ status: 204, message: undefined });
    expect(await post({ fault: 'explode' })).toEqual({ status: 400, message: 'fault must be one of throttle, unavailable, notFound, accessDenied, hang, reset, html, truncated, wrongShape, slow.' });
    expect(await post({ fault: 'slow' })).toEqual({ status: 400, message: 'The slow fault needs ms, a whole number of milliseconds from 1 to 600000.' });
    expect(await post({ fault: 'slow', ms: 1.5 })).toMatchObject({ status: 400 });
    expect(await post({ fault: 'html', ms: 20 })).toEqual({ status: 400, message: 'ms applies only to the slow fault.' });
    expect(await post({ fault: 'reset', rate: 0 })).toEqual({ status: 400, message: 'rate must be a number above 0 and at most 1.' });
    expect(await post({ fault: 'reset', rate: 1.5 })).toMatchObject({ status: 400 });
    expect(await post({ fault: 'reset', rate: '0.5' })).toMatchObject({ status: 400 });
    expect(await post({ fault: 'reset', probability: 0.5 })).toEqual({ status: 400, message: 'A fault rule has only the fields service, operation, account, region, fault, times, rate, ms.' });
    expect(await post(['reset'])).toMatchObject({ status: 400 });
    expect(await post({ fault: 'reset', account: '2222' })).toEqual({ status: 400, message: 'account must be 12 digits.' });
    expect(await post({ fault: 'reset', region: 'Europe West' })).toEqual({ status: 400, message: 'region must be a region name such as us-west-2.' });
    expect(await post({ fault: 'reset', account: '222222222222', region: 'eu-west-1' })).toEqual({ status: 204, message: undefined });
    expect(() => emulator.addFault({ fault: 'slow', ms: -1 })).toThrow(TypeError);
  });
});
