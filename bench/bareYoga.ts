// The reference for throughput: graphql-yoga with the gateway's schema (schema/schema.graphql) and
// no upstream at all. Every field answers from one captured response (argv[2], the `data` of the
// gateway's answer to the same query), so it serves the same payload for the same query shape.
// Run by the benchmark as a child process: `node --import tsx bench/bareYoga.ts <payload.json>`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, GraphQLInterfaceType, GraphQLObjectType, GraphQLUnionType, type GraphQLFieldResolver } from 'graphql';
import { createYoga } from 'graphql-yoga';

const payload = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as Record<string, unknown>;
const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));

// Root fields read the capture, every other field its parent, each under its response key, so aliases (`testGridStatus: status`) come back as captured.
const fromCapture: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, _args, _ctx, info) =>
  (info.parentType === schema.getQueryType() ? payload : source)[info.path.key as string];
const byTypename = (value: { __typename?: string }) => value.__typename;
for (const type of Object.values(schema.getTypeMap())) {
  if (type instanceof GraphQLObjectType) for (const field of Object.values(type.getFields())) field.resolve = fromCapture;
  if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) type.resolveType = byTypename;
}

// Without yoga's body limit, as the gateway serves (its own limit, by Content-Length, costs next to
// nothing): yoga's pipes every body through a stream, about 15 % of this server's requests per second.
const yoga = createYoga({ schema, graphiql: false, logging: false, maxRequestBodySize: false });
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  console.log(`Bare yoga at http://127.0.0.1:${(server.address() as AddressInfo).port}${yoga.graphqlEndpoint}`);
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
