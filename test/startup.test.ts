// The process as a newcomer or an operator starts it: `tsx src/server.ts` with an environment.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/emulator/index.js';

// No AWS setting of the machine leaks in; no credential probe leaves loopback (IMDS is off).
const cleanEnv = () => ({
  PATH: process.env.PATH,
  HOME: mkdtempSync(join(tmpdir(), 'gw-home-')),
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  PORT: '0',
  // No session history: the gateway starts at once and writes no data directory here.
  HISTORY_DIR: 'off',
});

interface Started {
  url?: string;
  stdout: string;
  code?: number | null;
  stderr: string;
  stop: () => void;
}

/** Starts the gateway; resolves once it is listening or has exited. */
function startGateway(env: Record<string, string | undefined>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    const stop = () => child.kill('SIGTERM');
    child.stdout.on('data', (d) => {
      stdout += d;
      const url = /GraphiQL at (\S+)/.exec(stdout)?.[1];
      if (url) resolve({ url, stdout, stderr, stop });
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr, stop }));
  });
}

describe('start-up', () => {
  it.each([
    [{ PORT: 'x' }, 'PORT must be a whole number from 0 to 65535, got "x".'],
    [{ UPSTREAM: 'gcp' }, 'UPSTREAM must be one of emulator, aws, got "gcp".'],
    [{ UPSTREAM: 'aws', SOURCES: 'nimble' }, 'Nimble Studio needs a region (set AWS_REGION or a region in your AWS profile); configure it or switch the source off with SOURCES.'],
    [{ UPSTREAM: 'aws', SOURCES: 'deviceFarm' }, 'Device Farm needs AWS credentials; configure it or switch the source off with SOURCES.'],
    [{ AUTH_MODE: 'jwt', AUTH_POLICY: '{"rules":[]}' }, 'AUTH_MODE=jwt needs exactly one of AUTH_JWT_SECRET (HS256) and AUTH_JWKS_URL.'],
    [{ UPSTREAM: 'aws', SOURCES: 'codeCatalyst' }, 'CodeCatalyst needs a token (set CODECATALYST_TOKEN or sign in with `aws sso login`); configure it or switch the source off with SOURCES.'],
    // Once a crash after listening (the SDK refused the region when the banner asked for it).
    [{ DEVICE_FARM_REGION: 'bad region!' }, 'DEVICE_FARM_REGION must be an AWS Region such as us-west-2, got "bad region!".'],
    [{ UPSTREAM: 'aws', AWS_REGION: 'bad region!' }, 'AWS_REGION must be an AWS Region such as us-west-2, got "bad region!".'],
    [{ HOST: 'not a host!' }, 'HOST must be a host name or an IP address to listen on, such as 127.0.0.1, 0.0.0.0 or ::, got "not a host!".'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://user:secretpw@collector' }, 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "ftp://***@collector".'],
  ])('%o stops with one sentence and no stack trace', async (env, sentence) => {
    const started = await startGateway({ ...cleanEnv(), ...env });
    started.stop();
    expect(started.code).toBe(2);
    expect(started.stderr.trim()).toBe(`Cannot start the session gateway: ${sentence}`);
  });
});

describe('a start-up failure after the log opened', () => {
  it('exits 2 with its sentence, the lines logged before it written out whole', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const started = await startGateway({ ...cleanEnv(), PORT: String(port), HOST: '127.0.0.1' });
      started.stop();
      expect(started.code).toBe(2);
      expect(started.stderr.trim()).toBe(`Cannot start the session gateway: port ${port} is in use; set PORT to a free port.`);
      // The embedded emulator's line came before the failure: every line is whole JSON.
      const events = started.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { event?: string }).event);
      expect(events).toContain('emulator_started');
    } finally {
      taken.close();
    }
  });
});

describe('authentication at start-up', () => {
  it('says that authentication is off when AUTH_MODE is not set', async () => {
    const started = await startGateway(cleanEnv());
    started.stop();
    expect(started.url).toBeDefined();
    expect(started.stdout).toContain('auth off (AUTH_MODE=none: every caller sees every session)');
  });
});

describe('UPSTREAM=aws with the standard AWS configuration, pointed at the standalone emulator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ sessionsPerKind: 20 });
  });
  afterAll(() => emulator.close());

  it('serves sessions of every source through AWS_ENDPOINT_URL, AWS_REGION, static keys and CODECATALYST_TOKEN', async () => {
    const started = await startGateway({
      ...cleanEnv(),
      UPSTREAM: 'aws',
      AWS_ENDPOINT_URL: emulator.url,
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDSTARTUPTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      CODECATALYST_TOKEN: 'a-personal-access-token',
    });
    try {
      expect(started.url).toBeDefined();
      const res = await fetch(started.url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sessions(first: 100) { edges { node { kind } } incompleteSources { source } } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      const kinds = new Set(body.data.sessions.edges.map((e: any) => e.node.kind));
      expect(kinds).toEqual(new Set(['REMOTE_ACCESS', 'TEST_GRID', 'STREAMING', 'DEV_ENVIRONMENT']));
      const auth = emulator.requests.map((r) => r.service);
      expect(new Set(auth)).toEqual(new Set(['deviceFarm', 'nimble', 'codeCatalyst']));
    } finally {
      started.stop();
    }
  });
});
