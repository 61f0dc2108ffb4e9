// The built artefact, started as the container starts it: the Dockerfile's build, start and
// health-check commands, run here because Docker cannot run on these machines.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { builtinModules } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.js';
import { parsePrometheus, total } from '../support/ops.js';
import { awsEnv, cleanEnv, spawnGateway, started, type GatewayProcess } from '../support/process.js';

const dockerfile = readFileSync('Dockerfile', 'utf8');
/** The JSON-form command of a Dockerfile instruction, e.g. CMD ["node", "dist/server.js"]. */
const instruction = (pattern: RegExp) => JSON.parse(pattern.exec(dockerfile)![1]!) as string[];
const CMD = instruction(/^CMD (\[.*\])$/m);
const HEALTHCHECK = instruction(/^HEALTHCHECK .*CMD (\[.*\])$/m);
/** The runtime stage's ENV, as the image sets it (HOST stays on loopback here). */
const imageEnv = Object.fromEntries([...dockerfile.matchAll(/^\s*(?:ENV )?([A-Z_]+)=(\S+?)(?: \\)?$/gm)].map(([, k, v]) => [k!, v!]));

let emulator: Emulator;
let gateway: GatewayProcess;
let started_: Record<string, any>;
/** An OTLP/HTTP receiver: the bodies of the trace exports it got. */
const exports: Buffer[] = [];
const collector = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (req.url === '/v1/traces' && req.headers['content-type'] === 'application/x-protobuf') exports.push(Buffer.concat(chunks));
  res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
});
beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  expect(dockerfile).toContain('RUN npm run build');
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  emulator = await startEmulator({ sessionsPerKind: 20 });
  expect(CMD).toEqual(['node', 'dist/server.js']);
  gateway = spawnGateway(process.execPath, CMD.slice(1), {
    ...cleanEnv(),
    ...imageEnv,
    ...awsEnv(emulator.url),
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
    // Production refuses to start without it: a deployment sets one secret for all replicas.
    CURSOR_SECRET: 'a cursor secret shared by every replica, 32+ chars',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
  });
  started_ = await started(gateway);
}, 300_000);
afterAll(async () => {
  gateway?.child.kill('SIGKILL');
  await emulator?.close();
  collector.close();
});

describe('node dist/server.js with production settings', () => {
  it('announces upstream, regions, sources, federation and auth mode', () => {
    expect(imageEnv).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(started_).toMatchObject({
      level: 30,
      upstream: 'aws',
      regions: { deviceFarm: 'us-west-2', nimble: 'eu-west-1', codeCatalyst: 'global' },
      sources: ['deviceFarm', 'nimble', 'codeCatalyst'],
      federation: true,
      auth: 'none',
      metricsPort: expect.any(Number),
    });
    expect(started_.msg).toMatch(/^Session gateway ready: GraphiQL at http:\/\/localhost:\d+\/graphql \| upstream aws \| regions deviceFarm us-west-2, nimble eu-west-1, codeCatalyst global \| sources deviceFarm, nimble, codeCatalyst \| federation on \| auth off \(AUTH_MODE=none: every caller sees every session\)$/);
  });

  it("passes the image's HEALTHCHECK, is ready, and serves GraphQL", async () => {
    const check = spawnSync(process.execPath, HEALTHCHECK.slice(1), { env: { ...cleanEnv(), PORT: String(started_.port) } });
    expect(check.status).toBe(0);
    expect((await fetch(`http://127.0.0.1:${started_.port}/ready`)).status).toBe(200);
    const res = await fetch(started_.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query DistFeed { sessions(first: 8) { edges { node { kind } } } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.sessions.edges).toHaveLength(8);
  });

  it("bounds V8's heap as the image's NODE_OPTIONS say (below 1 GB, V8 grows the heap by smaller steps)", () => {
    expect(imageEnv.NODE_OPTIONS).toMatch(/^--max-old-space-size=\d+$/);
    const probe = spawnSync(process.execPath, ['-e', "console.log(require('node:v8').getHeapStatistics().heap_size_limit)"], { env: { ...cleanEnv(), NODE_OPTIONS: imageEnv.NODE_OPTIONS }, encoding: 'utf8' });
    expect(probe.status, probe.stderr).toBe(0);
    const limitMb = Number(probe.stdout) / 1024 / 1024;
    expect(limitMb).toBeGreaterThan(256);
    expect(limitMb).toBeLessThan(1024);
  });

  it('fails the HEALTHCHECK when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const check = spawnSync(process.execPath, HEALTHCHECK.slice(1), { env: { ...cleanEnv(), PORT: String(port) } });
    expect(check.status).toBe(1);
  });

  it('serves /metrics on METRICS_PORT only', async () => {
    expect((await fetch(`http://127.0.0.1:${started_.port}/metrics`)).status).toBe(404);
    const samples = parsePrometheus(await (await fetch(`http://127.0.0.1:${started_.metricsPort}/metrics`)).text());
    expect(total(samples, 'gateway_upstream_calls_total', { outcome: 'ok' })).toBe(emulator.requests.length);
    expect(total(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('on SIGTERM flushes its traces to the OTLP endpoint and exits 0', async () => {
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    // OTLP protobuf carries span names as plain UTF-8.
    const sent = Buffer.concat(exports);
    expect(sent.includes('query.DistFeed')).toBe(true);
    expect(sent.includes('nimble.ListStreamingSessions')).toBe(true);
  });

  it('wrote only JSON lines to stdout and nothing to stderr', () => {
    expect(gateway.lines.filter((line) => line.event === 'not_json')).toEqual([]);
    expect(gateway.lines.map((line) => line.event)).toEqual(expect.arrayContaining(['started', 'request', 'shutdown', 'stopped']));
    expect(gateway.stderr()).toBe('');
  });
});

describe('dist/', () => {
  it('imports only production dependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const files = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of files) {
      for (const [, specifier] of readFileSync(join('dist', file), 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
        if (specifier!.startsWith('.') || specifier!.startsWith('node:') || builtinModules.includes(specifier!)) continue;
        imported.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!);
      }
    }
    expect(imported.size).toBeGreaterThan(10);
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });
});
