// Request quotas (token buckets per caller account and operation), through the real SDK clients.
// A manual clock drives the buckets; one test runs on real time and checks the log.
import { DeviceFarmClient, GetProjectCommand, ListProjectsCommand, StopRemoteAccessSessionCommand } from '@aws-sdk/client-device-farm';
import { ListStudiosCommand } from '@aws-sdk/client-nimble';
import { CodeCatalystClient, ListSpacesCommand } from '@aws-sdk/client-codecatalyst';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import { afterEach, describe, expect, it } from 'vitest';
import { PUBLISHED_QUOTAS, startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { clientsFor, destroyClients, failure, type Clients } from './clients.js';

/** What each test opened, closed after it: clients first, then emulators. */
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function clientsOf(emulator: Emulator, maxAttempts: number): Clients {
  const clients = clientsFor(emulator, { maxAttempts });
  cleanups.push(() => destroyClients(clients));
  return clients;
}

/** An emulator on a manual clock, and clients that never retry (one call, one request). */
async function open(options: EmulatorOptions) {
  const clock = { now: 0 };
  const emulator = await startEmulator({ sessionsPerKind: 10, clock: () => clock.now, ...options });
  cleanups.push(() => emulator.close());
  const clients = clientsOf(emulator, 1);
  const advance = (ms: number) => (clock.now += ms);
  return { emulator, clients, advance };
}

/** Sends `count` calls one after the other; returns how many succeeded and the names of the failures. */
async function run(count: number, call: () => Promise<unknown>): Promise<{ ok: number; failed: string[] }> {
  const out = { ok: 0, failed: [] as string[] };
  for (let i = 0; i < count; i++) {
    try {
      await call();
      out.ok++;
    } catch (error) {
      out.failed.push((error as Error).name);
    }
  }
  return out;
}

describe("Device Farm's published quota (10 per second, burst 50)", () => {
  it('lets 50 calls through, throttles the 51st, and refills one token per 100 ms; throttled calls take none', async () => {
    const { emulator, clients, advance } = await open({ quotas: 'published' });
    const list = () => clients.deviceFarm.send(new ListProjectsCommand({}));
    expect(await run(50, list)).toEqual({ ok: 50, failed: [] });
    const throttled = await failure(list());
    expect(throttled).toMatchObject({ name: 'ThrottlingException', status: 400, attempts: 1 });
    expect(throttled.error.message).toBe('Rate exceeded');
    // Five more throttled calls take nothing: 100 ms later exactly one token is there.
    expect(await run(5, list)).toEqual({ ok: 0, failed: Array(5).fill('ThrottlingException') });
    advance(99);
    expect(await run(1, list)).toEqual({ ok: 0, failed: ['ThrottlingException'] });
    advance(1);
    expect(await run(2, list)).toEqual({ ok: 1, failed: ['ThrottlingException'] });
    advance(1_000);
    expect(await run(11, list)).toEqual({ ok: 10, failed: ['ThrottlingException'] });
    // The bucket holds 50 at most, however long the caller was idle.
    advance(60_000);
    expect(await run(51, list)).toEqual({ ok: 50, failed: ['ThrottlingException'] });

    const log = emulator.requests;
    expect(log).toHaveLength(50 + 1 + 5 + 1 + 2 + 11 + 51);
    const throttledEntries = log.filter((r) => r.status !== 200);
    expect(throttledEntries).toHaveLength(10);
    for (const entry of throttledEntries) {
      expect(entry).toMatchObject({ service: 'deviceFarm', operation: 'ListProjects', status: 400, errorType: 'ThrottlingException' });
      expect(entry.fault).toBeUndefined();
    }
    // The log's times come from the manual clock.
    expect(log.at(-1)).toMatchObject({ startedAt: 61_100, endedAt: 61_100 });
  });

  it('keeps one bucket per caller account and operation, and does not meter Stop calls', async () => {
    const { emulator, clients } = await open({ quotas: 'published' });
    const list = (client: DeviceFarmClient) => client.send(new ListProjectsCommand({}));
    expect(await run(51, () => list(clients.deviceFarm))).toMatchObject({ ok: 50 });
    // Another access key id is another account: a full bucket of its own.
    const other = new DeviceFarmClient({
      endpoint: emulator.url,
      region: 'us-west-2',
      credentials: { accessKeyId: 'AKIDOTHERACCOUNT', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    cleanups.push(() => other.destroy());
    expect(await run(51, () => list(other))).toMatchObject({ ok: 50 });
    // AWS documents the bucket "for a given API": GetProject has its own.
    const arn = emulator.data.deviceFarm.projects[0]?.arn;
    expect(await run(51, () => clients.deviceFarm.send(new GetProjectCommand({ arn })))).toMatchObject({ ok: 50 });
    // No figure is published for Stop calls; they are not metered.
    const session = emulator.data.deviceFarm.remoteAccessSessions(arn as string)[0];
    expect(await run(60, () => clients.deviceFarm.send(new StopRemoteAccessSessionCommand({ arn: session?.arn })))).toMatchObject({ ok: 60 });
  });

  it('is retried by the SDK as throttling: every attempt is logged and throttled', async () => {
    const { emulator } = await open({ quotas: { deviceFarm: { ratePerSecond: 1, burst: 1 } } });
    const retrying = clientsOf(emulator, 3);
    await retrying.deviceFarm.send(new ListProjectsCommand({}));
    expect(await failure(retrying.deviceFarm.send(new ListProjectsCommand({})))).toMatchObject({ name: 'ThrottlingException', attempts: 3 });
    expect(emulator.requests.map((r) => r.status)).toEqual([200, 400, 400, 400]);
  });
});

describe('quotas of the other services', () => {
  it("answer each service's own throttling error; CodeCatalyst's caller is its bearer token", async () => {
    const { emulator, clients, advance } = await open({ quotas: { nimble: { ratePerSecond: 0.5, burst: 2 }, codeCatalyst: { ratePerSecond: 2, burst: 3 } } });
    expect(await run(3, () => clients.nimble.send(new ListStudiosCommand({})))).toEqual({ ok: 2, failed: ['ThrottlingException'] });
    expect(await failure(clients.nimble.send(new ListStudiosCommand({})))).toMatchObject({ name: 'ThrottlingException', status: 429 });
    advance(2_000);
    expect(await run(2, () => clients.nimble.send(new ListStudiosCommand({})))).toEqual({ ok: 1, failed: ['ThrottlingException'] });

    expect(await run(4, () => clients.codeCatalyst.send(new ListSpacesCommand({})))).toEqual({ ok: 3, failed: ['ThrottlingException'] });
    expect(await failure(clients.codeCatalyst.send(new ListSpacesCommand({})))).toMatchObject({ name: 'ThrottlingException', status: 429 });
    const otherToken = new CodeCatalystClient({ endpoint: emulator.url, region: 'us-west-2', token: { token: 'another-pat' }, retryStrategy: new ConfiguredRetryStrategy(1, 0) });
    cleanups.push(() => otherToken.destroy());
    expect(await run(4, () => otherToken.send(new ListSpacesCommand({})))).toEqual({ ok: 3, failed: ['ThrottlingException'] });
    // Device Farm is not named, so it is not metered.
    expect(await run(60, () => clients.deviceFarm.send(new ListProjectsCommand({})))).toMatchObject({ ok: 60 });
  });

  it('are replaced with setQuotas (buckets start full) and removed with clearQuotas', async () => {
    const { emulator, clients } = await open({});
    const list = () => clients.deviceFarm.send(new ListProjectsCommand({}));
    expect(await run(60, list)).toMatchObject({ ok: 60 });
    emulator.setQuotas({ deviceFarm: { ratePerSecond: 1, burst: 5 } });
    expect(await run(6, list)).toMatchObject({ ok: 5 });
    emulator.setQuotas('published');
    expect(await run(51, list)).toMatchObject({ ok: 50 });
    emulator.clearQuotas();
    expect(await run(10, list)).toMatchObject({ ok: 10 });
    expect(() => emulator.setQuotas({ deviceFarm: { ratePerSecond: 0, burst: 5 } })).toThrow('quotas.deviceFarm.ratePerSecond must be a number above 0');
    expect(PUBLISHED_QUOTAS).toEqual({ deviceFarm: { ratePerSecond: 10, burst: 50 } });
  });
});

describe('the quotas control API', () => {
  it('sets, shows and clears quotas, and rejects bad ones with a sentence', async () => {
    const { emulator, clients } = await open({});
    const control = (method: string, body?: string) => fetch(`${emulator.url}/_emulator/quotas`, { method, body });
    expect((await control('POST', '"published"')).status).toBe(204);
    expect(await (await control('GET')).json()).toEqual({ deviceFarm: { ratePerSecond: 10, burst: 50 } });
    expect(await run(51, () => clients.deviceFarm.send(new ListProjectsCommand({})))).toMatchObject({ ok: 50 });
    expect((await control('POST', JSON.stringify({ nimble: { ratePerSecond: 1, burst: 1 } }))).status).toBe(204);
    expect(await (await control('GET')).json()).toEqual({ nimble: { ratePerSecond: 1, burst: 1 } });
    expect(await run(2, () => clients.deviceFarm.send(new ListProjectsCommand({})))).toMatchObject({ ok: 2 });
    expect((await control('DELETE')).status).toBe(204);
    expect(await (await control('GET')).json()).toEqual({});

    const rejected = async (body: string) => {
      const res = await control('POST', body);
      expect(res.status).toBe(400);
      return ((await res.json()) as { message: string }).message;
    };
    expect(await rejected('"unlimited"')).toMatch(/^quotas must be "published" or an object/);
    expect(await rejected('{"lambda": {"ratePerSecond": 1, "burst": 1}}')).toBe('quotas may name only deviceFarm, nimble, codeCatalyst, systemsManager, sts.');
    expect(await rejected('{"deviceFarm": {"ratePerSecond": 10}}')).toBe('quotas.deviceFarm.burst must be a whole number from 1 to 1000000.');
    expect(await rejected('{"deviceFarm": {"ratePerSecond": -1, "burst": 5}}')).toMatch(/^quotas.deviceFarm.ratePerSecond must be a number above 0/);
    expect(await rejected('{"deviceFarm": {"rate": 10, "burst": 5}}')).toMatch(/^quotas.deviceFarm must be \{"ratePerSecond"/);
    expect(await rejected('not json')).toBe('The body must be JSON.');
  });

  it('rejects bad quota and clock options when the emulator starts', async () => {
    await expect(startEmulator({ quotas: { deviceFarm: { ratePerSecond: 10, burst: 0.5 } } })).rejects.toThrow('quotas.deviceFarm.burst must be a whole number');
    await expect(startEmulator({ clock: 5 as unknown as () => number })).rejects.toThrow('clock must be a function returning milliseconds.');
  });
});

describe('the published quota on real time', () => {
  it('never lets more than burst + rate × window calls through: at most 60 in any second', async () => {
    const emulator = await startEmulator({ sessionsPerKind: 10, quotas: 'published' });
    cleanups.push(() => emulator.close());
    const clients = clientsOf(emulator, 1);
    const results = await Promise.allSettled(Array.from({ length: 120 }, () => clients.deviceFarm.send(new ListProjectsCommand({}))));
    const log = emulator.requests;
    expect(log).toHaveLength(120);
    const ok = log.filter((r) => r.status === 200);
    const throttled = log.filter((r) => r.errorType === 'ThrottlingException');
    expect(ok.length + throttled.length).toBe(120);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(ok.length);
    // The bucket starts full, so the first 50 arrivals always pass.
    expect(ok.length).toBeGreaterThanOrEqual(50);
    // A call is charged when it arrives (startedAt). Between the i-th and j-th successful
    // arrivals at most burst + rate × (t_j − t_i) calls can pass; for any one-second window, 60.
    const times = ok.map((r) => r.startedAt).sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      for (let j = i; j < times.length; j++) {
        const span = (times[j] as number) - (times[i] as number);
        expect(j - i + 1).toBeLessThanOrEqual(50 + Math.floor((span * 10) / 1000 + 1e-9));
      }
      const inSecond = times.filter((t) => t >= (times[i] as number) && t < (times[i] as number) + 1000).length;
      expect(inSecond).toBeLessThanOrEqual(60);
    }
  });
});
