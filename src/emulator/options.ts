// Emulator options with their defaults, rejected early and in one sentence when wrong.
import { validRoles, type RoleOption } from './accounts.js';
import { validQuotas } from './quotas.js';
import type { Place } from './seed/place.js';
import type { EmulatorOptions, Quotas } from './types.js';
import type { WorldClockMode } from './world.js';

export interface Settings {
  host: string;
  port: number;
  seed: number;
  sessionsPerKind: number;
  latencyMs: number;
  pageSizes: Partial<Record<string, number>>;
  quotas: Quotas;
  clock: () => number;
  /** The world's start, epoch milliseconds. */
  now: number;
  worldClock: WorldClockMode;
  simulation: boolean;
  /** Undefined: any role may be assumed. */
  roles: RoleOption[] | undefined;
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

/** A fixed instant: epoch milliseconds or a Date, within years 2000 to 2999 (a guard against seconds). */
function validNow(now: unknown): number | undefined {
  if (now === undefined) return undefined;
  const ms = now instanceof Date ? now.getTime() : now;
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(3000, 0, 1)) {
    throw new RangeError('now must be a Date or whole epoch milliseconds between the years 2000 and 2999.');
  }
  return ms;
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
    roles: validRoles(options.roles),
    ...world(options),
  };
}

/** An account and region to read `emulator.dataAt` for. */
export function validPlace(place: unknown): Place {
  const { account, region } = (place ?? {}) as Record<string, unknown>;
  if (typeof account !== 'string' || !/^\d{12}$/.test(account) || typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new TypeError('A place is {account: "<12 digits>", region: "<region such as eu-west-1>"}.');
  }
  return { account, region };
}

/** Without `now`, the world starts at the real time and runs; with it, it stands still until advanced. */
function world(options: EmulatorOptions): Pick<Settings, 'now' | 'worldClock' | 'simulation'> {
  const fixed = validNow(options.now);
  const mode = options.worldClock ?? (fixed === undefined ? 'running' : 'manual');
  if (mode !== 'running' && mode !== 'manual') throw new TypeError(`worldClock must be 'running' or 'manual', got ${String(mode)}.`);
  if (options.simulation !== undefined && typeof options.simulation !== 'boolean') throw new TypeError('simulation must be true or false.');
  return { now: fixed ?? Date.now(), worldClock: mode, simulation: options.simulation ?? false };
}
