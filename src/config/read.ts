// Readers of environment variables, each checking its value: a mistake is a ConfigError whose
// message is one sentence a person can act on. Only src/config.ts passes them the environment.

export type Env = Record<string, string | undefined>;

/** A configuration mistake: its message is one sentence a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

export function list(env: Env, name: string): string[] | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const items = raw.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new ConfigError(`${name} must be a comma-separated list without empty entries, got "${raw}".`);
  return items;
}

export function flag(env: Env, name: string, fallback: boolean): boolean {
  return oneOf(env, name, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true';
}

/** An ISO 8601 instant with a time zone, e.g. 2026-11-29T12:00:00Z. */
export function instant(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(raw) ? Date.parse(raw) : NaN;
  if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(3000, 0, 1)) {
    throw new ConfigError(`${name} must be an ISO 8601 instant with a time zone such as 2026-11-29T12:00:00Z, got "${raw.slice(0, 60)}".`);
  }
  return ms;
}

export function httpsUrl(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  // http only for a local identity provider (tests, development).
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    throw new ConfigError(`${name} must be an https:// URL (http:// only for localhost), got "${raw.slice(0, 200)}".`);
  }
  return raw;
}
