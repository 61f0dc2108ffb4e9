// Starts the gateway as an operator does (a real process) and reads its JSON log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** No AWS setting of the machine leaks in; no credential probe leaves loopback (IMDS is off). */
export const cleanEnv = (): Record<string, string> => ({
  PATH: process.env.PATH!,
  HOME: mkdtempSync(join(tmpdir(), 'gw-home-')),
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  PORT: '0',
  // No session history: a spawned gateway starts at once and leaves no data directory behind.
  HISTORY_DIR: 'off',
});

/** UPSTREAM=aws pointed at a standalone emulator, with static keys and a token. */
export const awsEnv = (emulatorUrl: string): Record<string, string> => ({
  UPSTREAM: 'aws',
  AWS_ENDPOINT_URL: emulatorUrl,
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIDPROCESSTEST',
  AWS_SECRET_ACCESS_KEY: 'secret',
  CODECATALYST_TOKEN: 'a-personal-access-token',
});

export interface GatewayProcess {
  child: ChildProcess;
  /** Every stdout line, parsed as JSON; a line that is not JSON is `{ event: 'not_json', text }`. */
  lines: Array<Record<string, any>>;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first log line that matches. */
  waitFor(match: (line: Record<string, any>) => boolean): Promise<Record<string, any>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnGateway(command: string, args: string[], env: Record<string, string>, options: { detached?: boolean } = {}): GatewayProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let out = '';
  let err = '';
  const lines: Array<Record<string, any>> = [];
  const waiters: Array<{ match: (line: Record<string, any>) => boolean; resolve: (line: Record<string, any>) => void }> = [];
  let pending = '';
  child.stdout!.on('data', (chunk) => {
    out += chunk;
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const text of complete) {
      let line: Record<string, any>;
      try {
        line = JSON.parse(text);
      } catch {
        line = { event: 'not_json', text };
      }
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    lines,
    stdout: () => out,
    stderr: () => err,
    waitFor(match) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then(({ code }) => reject(new Error(`The gateway exited (${code}) first. stderr: ${err}\nstdout: ${out}`)));
      });
    },
    exited,
  };
}

/** The gateway from its TypeScript sources, as `npm start` runs it. */
export const spawnSourceGateway = (env: Record<string, string>) => spawnGateway(process.execPath, ['--import', 'tsx', 'src/server.ts'], env);

export const started = (gateway: GatewayProcess) => gateway.waitFor((line) => line.event === 'started');

export interface Gate {
  url: string;
  /** Resolves when a held request has arrived. */
  arrived: Promise<void>;
  /** Lets the held requests through to the emulator. */
  release(): void;
  close(): Promise<void>;
}

/**
 * An HTTP hop in front of the emulator that holds the requests `hold` picks until released,
 * so a test knows for certain that an upstream call is in flight. Everything else, and the
 * held requests once released, go to the emulator unchanged.
 */
export async function startGate(target: string, hold: (path: string) => boolean): Promise<Gate> {
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (hold(req.url ?? '')) {
      arrive();
      await released;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const answer = await fetch(target + req.url, { method: req.method!, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
    const body = Buffer.from(await answer.arrayBuffer());
    const kept = [...answer.headers].filter(([name]) => !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name));
    res.writeHead(answer.status, Object.fromEntries(kept)).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived,
    release,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
