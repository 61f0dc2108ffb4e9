import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AuthConfig } from '../config.js';
import type { Access } from './access.js';
import { createAuthenticator } from './authenticate.js';

/**
 * Verifies the caller once per request, as soon as its GraphQL parameters are read and before the
 * document is parsed or validated, so an unauthenticated caller learns nothing about the schema
 * (not even from validation errors) and causes no upstream call. The context factory then takes
 * the verified access with `accessOf(request)`.
 */
export function useAuthentication(auth: AuthConfig | undefined) {
  const authenticate = createAuthenticator(auth);
  const verified = new WeakMap<Request, Access>();
  const plugin: Plugin = {
    async onParams({ request, setResult }) {
      try {
        verified.set(request, await authenticate(request));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResult({ errors: [error] });
      }
    },
  };
  return {
    plugin,
    accessOf(request: Request): Access {
      const access = verified.get(request);
      // Unreachable unless a plugin order changes: fail closed rather than open.
      if (!access) throw new Error('The request reached the context without being authenticated.');
      return access;
    },
  };
}
