// Who is calling: verified once per request, before the context is built. A caller who cannot be
// identified gets HTTP 401 with code UNAUTHENTICATED and the request causes no upstream call.
// The token itself never reaches a log or a response.
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config.js';
import { ALLOW_ALL, accessOf, type Access } from './access.js';
import { groupsOf, rulesFor, type Policy } from './policy.js';

export type Authenticate = (request: Request) => Promise<Access>;

const unauthenticated = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });

/** The identity provider's keys could not be fetched: not the caller's fault, so 503. */
const keysUnavailable = () =>
  new GraphQLError('The gateway could not fetch the keys that verify tokens; retry later.', {
    extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503 } },
  });

/** Asymmetric algorithms only: a JWKS never verifies a token signed with a shared secret. */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

const accessFor = (policy: Policy, claims: Record<string, unknown>) => accessOf(rulesFor(policy, groupsOf(claims, policy.claim)));

function bearerToken(request: Request): string {
  const header = request.headers.get('authorization');
  if (!header) throw unauthenticated('Send a bearer token: Authorization: Bearer <JWT>.');
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <JWT>".');
  return match[1] as string;
}

function jwtAuthenticator(auth: Extract<AuthConfig, { mode: 'jwt' }>): Authenticate {
  // createRemoteJWKSet fetches the key set on first use and caches it, refetching on an unknown key ID.
  const key: Uint8Array | JWTVerifyGetKey = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : new TextEncoder().encode(auth.secret);
  const options = {
    algorithms: auth.jwksUrl ? JWKS_ALGORITHMS : ['HS256'],
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  };
  return async (request) => {
    const token = bearerToken(request);
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, options);
      return accessFor(auth.policy, payload);
    } catch (error) {
      // jose's messages quote claims, never the token; the gateway writes its own anyway.
      if (error instanceof errors.JWTExpired) throw unauthenticated('The bearer token has expired; get a new one.');
      if (error instanceof errors.JWTClaimValidationFailed) throw unauthenticated(`The bearer token's "${error.claim}" claim is not accepted here; get a token for this gateway.`);
      if (error instanceof errors.JWKSTimeout || (error instanceof errors.JOSEError && error.code === 'ERR_JWKS_INVALID')) throw keysUnavailable();
      if (error instanceof errors.JOSEError) throw unauthenticated('The bearer token is not valid (malformed, or its signature does not verify); get a new one.');
      // fetch failures of the key set are not JOSE errors
      throw keysUnavailable();
    }
  };
}

/**
 * A router in front of the gateway has authenticated the caller and forwards its groups as a
 * comma-separated list in the configured header. Trusted only in header mode: the gateway must
 * then be reachable through the router alone.
 */
function headerAuthenticator(auth: Extract<AuthConfig, { mode: 'header' }>): Authenticate {
  return async (request) => {
    const value = request.headers.get(auth.header);
    if (value === null) throw unauthenticated(`The request carries no ${auth.header} header; call the gateway through the company router.`);
    const groups = value.split(',').map((g) => g.trim()).filter(Boolean);
    return accessFor(auth.policy, { [auth.policy.claim]: groups });
  };
}

export function createAuthenticator(auth: AuthConfig = { mode: 'none' }): Authenticate {
  switch (auth.mode) {
    case 'none':
      return async () => ALLOW_ALL;
    case 'jwt':
      return jwtAuthenticator(auth);
    case 'header':
      return headerAuthenticator(auth);
  }
}

/** What the start-up line says of who may call (never the secret). */
export function describeAuth(auth: AuthConfig): string {
  switch (auth.mode) {
    case 'none':
      return 'off (AUTH_MODE=none: every caller sees every session)';
    case 'jwt':
      return `jwt (${auth.jwksUrl ? `keys from ${auth.jwksUrl}` : 'HS256 shared secret'}, ${auth.policy.rules.length} policy rules)`;
    case 'header':
      return `header (${auth.header} from the router, ${auth.policy.rules.length} policy rules)`;
  }
}
