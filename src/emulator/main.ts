// The standalone emulator: `npm run emulator -- --port 4566 --seed 1 --sessions 200 --latency 0`.
import { PUBLISHED_QUOTAS, validQuotas } from './quotas.js';
import { startEmulator } from './server.js';
import { REGISTERED } from './services/registry.js';
import type { EmulatorOptions, Quotas } from './types.js';

const USAGE = 'usage: npm run emulator -- [--port <n>] [--host <address>] [--seed <n>] [--sessions <n>] [--latency <ms>] [--quota published|<service>=<rate>/<burst>]... [--now <instant>] [--clock running|manual] [--simulation on|off]';

const HELP = [
  USAGE,
  '',
  '  --port <n>        port to listen on, 0 for any free one (default 4566)',
  '  --host <address>  address to listen on (default 127.0.0.1)',
  '  --seed <n>        seed of the generated data (default 1)',
  '  --sessions <n>    sessions of each kind (default 200)',
  '  --latency <ms>    delay added to every call (default 0)',
  "  --quota <q>       enforce a request quota: 'published' (Device Farm's 10/s, burst 50) or",
  '                    <service>=<rate>/<burst>, e.g. nimble=5/20; repeat for more services',
  '  --now <instant>   the world\'s start, e.g. 2026-11-01T00:00:00Z (default: the real time)',
  '  --clock <mode>    running: the world\'s time passes (default); manual: only POST /_emulator/clock moves it',
  '  --simulation <s>  on: sessions are created, start, run and end on their own (default off)',
  '  --help            print this and exit',
  '',
  'Faults, latency and quotas can also be changed while running: see the control API in src/emulator/README.md.',
  '',
].join('\n');

const FLAGS: Record<string, { key: keyof EmulatorOptions; min: number; max: number } | 'host' | 'quota' | 'now' | 'clock' | 'simulation'> = {
  '--port': { key: 'port', min: 0, max: 65535 },
  '--seed': { key: 'seed', min: 0, max: 2 ** 32 - 1 },
  '--sessions': { key: 'sessionsPerKind', min: 0, max: 2_000_000 },
  '--latency': { key: 'latencyMs', min: 0, max: 600_000 },
  '--host': 'host',
  '--quota': 'quota',
  '--now': 'now',
  '--clock': 'clock',
  '--simulation': 'simulation',
};

/** The world's options, from their flags. */
function worldOption(spec: 'now' | 'clock' | 'simulation', flag: string, value: string): Partial<EmulatorOptions> {
  if (spec === 'now') {
    const ms = /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
    if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(3000, 0, 1)) throw new UsageError(`Option ${flag} must be an ISO 8601 instant such as 2026-11-01T00:00:00Z, got "${value.slice(0, 60)}".`);
    return { now: ms, worldClock: 'running' };
  }
  if (spec === 'clock') {
    if (value !== 'running' && value !== 'manual') throw new UsageError(`Option ${flag} must be running or manual, got "${value.slice(0, 60)}".`);
    return { worldClock: value };
  }
  if (value !== 'on' && value !== 'off') throw new UsageError(`Option ${flag} must be on or off, got "${value.slice(0, 60)}".`);
  return { simulation: value === 'on' };
}

class UsageError extends Error {}
class HelpRequested extends Error {}

/** `published`, or `<service>=<rate>/<burst>` (rate may have a fraction). */
function parseQuota(value: string): Quotas {
  if (value === 'published') return PUBLISHED_QUOTAS;
  const match = /^(\w+)=(\d+(?:\.\d+)?)\/(\d+)$/.exec(value);
  if (!match) throw new UsageError(`Option --quota must be 'published' or <service>=<rate>/<burst> such as deviceFarm=10/50, got "${value.slice(0, 60)}".`);
  try {
    return validQuotas({ [match[1] as string]: { ratePerSecond: Number(match[2]), burst: Number(match[3]) } });
  } catch (error) {
    throw new UsageError(`Option --quota: ${(error as Error).message}`);
  }
}

/** Accepts `--flag value` and `--flag=value`. */
function parseArgs(args: string[]): EmulatorOptions {
  const options: EmulatorOptions = { port: 4566 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') throw new HelpRequested();
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = FLAGS[flag];
    if (spec === undefined) throw new UsageError(`Unknown option ${arg}; ${USAGE}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`Option ${flag} needs a value; ${USAGE}`);
    if (spec === 'host') {
      options.host = value;
      continue;
    }
    if (spec === 'now' || spec === 'clock' || spec === 'simulation') {
      const world = worldOption(spec, flag, value);
      // --now starts a running world; a --clock given before it keeps its mode.
      Object.assign(options, world, 'now' in world && options.worldClock !== undefined ? { worldClock: options.worldClock } : {});
      continue;
    }
    if (spec === 'quota') {
      options.quotas = { ...(options.quotas as Quotas | undefined), ...parseQuota(value) };
      continue;
    }
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < spec.min || number > spec.max) {
      throw new UsageError(`Option ${flag} must be a whole number from ${spec.min} to ${spec.max}, got "${value}".`);
    }
    (options as Record<string, unknown>)[spec.key] = number;
  }
  return options;
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(HELP);
      process.exit(0);
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const emulator = await startEmulator(options).catch((error: NodeJS.ErrnoException) => {
    process.stderr.write(`The emulator could not listen on ${options.host ?? '127.0.0.1'}:${options.port}: ${error.code ?? error.message}.\n`);
    process.exit(1);
  });
  process.stdout.write(
    [
      `AWS emulator (${REGISTERED.map((service) => service.title).join(', ')}) listening on ${emulator.url}`,
      `  seed ${options.seed ?? 1}, ${options.sessionsPerKind ?? 200} sessions per kind, control API at ${emulator.url}/_emulator/health`,
      `  world time ${emulator.now().toISOString()} (${options.worldClock ?? 'running'}), simulation ${emulator.simulation ? 'on' : 'off'}`,
      ...Object.entries(options.quotas ?? {}).map(([service, limit]) => `  quota: ${service} ${limit.ratePerSecond} requests/s, burst ${limit.burst}, per caller and operation (List*/Get*)`),
      'Point the gateway or any AWS SDK at it:',
      `  export AWS_ENDPOINT_URL=${emulator.url}`,
      '  export AWS_REGION=us-west-2 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret',
      '  export CODECATALYST_TOKEN=any-token   # CodeCatalyst accepts any bearer token',
      '',
    ].join('\n'),
  );
  const shutdown = (signal: string) => {
    process.stdout.write(`${signal}: closing the emulator\n`);
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
