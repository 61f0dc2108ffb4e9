// Composes the committed subgraph SDL (the file a team publishes; the schema test keeps it
// current) with other subgraphs, under both composition libraries a company router may use.
import { readFileSync } from 'node:fs';
import { composeServices as apolloCompose } from '@apollo/composition';
import { composeServices as guildCompose } from '@theguild/federation-composition';
import { buildSchema, parse, print, type DocumentNode, type GraphQLInterfaceType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { financeTypeDefs, ticketsTypeDefs } from './subgraphs.js';

interface Service {
  name: string;
  typeDefs: DocumentNode;
}
type Compose = (services: Service[]) => { errors: string[]; supergraphSdl?: string | undefined };

const withUrls = (services: Service[]) => services.map((s) => ({ ...s, url: `http://${s.name}.internal/graphql` }));
const composers: Array<[string, Compose]> = [
  ['@theguild/federation-composition', (services) => {
    const result = guildCompose(withUrls(services));
    return { errors: (result.errors ?? []).map((e) => e.message), supergraphSdl: result.supergraphSdl };
  }],
  ['@apollo/composition', (services) => {
    const result = apolloCompose(withUrls(services));
    return { errors: (result.errors ?? []).map((e) => e.message), supergraphSdl: result.supergraphSdl };
  }],
];

const sessions: Service = { name: 'sessions', typeDefs: parse(readFileSync('schema/subgraph.graphql', 'utf8')) };
const finance: Service = { name: 'finance', typeDefs: financeTypeDefs };
const tickets: Service = { name: 'tickets', typeDefs: ticketsTypeDefs };

const fieldsOf = (supergraphSdl: string, type: string) =>
  (buildSchema(supergraphSdl, { assumeValidSDL: true }).getType(type) as GraphQLObjectType | GraphQLInterfaceType).getFields();

/** Another team's Relay subgraph with its own `node`/`nodes`, or one that takes ours over. */
const relaySubgraph = (name: string, rootFieldDirectives: string): Service => ({
  name,
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@override"])
    interface Node { id: ID! }
    type User implements Node @key(fields: "id") { id: ID! }
    type StreamingSession implements Node @key(fields: "id", resolvable: false) { id: ID! }
    type Query { node(id: ID!): Node ${rootFieldDirectives} nodes(ids: [ID!]!): [Node]! ${rootFieldDirectives} }
  `),
});

describe.each(composers)('composition with %s', (_library, compose) => {
  it('composes with a Relay subgraph that extends two session kinds and one that extends the Session interface', () => {
    const { errors, supergraphSdl } = compose([sessions, finance, tickets]);
    expect(errors).toEqual([]);
    const fields = (type: string) => Object.keys(fieldsOf(supergraphSdl!, type));
    expect(fields('RemoteAccessSession')).toContain('costCentre');
    expect(fields('StreamingSession')).toEqual(expect.arrayContaining(['costCentre', 'openTickets', 'state']));
    // @interfaceObject fields reach the interface and all four kinds.
    expect(fields('Session')).toContain('openTickets');
    for (const kind of ['RemoteAccessSession', 'TestGridSession', 'DevEnvironmentSession']) expect(fields(kind)).toContain('openTickets');
    expect(fields('PageInfo')).toEqual(expect.arrayContaining(['hasNextPage', 'endCursor']));
    expect(fields('Query')).toEqual(expect.arrayContaining(['sessions', 'node', 'nodes', 'watchedStreamingSessions', 'watchedSessions', 'budgets']));
  });

  it('refuses a second subgraph that also resolves node and nodes, naming them (@shareable would route IDs to a subgraph that cannot resolve them)', () => {
    const { errors } = compose([sessions, relaySubgraph('users', '')]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/Non-shareable field "Query\.node" is resolved from multiple subgraphs.*"sessions" and "users"/);
    expect(errors[1]).toMatch(/Non-shareable field "Query\.nodes"/);
  });

  it('composes with a company node subgraph that takes node and nodes over with @override', () => {
    const { errors, supergraphSdl } = compose([sessions, finance, relaySubgraph('nodes', '@override(from: "sessions")')]);
    expect(errors).toEqual([]);
    // The router sends node and nodes to the node subgraph only.
    for (const field of ['node', 'nodes']) {
      expect(fieldsOf(supergraphSdl!, 'Query')[field]!.astNode!.directives!.map(print)).toEqual(['@join__field(graph: NODES, override: "sessions")']);
    }
  });
});
