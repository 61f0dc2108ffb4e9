// Readers of environment variables, each checking its value: a mistake is a ConfigError whose
// message is one sentence a person can act on. Only src/config.ts passes them the environment.
import { isIP } from 'node:net';
import { escapeControl } from '../untrusted.js';

export type Env = Record<string, string | undefined>;

/** A configuration mistake: its message is one sentence a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The longest part of a configured value a message shows; a longer one is cut, with its length. */
const MAX_SHOWN = 100;

/**
 * Whatever precedes a value's last `@` (after a `scheme://`) may be a URL's user and password,
 * also in a URL written without its scheme: it is never shown.
 */
const USERINFO = /^([a-z][a-z\d+.-]*:\/\/)?[^]*@/i;

/**
 * A configured value as a ConfigError quotes it: without a URL's user and password, control
 * characters escaped (one line, no terminal codes), and at most MAX_SHOWN characters of it.
 */
export function quote(value: string): string {
  const shown = escapeControl(value.replace(USERINFO, '$1***@'));
  return shown.length <= MAX_SHOWN ? `"${shown}"` : `"${shown.slice(0, MAX_SHOWN)}…" (${value.length} characters)`;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${quote(raw)}.`);
  }
  return value;
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got ${quote(raw)}.`);
  }
  return raw as T;
}

export function list(env: Env, name: string): string[] | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const items = raw.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new ConfigError(`${name} must be a comma-separated list without empty entries, got ${quote(raw)}.`);
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
    throw new ConfigError(`${name} must be an ISO 8601 instant with a time zone such as 2026-11-29T12:00:00Z, got ${quote(raw)}.`);
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
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1' || url?.hostname === '[::1]';
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    throw new ConfigError(`${name} must be an https:// URL (http:// only for localhost), got ${quote(raw)}.`);
  }
  // A key set is public: credentials in its URL would only end up in logs and traces.
  if (url.username || url.password) throw new ConfigError(`${name} must not hold a user name or password (a key set is public), got ${quote(raw)}.`);
  return raw;
}

/** What `server.listen` can bind: a host name (letters, digits and dashes between dots) or an IP address. */
export function host(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const labels = raw.replace(/\.$/, '').split('.');
  const hostName = raw.length <= 253 && labels.every((label) => /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/i.test(label));
  if (!hostName && isIP(raw) === 0) throw new ConfigError(`${name} must be a host name or an IP address to listen on, such as 127.0.0.1, 0.0.0.0 or ::, got ${quote(raw)}.`);
  return raw;
}
