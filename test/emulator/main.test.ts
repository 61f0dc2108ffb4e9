// The standalone program: flags, the printed hints, and a clean shutdown on a signal.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

function run(args: string[]) {
  const child = spawn(tsx, ['src/emulator/main.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('npm run emulator', () => {
  it.each([['--port', 'http'], ['--sessions=-5'], ['--colour', 'blue'], ['--seed'], ['--quota', 'lambda=1/2'], ['--quota=deviceFarm=fast'], ['--now', 'yesterday'], ['--simulation=yes']])('rejects %s with one sentence and exit code 2', async (...args) => {
    const program = run(args);
    expect(await program.exited).toBe(2);
    expect(program.err().trim().split('\n')).toHaveLength(1);
    expect(program.out()).toBe('');
  });

  it('prints its flags on --help and exits 0', async () => {
    const program = run(['--help']);
    expect(await program.exited).toBe(0);
    expect(program.out()).toMatch(/^usage: npm run emulator -- /);
    for (const flag of ['--port', '--host', '--seed', '--sessions', '--latency', '--quota', '--now', '--clock', '--simulation']) expect(program.out()).toContain(`  ${flag} `);
    expect(program.err()).toBe('');
  });

  it('serves on the given port, prints the URL and endpoint variables, and stops on SIGTERM', async () => {
    const program = run(['--port', '0', '--sessions', '10', '--seed', '3', '--latency', '0', '--quota', 'published', '--quota=nimble=0.5/5', '--clock', 'manual', '--now', '2026-11-29T09:00:00Z', '--simulation', 'on']);
    await expect.poll(() => program.out(), { timeout: 10_000 }).toContain('AWS_ENDPOINT_URL=');
    const url = /listening on (http:\/\/\S+)/.exec(program.out())?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(program.out()).toContain(`export AWS_ENDPOINT_URL=${url}`);
    const health = await fetch(`${url}/_emulator/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', url });
    const quotas = await fetch(`${url}/_emulator/quotas`);
    expect(await quotas.json()).toEqual({ deviceFarm: { ratePerSecond: 10, burst: 50 }, nimble: { ratePerSecond: 0.5, burst: 5 } });
    expect(program.out()).toContain('quota: deviceFarm 10 requests/s, burst 50');
    expect(program.out()).toContain('world time 2026-11-29T09:00:00.000Z (manual), simulation on');
    const clock = await fetch(`${url}/_emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 60_000 }) });
    expect(await clock.json()).toEqual({ now: '2026-11-29T09:01:00.000Z', simulation: true });
    program.child.kill('SIGTERM');
    expect(await program.exited).toBe(0);
  });
});
