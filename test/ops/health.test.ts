// Liveness and readiness over HTTP, with discovery against the emulator.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from '../support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(options: HarnessOptions = {}) {
  h = await startHarness({ ...options, ops: { ...options.ops, readiness: { probeWaitMs: 60_000, ...options.ops?.readiness } } });
  return h;
}

async function get(path: string) {
  const response = await fetch(new URL(path, h!.url));
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('/health', () => {
  it('answers while the process runs, whatever upstream does', async () => {
    await start();
    h!.emulator.addFault({ fault: 'unavailable' });
    expect((await get('/health')).status).toBe(200);
    expect(h!.emulator.requests).toHaveLength(0);
  });
});

describe('/ready', () => {
  it('is ready once every enabled source has discovered its scopes, and discovers them to get there', async () => {
    await start({ sources: ['nimble', 'codeCatalyst'] });
    expect(await get('/ready')).toEqual({
      status: 200,
      body: { status: 'ready', notReady: [], sources: { nimble: 'ready', codeCatalyst: 'ready' }, breakersOpen: [], checks: {} },
    });
    expect(new Set(h!.emulator.requests.map((r) => r.operation))).toEqual(new Set(['ListStudios', 'ListSpaces', 'ListProjects', 'ListDevEnvironments']));
    // Discovered once: the next probe makes no call.
    h!.emulator.clearRequests();
    expect((await get('/ready')).status).toBe(200);
    expect(h!.emulator.requests).toHaveLength(0);
  });

  it('is ready with a source whose discovery failed, and reports that source as degraded', async () => {
    await start();
    h!.emulator.addFault({ service: 'deviceFarm', operation: 'ListTestGridProjects', fault: 'accessDenied' });
    const { status, body } = await get('/ready');
    expect(status).toBe(200);
    expect(body.sources).toEqual({ deviceFarm: 'degraded', nimble: 'ready', codeCatalyst: 'ready' });
    // Once the source recovers, a probe discovers it again.
    h!.emulator.clearFaults();
    expect((await get('/ready')).body.sources.deviceFarm).toBe('ready');
  });

  it('is not ready while a discovery is still running, and names the source', async () => {
    await start({ sources: ['codeCatalyst'], ops: { readiness: { probeWaitMs: 0 } } });
    h!.emulator.setLatency(60_000, { service: 'codeCatalyst', operation: 'ListSpaces' });
    const first = await get('/ready');
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ status: 'not_ready', notReady: ['codeCatalyst'], sources: { codeCatalyst: 'pending' } });
  });

  it('counts a source whose circuit breaker is open as degraded, not pending', async () => {
    await start({ ops: { readiness: { probeWaitMs: 0 } } });
    h!.emulator.setLatency(60_000, { service: 'nimble' });
    h!.ops.telemetry.breakerState('nimble', { account: '', region: 'us-west-2' }, 'open');
    const { body } = await get('/ready');
    expect(body.sources.nimble).toBe('degraded');
    expect(body.notReady).not.toContain('nimble');
    expect(body.breakersOpen).toEqual([{ source: 'nimble', account: 'self', region: 'us-west-2', state: 'open' }]);
  });

  it('counts a discovered source as degraded while any of its places has an open or half-open circuit, and names those places', async () => {
    await start();
    expect((await get('/ready')).body.sources).toEqual({ deviceFarm: 'ready', nimble: 'ready', codeCatalyst: 'ready' });
    const { telemetry } = h!.ops;
    telemetry.breakerState('deviceFarm', { account: '', region: 'us-west-2' }, 'closed');
    telemetry.breakerState('deviceFarm', { account: '222222222222', region: 'us-west-2' }, 'open');
    telemetry.breakerState('codeCatalyst', { account: '', region: 'global' }, 'half_open');
    const { status, body } = await get('/ready');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', notReady: [], sources: { deviceFarm: 'degraded', nimble: 'ready', codeCatalyst: 'degraded' } });
    expect(body.breakersOpen).toEqual([
      { source: 'deviceFarm', account: '222222222222', region: 'us-west-2', state: 'open' },
      { source: 'codeCatalyst', account: 'self', region: 'global', state: 'half_open' },
    ]);
    // Closed again: ready, and no longer listed.
    telemetry.breakerState('deviceFarm', { account: '222222222222', region: 'us-west-2' }, 'closed');
    telemetry.breakerState('codeCatalyst', { account: '', region: 'global' }, 'closed');
    expect((await get('/ready')).body).toMatchObject({ sources: { deviceFarm: 'ready', codeCatalyst: 'ready' }, breakersOpen: [] });
  });

  it('reports its checks (e.g. Redis when configured) without failing on them, and fails while draining', async () => {
    let reachable = false;
    await start({ ops: { readiness: { checks: [{ name: 'redis', check: async () => reachable }] } } });
    // Redis away: the gateway serves on in-process state, so it stays in rotation.
    expect(await get('/ready')).toMatchObject({ status: 200, body: { status: 'ready', notReady: [], checks: { redis: 'unreachable' } } });
    reachable = true;
    expect(await get('/ready')).toMatchObject({ status: 200, body: { checks: { redis: 'ok' } } });
    h!.ops.readiness.draining = true;
    expect(await get('/ready')).toEqual({ status: 503, body: { status: 'draining' } });
  });
});
