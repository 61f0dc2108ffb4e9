// Faults, latency, the request log and the HTTP control API, through the real SDK clients.
import { GetProjectCommand, ListProjectsCommand, ListTestGridSessionsCommand } from '@aws-sdk/client-device-farm';
import { ListLaunchProfilesCommand, ListStudiosCommand } from '@aws-sdk/client-nimble';
import { ListDevEnvironmentsCommand, ListProjectsCommand as ListCodeCatalystProjectsCommand, ListSpacesCommand } from '@aws-sdk/client-codecatalyst';
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

/** One cheap call per service, returning its $metadata. */
const calls: Record<ServiceName, () => Promise<{ $metadata: { attempts?: number; httpStatusCode?: number } }>> = {
  deviceFarm: () => clients.deviceFarm.send(new ListProjectsCommand({})),
  nimble: () => clients.nimble.send(new ListStudiosCommand({})),
  codeCatalyst: () => clients.codeCatalyst.send(new ListSpacesCommand({})),
};
const operations: Record<ServiceName, string> = { deviceFarm: 'ListProjects', nimble: 'ListStudios', codeCatalyst: 'ListSpaces' };

describe('injected faults', () => {
  it.each([
    ['deviceFarm', 400],
    ['nimble', 429],
    ['codeCatalyst', 429],
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
    const started = performance.now();
    const hung = await failure(impatient.nimble.send(new ListStudiosCommand({})));
    expect(hung.name).toBe('TimeoutError');
    expect(performance.now() - started).toBeLessThan(2_000);
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
    other.addFault({ fault: 'hang' });
    const pending = failure(client.codeCatalyst.send(new ListSpacesCommand({})));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(other.requests).toHaveLength(0);
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await pending).status).toBeUndefined();
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.status).toBe(0);
    destroyClients(client);
  });
});

describe('latency', () => {
  it('delays the matching calls only, most specific setting first', async () => {
    emulator.setLatency(120, { service: 'nimble' });
    emulator.setLatency(0, { service: 'nimble', operation: 'ListLaunchProfiles' });
    const timed = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    expect(await timed(() => clients.nimble.send(new ListStudiosCommand({})))).toBeGreaterThanOrEqual(115);
    const studioId = emulator.data.nimble.studios[0]?.studioId;
    expect(await timed(() => clients.nimble.send(new ListLaunchProfilesCommand({ studioId })))).toBeLessThan(100);
    expect(await timed(() => clients.deviceFarm.send(new ListProjectsCommand({})))).toBeLessThan(100);
    const logged = emulator.requests[0];
    expect((logged?.endedAt ?? 0) - (logged?.startedAt ?? 0)).toBeGreaterThanOrEqual(115);
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

  it('reports health, serves and clears the log, and sets faults and latency', async () => {
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
    expect((await control('latency', 'POST', { ms: 100, service: 'deviceFarm' })).status).toBe(204);
    const started = performance.now();
    await calls.deviceFarm();
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
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
