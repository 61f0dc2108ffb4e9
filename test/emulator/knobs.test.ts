// Faults, latency, the request log and the HTTP control API, through the real SDK clients.
import { GetProjectCommand, ListProjectsCommand, ListTestGridSessionsCommand } from '@aws-sdk/client-device-farm';
import { ListLaunchProfilesCommand, ListStudiosCommand } from '@aws-sdk/client-nimble';
import { ListDevEnvironmentsCommand, ListProjectsCommand as ListCodeCatalystProjectsCommand, ListSpacesCommand } from '@aws-sdk/client-codecatalyst';
import { DescribeSessionsCommand } from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type FaultRule, type ServiceName } from '../../src/emulator/index.js';
import { clientsFor, destroyClients, failure, type Clients } from './clients.js';

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  emulator = await startEmulator({ sessionsPerKind: 50 });
  clients = clientsFor(emulator);
});
afterEach(() => {
  emulator.clearFaults();
  emulator.setLatency(0);
  emulator.clearRequests();
});
afterAll(async () => {
  destroyClients(clients);
  await emulator.close();
});

/** A delay no test outlives: a delayed call stays open until the emulator closes. */
const HELD_MS = 600_000;

/**
 * Sends probes until the log shows that an unanswered request has arrived: the log numbers
 * requests as they arrive and lists them as they end, so a probe's number then skips one.
 * Returns the number of probes sent. Needs a fresh emulator (numbers restart only there).
 */
async function untilArrived(other: Emulator, probe: () => Promise<unknown>): Promise<number> {
  await expect
    .poll(async () => {
      await probe();
      return other.requests.at(-1)!.seq > other.requests.length;
    }, { timeout: 10_000 })
    .toBe(true);
  return other.requests.length;
}

/**
 * Proves a delay without a clock: `delayed` is sent, every prompt call is answered meanwhile,
 * `delayed` is seen to have arrived, and is still unanswered when the emulator closes (which
 * releases it). Returns the held request's operation and whether its caller got an answer.
 */
async function heldUntilClose(other: Emulator, delayed: Promise<unknown>, prompt: (() => Promise<unknown>)[]) {
  const answered = delayed.then(() => true, () => false);
  for (const call of prompt) await call();
  await untilArrived(other, prompt[0]!);
  const before = new Set(other.requests.map((r) => r.seq));
  await other.close();
  await expect.poll(() => other.requests.length).toBe(before.size + 1);
  return { operation: other.requests.find((r) => !before.has(r.seq))?.operation, answered: await answered };
}

/** One cheap call per service, returning its $metadata (STS: see sts.test.ts). */
const calls: Record<Exclude<ServiceName, 'sts'>, () => Promise<{ $metadata: { attempts?: number; httpStatusCode?: number } }>> = {
  deviceFarm: () => clients.deviceFarm.send(new ListProjectsCommand({})),
  nimble: () => clients.nimble.send(new ListStudiosCommand({})),
  codeCatalyst: () => clients.codeCatalyst.send(new ListSpacesCommand({})),
  systemsManager: () => clients.systemsManager.send(new DescribeSessionsCommand({ State: 'Active' })),
};
const operations: Record<Exclude<ServiceName, 'sts'>, string> = { deviceFarm: 'ListProjects', nimble: 'ListStudios', codeCatalyst: 'ListSpaces', systemsManager: 'DescribeSessions' };

