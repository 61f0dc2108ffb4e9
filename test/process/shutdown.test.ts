// Graceful shutdown of the real process: SIGTERM lets a request in flight finish.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { awsEnv, cleanEnv, spawnSourceGateway, started, startGate, type Gate, type GatewayProcess } from '../support/process.js';

let emulator: Emulator;
let gate: Gate;
beforeAll(async () => {
  emulator = await startEmulator({ sessionsPerKind: 20 });
});
afterEach(() => gate.close());
afterAll(() => emulator.close());

const FEED = JSON.stringify({ query: '{ sessions(first: 5) { edges { node { kind } } } }' });

/** A gateway whose streaming-session calls wait at the gate; discovery passes. */
async function startGateway(graceMs: number): Promise<{ gateway: GatewayProcess; url: string }> {
  gate = await startGate(emulator.url, (path) => path.includes('/streaming-sessions'));
  const gateway = spawnSourceGateway({ ...cleanEnv(), ...awsEnv(gate.url), SOURCES: 'nimble', SHUTDOWN_GRACE_MS: String(graceMs), UPSTREAM_TIMEOUT_MS: '300000' });
  const { url } = await started(gateway);
  return { gateway, url };
}

/** Sends the feed request and resolves, with its pending response, once its session calls wait at the gate. */
async function requestInFlight(url: string): Promise<{ response: Promise<Response> }> {
  const response = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'in-flight' }, body: FEED });
  response.catch(() => {});
  await gate.arrived;
  return { response };
}

describe('graceful shutdown', () => {
  it('SIGTERM: refuses new connections, finishes the request in flight, then exits 0', async () => {
    const { gateway, url } = await startGateway(600_000);
    const { response } = await requestInFlight(url);
    gateway.child.kill('SIGTERM');
    await gateway.waitFor((line) => line.event === 'shutdown');
    await expect(fetch(new URL('/health', url))).rejects.toThrow();
    gate.release();

    const answered = await response;
    expect(answered.status).toBe(200);
    const body = (await answered.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.sessions.edges).toHaveLength(5);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    const events = gateway.lines.map((line) => `${line.event}${line.requestId ? ` ${line.requestId}` : ''}`);
    expect(events.slice(events.indexOf('shutdown'))).toEqual(['shutdown', 'request in-flight', 'stopped']);
    expect(gateway.stderr()).toBe('');
  }, 120_000);

  it('a second signal exits at once', async () => {
    const { gateway, url } = await startGateway(600_000);
    const { response } = await requestInFlight(url);
    gateway.child.kill('SIGTERM');
    await gateway.waitFor((line) => line.event === 'shutdown');
    gateway.child.kill('SIGINT');
    expect(await gateway.exited).toEqual({ code: 1, signal: null });
    expect(gateway.lines.at(-1)).toMatchObject({ event: 'shutdown_forced', signal: 'SIGINT' });
    await expect(response).rejects.toThrow();
  }, 120_000);

  it('a request still running after SHUTDOWN_GRACE_MS is cut off, and the process still exits 0', async () => {
    const { gateway, url } = await startGateway(100);
    const { response } = await requestInFlight(url);
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.lines.find((line) => line.event === 'shutdown_cut')).toMatchObject({ unfinished: 1 });
    await expect(response).rejects.toThrow();
  }, 120_000);
});
