// A real PostgreSQL for a test: Debian's postgresql on a free loopback port, in a fresh temporary
// directory, stopped and removed after. initdb and postgres refuse to run as root, so as root they
// run as the `postgres` user (runuser). Installed on demand (as root) by scripts/install-postgresql.sh.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './freePort.js';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** A fresh, empty database on this server; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const INSTALL_SCRIPT = fileURLToPath(new URL('../../scripts/install-postgresql.sh', import.meta.url));
const INSTALL_COMMAND = "sudo sh -c 'apt-get update && apt-get install -y postgresql'";
const READY_ATTEMPTS = 600; // 50 ms apart: thirty seconds for a busy machine

const run = promisify(execFile);
const running = new Set<ChildProcess>();
/** Postmaster PIDs: killing runuser (as root) would leave PostgreSQL running. */
const postmasters = new Set<number>();
let installed: Promise<string> | undefined;

function binDir(): string | undefined {
  try {
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    return versions[0] ? `/usr/lib/postgresql/${versions[0]}/bin` : undefined;
  } catch {
    return undefined;
  }
}

/** Once per process; parallel test workers serialise on the script's lock file. */
function ensureInstalled(): Promise<string> {
  installed ??= (async () => {
    const found = binDir();
    if (found) return found;
    if (process.getuid?.() !== 0) throw new Error(`postgresql is not installed; run: ${INSTALL_COMMAND}`);
    await run('bash', [INSTALL_SCRIPT], { timeout: 600_000 });
    const bin = binDir();
    if (!bin) throw new Error('postgresql was installed but no /usr/lib/postgresql/*/bin/postgres exists');
    return bin;
  })();
  return installed as Promise<string>;
}

const asRoot = process.getuid?.() === 0;
/** The command line, run as `postgres` when this process is root. */
const as = (command: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// A test that forgets stop() must not leave a server behind when its worker exits (SIGQUIT:
// PostgreSQL's immediate shutdown, which takes its backends with it).
process.once('exit', () => {
  postmasters.forEach((pid) => {
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      // already gone
    }
  });
  running.forEach((child) => child.kill('SIGKILL'));
});

async function postmasterPid(data: string): Promise<number> {
  return Number((await readFile(join(data, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = await ensureInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'postgres-test-'));
  if (asRoot) {
    const { uid, gid } = await run('id', ['-u', 'postgres']).then(async ({ stdout }) => ({ uid: Number(stdout), gid: Number((await run('id', ['-g', 'postgres'])).stdout) }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  await run(...as(`${bin}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']), { timeout: 120_000 });
  const port = await freePort();
  const [command, args] = as(`${bin}/postgres`, ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=50']);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; !(await accepts(url)); attempt++) {
    if (child.exitCode !== null || attempt === READY_ATTEMPTS) {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
      throw new Error(`postgres did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const pid = await postmasterPid(data);
  if (pid > 0) postmasters.add(pid);
  let databases = 0;
  return {
    url,
    async createDatabase() {
      const name = `test_${++databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        // SIGINT is PostgreSQL's fast shutdown; sent to the postmaster itself, since runuser
        // (as root) stands between it and this process.
        if (pid > 0) process.kill(pid, 'SIGINT');
        else child.kill('SIGINT');
        await exited;
        postmasters.delete(pid);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