describe('injected faults', () => {
  it.each([
    ['deviceFarm', 400],
    ['nimble', 429],
    ['codeCatalyst', 429],
    ['systemsManager', 400],
  ] as const)('%s: one throttle is retried by the SDK and then succeeds', async (service, status) => {
    emulator.addFault({ service, fault: 'throttle', times: 1 });
    const result = await calls[service]();
    expect(result.$metadata.attempts).toBe(2);
    expect(emulator.requests.map((r) => [r.operation, r.status, r.errorType])).toEqual([
      [operations[service], status, 'ThrottlingException'],
      [operations[service], 200, undefined],
    ]);
  });

  it.each([
    ['deviceFarm', 'throttle', 'ThrottlingException', 400, 3],
    ['deviceFarm', 'unavailable', 'InternalServiceException', 500, 3],
    ['deviceFarm', 'notFound', 'NotFoundException', 400, 1],
    ['deviceFarm', 'accessDenied', 'AccessDeniedException', 400, 1],
    ['nimble', 'throttle', 'ThrottlingException', 429, 3],
    ['nimble', 'unavailable', 'InternalServerErrorException', 500, 3],
    ['nimble', 'notFound', 'ResourceNotFoundException', 404, 1],
    ['nimble', 'accessDenied', 'AccessDeniedException', 403, 1],
    ['codeCatalyst', 'throttle', 'ThrottlingException', 429, 3],
    ['codeCatalyst', 'unavailable', 'ServiceUnavailableException', 503, 3],
    ['codeCatalyst', 'notFound', 'ResourceNotFoundException', 404, 1],
    ['codeCatalyst', 'accessDenied', 'AccessDeniedException', 403, 1],
    ['systemsManager', 'throttle', 'ThrottlingException', 400, 3],
    ['systemsManager', 'unavailable', 'InternalServerError', 500, 3],
    ['systemsManager', 'notFound', 'DoesNotExistException', 400, 1],
    ['systemsManager', 'accessDenied', 'AccessDeniedException', 400, 1],
  ] as const)('%s %s → %s (%i), %i attempt(s)', async (service, fault, name, status, attempts) => {
    emulator.addFault({ service, fault });
    expect(await failure(calls[service]())).toMatchObject({ name, status, attempts });
    expect(emulator.requests).toHaveLength(attempts);
  });

  it('matches by operation, counts `times` down, and lets the first matching rule win', async () => {
    emulator.addFault({ operation: 'ListProjects', fault: 'notFound', times: 2 });
    emulator.addFault({ service: 'deviceFarm', fault: 'accessDenied' });
    const arn = emulator.data.deviceFarm.projects[0]?.arn;
    expect(await failure(clients.deviceFarm.send(new GetProjectCommand({ arn })))).toMatchObject({ name: 'AccessDeniedException' });
    expect((await clients.codeCatalyst.send(new ListSpacesCommand({}))).$metadata.httpStatusCode).toBe(200);
    expect(await failure(clients.deviceFarm.send(new ListProjectsCommand({})))).toMatchObject({ name: 'NotFoundException' });
    // ListProjects exists in Device Farm and CodeCatalyst: a rule naming no service matches both.
    const cc = clients.codeCatalyst.send(new ListCodeCatalystProjectsCommand({ spaceName: 'acme-platform' }));
    expect(await failure(cc)).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(await failure(clients.deviceFarm.send(new ListProjectsCommand({})))).toMatchObject({ name: 'AccessDeniedException' });
    emulator.clearFaults();
    expect((await clients.deviceFarm.send(new ListProjectsCommand({}))).$metadata.httpStatusCode).toBe(200);
  });

  it('hangs until the client times out; the request is logged when it ends; one hang is retried past', async () => {
    const impatient = clientsFor(emulator, { requestTimeout: 200, maxAttempts: 1 });
    emulator.addFault({ service: 'nimble', operation: 'ListStudios', fault: 'hang' });
    const hung = await failure(impatient.nimble.send(new ListStudiosCommand({})));
    expect(hung.name).toBe('TimeoutError');
    await expect.poll(() => emulator.requests.length).toBe(1);
    expect(emulator.requests[0]).toMatchObject({ service: 'nimble', operation: 'ListStudios', status: 0 });
    emulator.clearFaults();
    emulator.addFault({ service: 'deviceFarm', fault: 'hang', times: 1 });
    const patient = clientsFor(emulator, { requestTimeout: 200, maxAttempts: 2 });
    expect((await patient.deviceFarm.send(new ListProjectsCommand({}))).$metadata.attempts).toBe(2);
    destroyClients(impatient);
    destroyClients(patient);
  });

  it('releases hung requests on close()', async () => {
    const other = await startEmulator({ sessionsPerKind: 5 });
    const client = clientsFor(other, { maxAttempts: 1 });
    other.addFault({ service: 'codeCatalyst', fault: 'hang' });
    const pending = failure(client.codeCatalyst.send(new ListSpacesCommand({})));
    const probes = await untilArrived(other, () => client.deviceFarm.send(new ListProjectsCommand({})));
    await other.close();
    expect((await pending).status).toBeUndefined();
    expect(other.requests).toHaveLength(probes + 1);
    expect(other.requests.filter((r) => r.service === 'codeCatalyst')).toMatchObject([{ operation: 'ListSpaces', status: 0 }]);
    destroyClients(client);
  });
});

describe('latency', () => {
  it('delays the matching calls only, most specific setting first', async () => {
    const other = await startEmulator({ sessionsPerKind: 5 });
    other.setLatency(HELD_MS, { service: 'nimble' });
    other.setLatency(0, { service: 'nimble', operation: 'ListLaunchProfiles' });
    const client = clientsFor(other, { maxAttempts: 1 });
    const studioId = other.data.nimble.studios[0]?.studioId;
    const held = await heldUntilClose(other, client.nimble.send(new ListStudiosCommand({})), [
      () => client.nimble.send(new ListLaunchProfilesCommand({ studioId })),
      () => client.deviceFarm.send(new ListProjectsCommand({})),
    ]);
    expect(held).toEqual({ operation: 'ListStudios', answered: false });
    destroyClients(client);
  });
});

