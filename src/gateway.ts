import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Clients } from './aws/clients.js';
import { createContext } from './context.js';
import { maskGatewayErrors } from './graph/errorMasking.js';
import { usePartialErrors } from './graph/partialErrors.js';
import { queryLimits } from './graph/queryLimits.js';
import { defaultQuery } from './graphiqlQuery.js';
import { createOperations, operationsPlugins, yogaLogger, type Operations } from './ops/index.js';
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
  /** Logs, metrics, tracing and health (src/ops); default: silent, with its own metrics registry. */
  ops?: Operations;
}

/** The yoga instance, without listening: server.ts listens, tests call `gateway.fetch`. */
export function createGateway({ clients, discoveryTtlMs = 60_000, pins = {}, graphiql = { defaultQuery }, federation = true, ops = createOperations() }: GatewayOptions) {
  // Discovered scopes outlive requests; everything else in the context is per request.
  const discovery = createDiscovery(clients, { ttlMs: discoveryTtlMs, pins });
  return createYoga({
    schema: federation ? subgraphSchema : schema,
    context: () => createContext(clients, discovery),
    plugins: [...operationsPlugins(ops, { clients, discovery }), usePartialErrors(), ...queryLimits()],
    maskedErrors: { maskError: maskGatewayErrors },
    logging: yogaLogger(ops.logger),
    graphiql: graphiql === false ? false : { title: 'Session gateway', ...graphiql },
    // GraphiQL from the installed package rather than a CDN: it works offline and behind firewalls.
    renderGraphiQL,
    landingPage: false,
  });
}
