// A real Redis for a test: Debian's redis-server on a free loopback port, in a fresh temporary
// directory, without persistence. Installed on demand (as root) by scripts/install-redis-server.sh.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './freePort.js';

export interface RedisServer {
  url: string;
  port: number;
  /** Shuts the server down (SIGTERM) and removes its directory. */
  stop(): Promise<void>;
  /** SIGKILL, as when Redis dies mid-test; `restart` brings it back on the same port. */
  kill(): Promise<void>;
  /** Starts a fresh, empty server on the same port (stopping the running one first). */
  restart(): Promise<void>;
}

const INSTALL_SCRIPT = fileURLToPath(new URL('../../scripts/install-redis-server.sh', import.meta.url));
const INSTALL_COMMAND = "sudo sh -c 'apt-get update && apt-get install -y redis-server'";
const READY_ATTEMPTS = 400; // 25 ms apart: ten seconds for a busy machine
const PORT_ATTEMPTS = 5;

const run = promisify(execFile);
let installed: Promise<void> | undefined;
const running = new Set<ChildProcess>();

/** Once per process; parallel test workers serialise on the script's lock file. */
function ensureInstalled(): Promise<void> {
  installed ??= (async () => {
    try {
      await run('redis-server', ['--version']);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (process.getuid?.() !== 0) throw new Error(`redis-server is not installed; run: ${INSTALL_COMMAND}`);
    await run('bash', [INSTALL_SCRIPT], { timeout: 600_000 });
  })();
  return installed;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function signal(child: ChildProcess, name: NodeJS.Signals): Promise<void> {
  if (exited(child)) return;
  const done = once(child, 'exit');
  child.kill(name);
  await done;
}

/** Starts redis-server; resolves once it answers PING, or rejects with its output. */
async function spawnRedis(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
    if (exited(child)) throw new Error(`redis-server exited on port ${port}:\n${output}`);
    if (await answersPing(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await signal(child, 'SIGKILL');
  throw new Error(`redis-server did not answer PING on port ${port}:\n${output}`);
}

// A test that forgets stop() must not leave a server behind when its worker exits.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export async function startRedis(): Promise<RedisServer> {
  await ensureInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'redis-test-'));
  let port = 0;
  let child: ChildProcess | undefined;
  // Another process may take the free port before redis-server binds it: try another.
  for (let attempt = 1; !child; attempt++) {
    port = await freePort();
    try {
      child = await spawnRedis(port, dir);
    } catch (error) {
      if (attempt === PORT_ATTEMPTS || !String(error).includes('Address already in use')) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let current = child;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      await signal(current, 'SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
    kill: () => signal(current, 'SIGKILL'),
    async restart() {
      await signal(current, 'SIGTERM');
      current = await spawnRedis(port, dir);
    },
  };
}
