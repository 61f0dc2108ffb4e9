// Two subgraphs of a made-up company graph, built the way a platform team would build theirs
// (@apollo/subgraph's buildSubgraphSchema, served by yoga on loopback):
// - finance, a Relay subgraph of its own (Node, PageInfo, DateTime), extends two session kinds
//   with `costCentre` and points at streaming sessions by ID;
// - tickets adds `openTickets` to every session through `Session @interfaceObject` and points at
//   sessions of any kind. Apollo's composition rejects a subgraph that does both (extends the
//   interface and some of its kinds), so they are two subgraphs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { createYoga } from 'graphql-yoga';

const link = (imports: string[]) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ${JSON.stringify(imports)})`;

export const financeTypeDefs = parse(`
  ${link(['@key', '@shareable'])}
  interface Node { id: ID! }
  type PageInfo @shareable { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  scalar DateTime
  type RemoteAccessSession @key(fields: "id") { id: ID! costCentre: String }
  type StreamingSession @key(fields: "id") { id: ID! costCentre: String }
  type Budget implements Node @key(fields: "id") { id: ID! costCentre: String! startsAt: DateTime! }
  type BudgetEdge { node: Budget! cursor: String! }
  type BudgetConnection { edges: [BudgetEdge!]! pageInfo: PageInfo! }
  type Query { watchedStreamingSessions: [StreamingSession!]! budgets: BudgetConnection! }
`);

export const ticketsTypeDefs = parse(`
  ${link(['@key', '@interfaceObject'])}
  type Session @key(fields: "id") @interfaceObject { id: ID! openTickets: Int! }
  type Query { watchedSessions: [Session]! }
`);

export interface CompanyData {
  /** Cost centres by session global ID (remote access and streaming sessions). */
  costCentres: ReadonlyMap<string, string>;
  /** Global IDs of streaming sessions finance points at. */
  watchedStreamingSessions: readonly string[];
  /** Open tickets by session global ID; tickets points at exactly these sessions, in this order. */
  openTickets: ReadonlyMap<string, number>;
}

type Ref = { id: string };

function financeResolvers({ costCentres, watchedStreamingSessions }: CompanyData) {
  const costCentre = { costCentre: (s: Ref) => costCentres.get(s.id) ?? null };
  const budget = { id: 'QnVkZ2V0OjE=', costCentre: 'CC-1', startsAt: '2026-01-01T00:00:00Z' };
  return {
    RemoteAccessSession: costCentre,
    StreamingSession: costCentre,
    Query: {
      watchedStreamingSessions: () => watchedStreamingSessions.map((id) => ({ id })),
      budgets: () => ({
        edges: [{ node: budget, cursor: 'b1' }],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'b1', endCursor: 'b1' },
      }),
    },
  };
}

function ticketsResolvers({ openTickets }: CompanyData) {
  return {
    Session: { openTickets: (s: Ref) => openTickets.get(s.id) ?? 0 },
    Query: { watchedSessions: () => [...openTickets.keys()].map((id) => ({ id })) },
  };
}

export interface RunningSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
  close(): Promise<void>;
}

type Resolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers'];

async function serve(name: string, typeDefs: DocumentNode, resolvers: Resolvers): Promise<RunningSubgraph> {
  const yoga = createYoga({ schema: buildSubgraphSchema({ typeDefs, resolvers }), logging: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    name,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    typeDefs,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const startFinance = (data: CompanyData) => serve('finance', financeTypeDefs, financeResolvers(data));
export const startTickets = (data: CompanyData) => serve('tickets', ticketsTypeDefs, ticketsResolvers(data));
