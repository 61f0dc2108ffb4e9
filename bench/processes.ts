// Child processes of the benchmark: the gateway under test (as `npm start` runs it, with
// UPSTREAM=aws pointed at the emulator) and the bare yoga reference. Each has its own event loop,
// apart from the load generator and the emulator, and its own resident memory.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCKERFILE = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
/** A variable the container image sets (its ENV instruction): the gateway runs here as the image runs it. */
const imageEnv = (name: string) => new RegExp(`^\\s*(?:ENV )?${name}=(\\S+?)(?: \\\\)?$`, 'm').exec(DOCKERFILE)?.[1];
/** Its heap bound. */
const IMAGE_NODE_OPTIONS = imageEnv('NODE_OPTIONS');
/**
 * NODE_ENV=production, as the image sets it: graphql-js checks types by a plain `instanceof` only
 * then (in development it also looks for a second copy of itself, on every check of an execution).
 * It makes CURSOR_SECRET required, as every operator's deployment has one.
 */
const IMAGE_NODE_ENV = imageEnv('NODE_ENV');
const BENCH_CURSOR_SECRET = 'benchmark-cursor-secret-0123456789abcdef';
const running = new Set<ChildProcess>();
// A benchmark that stops half-way leaves no server behind.
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export interface NodeProcess {
  /** The URL printed on the ready line. */
  url: string;
  pid: number;
  /** Resident memory in MB, from /proc (Linux); undefined elsewhere. */
  rssMb(): number | undefined;
  /** CPU time used so far (user + system) in ms, from /proc (Linux); undefined elsewhere. */
  cpuMs(): number | undefined;
  /** The same for the main thread alone (the one that serves requests), from /proc/<pid>/task/<pid>. */
  mainThreadCpuMs(): number | undefined;
  stop(): Promise<void>;
}

function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

function cpuMs(pid: number, thread?: number): number | undefined {
  try {
    // Fields after the command name; utime and stime are the 12th and 13th, in clock ticks
    // (USER_HZ, 100 on Linux). A process's main thread's ID is the process's.
    const fields = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Starts `node <script>` (TypeScript through `--import tsx`, built JavaScript as it is) and
 * resolves with the URL once `ready` matches its stdout.
 */
function startNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, cleanup = () => {}, nodeArgs: string[] = []): Promise<NodeProcess> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stdout = '';
  let stderr = '';
  const stop = async () => {
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(forced);
    running.delete(child);
    cleanup();
  };
  return new Promise((resolve, reject) => {
    let started = false;
    let failure: string | undefined;
    const timer = setTimeout(() => {
      failure = `${name} did not start within 90 s.`;
      child.kill('SIGKILL');
    }, 90_000);
    // Read to the end (a full pipe would block the child), but look for the ready line only once.
    child.stdout.on('data', (chunk) => {
      if (started) return;
      stdout += chunk;
      const url = ready.exec(stdout)?.[1];
      if (!url) return;
      started = true;
      clearTimeout(timer);
      const pid = child.pid as number;
      resolve({ url, pid, rssMb: () => rssMb(pid), cpuMs: () => cpuMs(pid), mainThreadCpuMs: () => cpuMs(pid, pid), stop });
    });
    // Kept short: only the tail is shown if the process fails to start.
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      cleanup();
      reject(new Error(failure ?? `${name} exited (code ${code}) before it was ready: ${stderr.trim() || stdout.trim()}`));
    });
  });
}

/**
 * The gateway as an operator runs it against AWS, pointed at the emulator, with the image's
 * NODE_OPTIONS. The bench's own environment passes through (so `UPSTREAM_CACHE_TTL_MS=0 npm run bench` configures the gateway),
 * except every AWS_* variable and HOME, so no AWS profile, endpoint or credential of this machine
 * leaks in; `extra` (from --env, then per section) wins over everything.
 */
export function startGateway(emulatorUrl: string, extra: Record<string, string> = {}, nodeArgs: string[] = []): Promise<NodeProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')));
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  const env = {
    ...inherited,
    HOME: home,
    UPSTREAM: 'aws',
    AWS_ENDPOINT_URL: emulatorUrl,
    AWS_REGION: 'us-west-2',
    AWS_ACCESS_KEY_ID: 'AKIDBENCHMARK',
    AWS_SECRET_ACCESS_KEY: 'benchmark-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    CODECATALYST_TOKEN: 'benchmark-token',
    HOST: '127.0.0.1',
    PORT: '0',
    ...(IMAGE_NODE_OPTIONS ? { NODE_OPTIONS: IMAGE_NODE_OPTIONS } : {}),
    ...(IMAGE_NODE_ENV ? { NODE_ENV: IMAGE_NODE_ENV, CURSOR_SECRET: BENCH_CURSOR_SECRET } : {}),
    ...extra,
  };
  const removeHome = () => rmSync(home, { recursive: true, force: true });
  // The production artefact, as the container runs it (bench/main.ts builds dist/ first).
  return startNode('The gateway', 'dist/server.js', [], env, /GraphiQL at (\S+)/, removeHome, nodeArgs);
}

/** A graphql-yoga server with the gateway's schema answering every query from `payloadFile`. */
export function startBareYoga(payloadFile: string): Promise<NodeProcess> {
  // The same NODE_ENV as the gateway: graphql-js is as fast on both sides.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...(IMAGE_NODE_ENV ? { NODE_ENV: IMAGE_NODE_ENV } : {}) };
  return startNode('The bare yoga', 'bench/bareYoga.ts', [payloadFile], env, /Bare yoga at (\S+)/);
}

/** The SDK script listing every scope in a process of its own (`bench/sdkScriptProcess.ts`). */
export function runSdkScriptProcess(emulatorUrl: string, size: 'default' | 'largest'): Promise<{ ms: number; sessions: number }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'bench/sdkScriptProcess.ts', emulatorUrl, size], { cwd: ROOT, env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`The SDK script failed: ${(stderr || error.message).trim().slice(-2000)}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) as string));
    });
  });
}
