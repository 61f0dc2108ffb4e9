import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import type { Clients } from './aws/clients.js';
import { createContext } from './context.js';
import { errorExtensions, GatewayError } from './errors.js';
import { usePartialErrors } from './graph/partialErrors.js';
import { schema } from './schema.js';
import { createDiscovery, type ScopePins } from './scopes/discovery.js';

export interface GatewayOptions {
  clients: Clients;
  /** How long discovered scopes are served before a background refresh; default 60 s. */
  discoveryTtlMs?: number;
  /** Explicit scopes; a pinned kind is not discovered. */
  pins?: ScopePins;
  /** The query GraphiQL opens with; GraphiQL is off when false. */
  graphiql?: { defaultQuery?: string } | false;
}

/**
 * Expected failures (GatewayError) reach the client with their code and message; anything else
 * is masked by yoga ("Unexpected error."), so no stack trace or internal detail leaks.
 */
function maskGatewayErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GatewayError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: errorExtensions(original),
    });
  }
  return maskError(error, message, isDev);
}

/** The yoga instance, without listening: server.ts listens, tests call `gateway.fetch`. */
export function createGateway({ clients, discoveryTtlMs = 60_000, pins = {}, graphiql = {} }: GatewayOptions) {
  // Discovered scopes outlive requests; everything else in the context is per request.
  const discovery = createDiscovery(clients, { ttlMs: discoveryTtlMs, pins });
  return createYoga({
    schema,
    context: () => createContext(clients, discovery),
    plugins: [usePartialErrors()],
    maskedErrors: { maskError: maskGatewayErrors },
    graphiql: graphiql === false ? false : { title: 'Session gateway', ...graphiql },
    landingPage: false,
  });
}

export type Gateway = ReturnType<typeof createGateway>;
