// `npm start` runs node itself: Ctrl-C (SIGINT to the terminal's process group) stops the gateway
// gracefully and leaves nothing holding the port.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanEnv, spawnGateway, started } from '../support/process.js';

const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  it('runs the gateway as npm\'s direct child, and Ctrl-C stops it cleanly with the port released', async () => {
    const npm = spawnGateway('npm', ['start'], { ...cleanEnv(), EMULATOR_SESSIONS: '20' }, { detached: true });
    const { pid, port, url } = await started(npm);
    // No shell and no tsx wrapper between npm and the gateway: npm's signals reach it directly.
    expect(parentOf(pid)).toBe(npm.child.pid);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status).toBe(200);

    process.kill(-npm.child.pid!, 'SIGINT');
    expect(await npm.exited).toEqual({ code: 0, signal: null });
    expect(npm.lines.filter((line) => line.event !== 'not_json').map((line) => line.event)).toEqual(['emulator_started', 'started', 'request', 'shutdown', 'stopped']);
    // Start-up's garbage was collected before the port opened; the line says what heap is left.
    expect(npm.lines.find((line) => line.event === 'started')?.heapMb).toEqual(expect.any(Number));
    expect(alive(pid)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 120_000);
});
