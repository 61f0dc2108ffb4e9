// Who may call the gateway, what each caller sees, and what a request may do.
import { readFileSync } from 'node:fs';
import { parsePolicy, PolicyError, type Policy } from '../auth/policy.js';
import { ConfigError, flag, httpsUrl, integer, list, oneOf, quote, type Env } from './read.js';

/** Who may call the gateway and what each caller sees; see the README's Security section. */
export type AuthConfig =
  | { mode: 'none' }
  | { mode: 'jwt'; secret?: string; jwksUrl?: string; issuer?: string; audience?: string; policy: Policy }
  | { mode: 'header'; header: string; policy: Policy };

/** What the gateway lets a request do; see the README's Security section. */
export interface SecurityConfig {
  /** NODE_ENV=production: introspection, GraphiQL and field suggestions default to off, CURSOR_SECRET is required. */
  production: boolean;
  introspection: boolean;
  graphiql: boolean;
  /** GraphQL's "Did you mean …?" hints in error messages. */
  fieldSuggestions: boolean;
  /** Origins a browser may call the gateway from (CORS); none by default. */
  corsOrigins: string[];
  /** Keys the signatures of cursors; replicas must share it. Without it, a random key per process. */
  cursorSecret: string | undefined;
  /** Largest request body, in bytes; larger ones are answered 413. */
  maxRequestBytes: number;
  /** Most upstream calls one operation may cause, as counted before it runs. */
  maxQueryCost: number;
}

/** The defaults outside production: what a gateway built without a config (tests, tools) gets. */
export const DEFAULT_SECURITY: SecurityConfig = {
  production: false,
  introspection: true,
  graphiql: true,
  fieldSuggestions: true,
  corsOrigins: [],
  cursorSecret: undefined,
  maxRequestBytes: 256 * 1024,
  maxQueryCost: 1000,
};

function origins(env: Env): string[] {
  const items = list(env, 'CORS_ORIGINS') ?? [];
  const bad = items.find((origin) => {
    try {
      return new URL(origin).origin !== origin;
    } catch {
      return true;
    }
  });
  if (bad) throw new ConfigError(`CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and port only), got ${quote(bad)}.`);
  return items;
}

export function security(env: Env): SecurityConfig {
  const production = env.NODE_ENV?.trim() === 'production';
  const cursorSecret = env.CURSOR_SECRET?.trim() || undefined;
  if (cursorSecret !== undefined && cursorSecret.length < 32) throw new ConfigError('CURSOR_SECRET must be at least 32 characters long.');
  if (production && cursorSecret === undefined) {
    throw new ConfigError('CURSOR_SECRET must be set when NODE_ENV=production (at least 32 characters, the same on every replica), so that cursors cannot be forged and every replica accepts them.');
  }
  return {
    production,
    introspection: flag(env, 'INTROSPECTION', !production),
    graphiql: flag(env, 'GRAPHIQL', !production),
    fieldSuggestions: flag(env, 'FIELD_SUGGESTIONS', !production),
    corsOrigins: origins(env),
    cursorSecret,
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', DEFAULT_SECURITY.maxRequestBytes, 1024, 100 * 1024 * 1024),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', DEFAULT_SECURITY.maxQueryCost, 1, 1_000_000),
  };
}

function policy(env: Env, mode: string): Policy {
  const inline = env.AUTH_POLICY?.trim();
  const file = env.AUTH_POLICY_FILE?.trim();
  if (inline && file) throw new ConfigError('Set AUTH_POLICY or AUTH_POLICY_FILE, not both.');
  if (!inline && !file) throw new ConfigError(`AUTH_POLICY or AUTH_POLICY_FILE must be set when AUTH_MODE=${mode}, since without a policy every caller sees nothing.`);
  const name = inline ? 'AUTH_POLICY' : `AUTH_POLICY_FILE (${quote(file ?? '')})`;
  let text = inline ?? '';
  if (file) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`AUTH_POLICY_FILE must name a readable file, got ${quote(file)}.`);
    }
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ConfigError(`${name} must be valid JSON.`);
  }
  try {
    return parsePolicy(document);
  } catch (error) {
    if (error instanceof PolicyError) throw new ConfigError(`${name} ${error.message}.`);
    throw error;
  }
}

export function auth(env: Env): AuthConfig {
  const mode = oneOf(env, 'AUTH_MODE', ['none', 'jwt', 'header'] as const, 'none');
  if (mode === 'none') return { mode };
  if (mode === 'header') {
    const header = env.AUTH_TRUSTED_HEADER?.trim().toLowerCase();
    if (!header) throw new ConfigError('AUTH_TRUSTED_HEADER must name the header the router forwards the caller\'s groups in when AUTH_MODE=header, e.g. x-user-groups.');
    if (!/^[a-z0-9-]{1,64}$/.test(header) || header === 'authorization' || header === 'cookie') {
      throw new ConfigError(`AUTH_TRUSTED_HEADER must be a header name such as x-user-groups (letters, digits and dashes), got ${quote(header)}.`);
    }
    return { mode, header, policy: policy(env, mode) };
  }
  // The secret is never repeated in a message.
  const secret = env.AUTH_JWT_SECRET?.trim() || undefined;
  const jwksUrl = httpsUrl(env, 'AUTH_JWKS_URL');
  if ((secret === undefined) === (jwksUrl === undefined)) throw new ConfigError('AUTH_MODE=jwt needs exactly one of AUTH_JWT_SECRET (HS256) and AUTH_JWKS_URL.');
  if (secret !== undefined && secret.length < 32) throw new ConfigError('AUTH_JWT_SECRET must be at least 32 characters long.');
  const issuer = env.AUTH_JWT_ISSUER?.trim() || undefined;
  const audience = env.AUTH_JWT_AUDIENCE?.trim() || undefined;
  return {
    mode,
    ...(secret ? { secret } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
    policy: policy(env, mode),
  };
}
