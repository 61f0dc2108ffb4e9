// Emulator options with their defaults, rejected early and in one sentence when wrong.
import { validQuotas } from './quotas.js';
import type { EmulatorOptions, Quotas } from './types.js';

export interface Settings {
  host: string;
  port: number;
  seed: number;
  sessionsPerKind: number;
  latencyMs: number;
  pageSizes: Partial<Record<string, number>>;
  quotas: Quotas;
  clock: () => number;
}

function whole(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}.`);
  return value;
}

function validClock(clock: unknown): () => number {
  if (clock === undefined) return () => performance.now();
  if (typeof clock !== 'function') throw new TypeError('clock must be a function returning milliseconds.');
  return clock as () => number;
}

export function validOptions(options: EmulatorOptions): Settings {
  const pageSizes = { ...(options.pageSizes ?? {}) };
  for (const [operation, size] of Object.entries(pageSizes)) whole(`pageSizes.${operation}`, size, 1, 1, 1000);
  return {
    host: options.host ?? '127.0.0.1',
    port: whole('port', options.port, 0, 0, 65535),
    seed: whole('seed', options.seed, 1, 0, 2 ** 32 - 1),
    sessionsPerKind: whole('sessionsPerKind', options.sessionsPerKind, 200, 0, 2_000_000),
    latencyMs: whole('latencyMs', options.latencyMs, 0, 0, 600_000),
    pageSizes,
    quotas: options.quotas === undefined ? {} : validQuotas(options.quotas),
    clock: validClock(options.clock),
  };
}
