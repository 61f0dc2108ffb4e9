import { GraphQLError } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createLogger, createYoga, maskError } from 'graphql-yoga';
import type { Clients } from './aws/clients.js';
import { createContext } from './context.js';
import { errorExtensions, GatewayError } from './errors.js';
import { usePartialErrors } from './graph/partialErrors.js';
import { defaultQuery } from './graphiqlQuery.js';
import { schema, subgraphSchema } from './schema.js';
import { createDiscovery, type ScopePins } from './scopes/discovery.js';

export interface GatewayOptions {
  clients: Clients;
  /** How long discovered scopes are served before a background refresh; default 60 s. */
  discoveryTtlMs?: number;
  /** Explicit scopes; a pinned kind is not discovered. */
  pins?: ScopePins;
  /** GraphiQL's options (it opens with the newest sessions of every kind); off when false. */
  graphiql?: { defaultQuery?: string } | false;
  /** Serve the Apollo Federation subgraph (`_service`, `_entities`); default true. */
  federation?: boolean;
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

/**
 * Yoga logs every error its masking rewrites. A GatewayError is an expected answer, not a
 * server fault: bad input is not logged, an upstream failure is one warning line.
 */
function gatewayLogger() {
  const logger = createLogger('info');
  return {
    ...logger,
    error: (...args: unknown[]) => {
      const original = args[0] instanceof GraphQLError ? args[0].originalError : undefined;
      if (!(original instanceof GatewayError)) return logger.error(...args);
      if (original.code.startsWith('UPSTREAM_')) logger.warn(`${original.code}: ${original.message}`);
    },
  };
}

/** The yoga instance, without listening: server.ts listens, tests call `gateway.fetch`. */
export function createGateway({ clients, discoveryTtlMs = 60_000, pins = {}, graphiql = { defaultQuery }, federation = true }: GatewayOptions) {
  // Discovered scopes outlive requests; everything else in the context is per request.
  const discovery = createDiscovery(clients, { ttlMs: discoveryTtlMs, pins });
  return createYoga({
    schema: federation ? subgraphSchema : schema,
    context: () => createContext(clients, discovery),
    plugins: [usePartialErrors()],
    maskedErrors: { maskError: maskGatewayErrors },
    logging: gatewayLogger(),
    graphiql: graphiql === false ? false : { title: 'Session gateway', ...graphiql },
    // GraphiQL from the installed package rather than a CDN: it works offline and behind firewalls.
    renderGraphiQL,
    landingPage: false,
  });
}

export type Gateway = ReturnType<typeof createGateway>;
