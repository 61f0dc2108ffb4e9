// `npm run bench -- [--sessions 200] [--latency 20] [--duration 5] [--warmup 2] [--connections 32]
//   [--memory-sessions 100000] [--only first,walk,…] [--env NAME=VALUE …] [--node-arg FLAG …]`: the gateway side by side with what it is measured
// against, in one run, printing ratios (absolute times are noise on a shared machine). The gateway
// runs as its own process (as `npm start` with UPSTREAM=aws), pointed at the emulator in this one.
// A script, not a test: it asserts nothing and prints a verdict against issue 7's targets.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmulator } from '../src/emulator/index.js';
import { Bench, type BenchOptions } from './context.js';
import { calls } from './sections/calls.js';
import { concurrent } from './sections/concurrent.js';
import { firstPage } from './sections/firstPage.js';
import { history } from './sections/history.js';
import { load } from './sections/load.js';
import { memory } from './sections/memory.js';
import { replicas } from './sections/replicas.js';
import { walk } from './sections/walk.js';

// In this order: memory reports the load's RSS, replicas compare with the load's one replica.
const SECTIONS = { calls, first: firstPage, concurrent, walk, load, memory, replicas, history };
type Section = keyof typeof SECTIONS;

function options(): { bench: BenchOptions; only: Section[] } {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '200' },
      latency: { type: 'string', default: '20' },
      duration: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '32' },
      'memory-sessions': { type: 'string', default: '100000' },
      only: { type: 'string' },
      env: { type: 'string', multiple: true, default: [] },
      // Flags for the gateway's node (e.g. --cpu-prof, which NODE_OPTIONS does not accept).
      'node-arg': { type: 'string', multiple: true, default: [] },
    },
  });
  const whole = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number from ${min}, got "${raw}".`);
    return n;
  };
  const only = (values.only?.split(',') ?? Object.keys(SECTIONS)).map((s) => s.trim());
  const unknown = only.filter((s) => !(s in SECTIONS));
  if (unknown.length > 0) throw new Error(`--only takes a comma-separated list of ${Object.keys(SECTIONS).join(', ')}, got "${unknown.join(',')}".`);
  const env: Record<string, string> = {};
  for (const pair of values.env) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--env takes NAME=VALUE, got "${pair}".`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    bench: {
      sessions: whole('sessions', values.sessions, 1),
      latency: whole('latency', values.latency, 0),
      duration: whole('duration', values.duration, 1),
      warmup: whole('warmup', values.warmup, 0),
      connections: whole('connections', values.connections, 1),
      memorySessions: whole('memory-sessions', values['memory-sessions'], 4),
      env,
      nodeArgs: values['node-arg'],
    },
    only: (Object.keys(SECTIONS) as Section[]).filter((s) => only.includes(s)),
  };
}

let parsed;
try {
  parsed = options();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { bench: settings, only } = parsed;
// The gateway runs as production does: `node dist/server.js`, built from this checkout now.
execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  stdio: 'inherit',
});
const emulator = await startEmulator({ sessionsPerKind: settings.sessions, latencyMs: settings.latency });
const bench = new Bench(settings, emulator);
const extra = Object.entries(settings.env).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(
  `emulator: ${settings.sessions} sessions of each kind, ${settings.latency} ms added per call; ` +
    `the gateway in its own process${extra ? ` with ${extra}` : ''}; ${only.join(', ')}`,
);
const started = performance.now();
try {
  for (const section of only) {
    emulator.clearRequests();
    // One section failing (a gateway that does not start, say) does not hide the others.
    await SECTIONS[section](bench).catch((error: Error) => console.log(`\n== ${section}\nFAILED: ${error.message}`));
  }
} finally {
  await emulator.close();
}
console.log(`\nbenchmark done in ${Math.round((performance.now() - started) / 1000)} s`);