describe('request log', () => {
  it('records service, operation, method, path, params as received, status and error type, in order', async () => {
    const projectArn = emulator.data.deviceFarm.testGridProjects[0]?.arn;
    await clients.deviceFarm.send(new ListTestGridSessionsCommand({ projectArn, status: 'CLOSED', maxResult: 5, creationTimeAfter: new Date(1_700_000_000_500) }));
    const studioId = emulator.data.nimble.studios[0]?.studioId;
    await clients.nimble.send(new ListLaunchProfilesCommand({ studioId, states: ['READY', 'DELETED'], maxResults: 5 }));
    await failure(clients.codeCatalyst.send(new ListDevEnvironmentsCommand({ spaceName: 'acme-platform', projectName: 'nope-nope', maxResults: 5 })));
    const log = emulator.requests;
    expect(log.map((r) => r.seq)).toEqual([...log.map((r) => r.seq)].sort((a, b) => a - b));
    expect(log[0]).toMatchObject({
      service: 'deviceFarm', operation: 'ListTestGridSessions', method: 'POST', path: '/', status: 200,
      params: { projectArn, status: 'CLOSED', maxResult: 5, creationTimeAfter: 1_700_000_000.5 },
    });
    expect(log[1]).toMatchObject({
      service: 'nimble', operation: 'ListLaunchProfiles', method: 'GET', status: 200,
      params: { studioId, states: ['READY', 'DELETED'], maxResults: '5' },
    });
    expect(log[1]?.path).toBe(`/2020-08-01/studios/${studioId}/launch-profiles?maxResults=5&states=READY&states=DELETED`);
    expect(log[2]).toMatchObject({
      service: 'codeCatalyst', operation: 'ListDevEnvironments', method: 'POST', path: '/v1/spaces/acme-platform/devEnvironments',
      params: { spaceName: 'acme-platform', projectName: 'nope-nope', maxResults: 5 }, status: 404, errorType: 'ResourceNotFoundException',
    });
    emulator.clearRequests();
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('HTTP control API', () => {
  const control = (path: string, method = 'GET', body?: unknown) =>
    fetch(`${emulator.url}/_emulator/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

  it('reports health, serves and clears the log, and sets faults', async () => {
    expect(await (await control('health')).json()).toMatchObject({ status: 'ok', url: emulator.url });
    const rule: FaultRule = { service: 'codeCatalyst', operation: 'ListSpaces', fault: 'notFound', times: 1 };
    expect((await control('faults', 'POST', rule)).status).toBe(204);
    expect(await failure(calls.codeCatalyst())).toMatchObject({ name: 'ResourceNotFoundException' });
    expect((await calls.codeCatalyst()).$metadata.httpStatusCode).toBe(200);
    const log = (await (await control('requests')).json()) as { operation: string; status: number }[];
    expect(log.map((r) => r.status)).toEqual([404, 200]);
    expect((await control('requests', 'DELETE')).status).toBe(204);
    expect(emulator.requests).toHaveLength(0);
    expect((await control('faults', 'POST', { fault: 'throttle' })).status).toBe(204);
    expect((await control('faults', 'DELETE')).status).toBe(204);
    expect((await calls.deviceFarm()).$metadata.attempts).toBe(1);
  });

  it('sets latency', async () => {
    const other = await startEmulator({ sessionsPerKind: 5 });
    const set = await fetch(`${other.url}/_emulator/latency`, { method: 'POST', body: JSON.stringify({ ms: HELD_MS, service: 'deviceFarm' }) });
    expect(set.status).toBe(204);
    const client = clientsFor(other, { maxAttempts: 1 });
    const held = await heldUntilClose(other, client.deviceFarm.send(new ListProjectsCommand({})), [
      () => client.nimble.send(new ListStudiosCommand({})),
    ]);
    expect(held).toEqual({ operation: 'ListProjects', answered: false });
    destroyClients(client);
  });

  it('rejects bad control input with 400 and unknown endpoints with 404', async () => {
    expect((await control('faults', 'POST', { fault: 'explode' })).status).toBe(400);
    expect((await control('faults', 'POST', { fault: 'throttle', times: 0 })).status).toBe(400);
    expect((await control('latency', 'POST', { ms: -1 })).status).toBe(400);
    expect((await control('latency', 'POST', 'not json')).status).toBe(400);
    expect((await control('nothing')).status).toBe(404);
    expect(() => emulator.addFault({ fault: 'throttle', service: 'lambda' as ServiceName })).toThrow(TypeError);
  });
});
