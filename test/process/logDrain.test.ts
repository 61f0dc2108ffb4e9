// The last lines before an exit arrive whole and in order. pino's synchronous flush at exit does
// not wait for a write already on libuv's thread pool: with a big line in flight, "stopped"
// overtook "shutdown" on CI. `drainLog` waits for it.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

// The reader holds off until the child is about to exit, so the big line's write is still in
// flight (the pipe is full) when the last line is logged: the race, every time. Without
// `drainLog`, the two lines come out torn into each other.
const script = `
  import { writeSync } from 'node:fs';
  import { createLogger, drainLog } from './src/ops/logger.ts';
  const logger = await createLogger('info');
  logger.info({ event: 'shutdown', pad: 'x'.repeat(1_000_000) });
  await new Promise((resolve) => setImmediate(resolve));
  logger.info({ event: 'stopped' });
  writeSync(2, 'exiting\\n');
  await drainLog(logger);
  process.exit(0);
`;

const eventOf = (line: string): string => {
  try {
    return JSON.parse(line).event;
  } catch {
    return 'torn';
  }
};

const eventsOf = () =>
  new Promise<string[]>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.pause();
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', () => void sleep(100).then(() => child.stdout.resume()));
    child.on('error', reject);
    child.on('close', () => resolve(out.trim().split('\n').map(eventOf)));
  });

describe('drainLog', () => {
  it('writes the line in flight before the last one', async () => {
    expect(await eventsOf()).toEqual(['shutdown', 'stopped']);
  }, 60_000);
});
