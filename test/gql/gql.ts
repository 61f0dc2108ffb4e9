/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FeedPage($first: Int, $after: String, $filter: SessionFilter) {\n    sessions(first: $first, after: $after, filter: $filter) {\n      incompleteSources { source code }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          kind\n          phase\n          createdAt\n          ... on RemoteAccessSession { arn }\n          ... on TestGridSession { arn }\n          ... on StreamingSession { sessionId }\n          ... on DevEnvironmentSession { sessionId }\n        }\n      }\n    }\n  }\n": typeof types.FeedPageDocument,
    "\n  query FeedKinds($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      incompleteSources { source code message }\n      pageInfo { endCursor }\n      edges { node { kind } }\n    }\n  }\n": typeof types.FeedKindsDocument,
    "\n  query RemoteAccessPage($projectArn: String!, $first: Int, $after: String) {\n    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id arn kind phase createdAt startedAt endedAt created started stopped status result }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.RemoteAccessPageDocument,
};
const documents: Documents = {
    "\n  query FeedPage($first: Int, $after: String, $filter: SessionFilter) {\n    sessions(first: $first, after: $after, filter: $filter) {\n      incompleteSources { source code }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          kind\n          phase\n          createdAt\n          ... on RemoteAccessSession { arn }\n          ... on TestGridSession { arn }\n          ... on StreamingSession { sessionId }\n          ... on DevEnvironmentSession { sessionId }\n        }\n      }\n    }\n  }\n": types.FeedPageDocument,
    "\n  query FeedKinds($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      incompleteSources { source code message }\n      pageInfo { endCursor }\n      edges { node { kind } }\n    }\n  }\n": types.FeedKindsDocument,
    "\n  query RemoteAccessPage($projectArn: String!, $first: Int, $after: String) {\n    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id arn kind phase createdAt startedAt endedAt created started stopped status result }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.RemoteAccessPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($first: Int, $after: String, $filter: SessionFilter) {\n    sessions(first: $first, after: $after, filter: $filter) {\n      incompleteSources { source code }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          kind\n          phase\n          createdAt\n          ... on RemoteAccessSession { arn }\n          ... on TestGridSession { arn }\n          ... on StreamingSession { sessionId }\n          ... on DevEnvironmentSession { sessionId }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedPage($first: Int, $after: String, $filter: SessionFilter) {\n    sessions(first: $first, after: $after, filter: $filter) {\n      incompleteSources { source code }\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          __typename\n          kind\n          phase\n          createdAt\n          ... on RemoteAccessSession { arn }\n          ... on TestGridSession { arn }\n          ... on StreamingSession { sessionId }\n          ... on DevEnvironmentSession { sessionId }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedKinds($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      incompleteSources { source code message }\n      pageInfo { endCursor }\n      edges { node { kind } }\n    }\n  }\n"): (typeof documents)["\n  query FeedKinds($first: Int, $after: String) {\n    sessions(first: $first, after: $after) {\n      incompleteSources { source code message }\n      pageInfo { endCursor }\n      edges { node { kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteAccessPage($projectArn: String!, $first: Int, $after: String) {\n    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id arn kind phase createdAt startedAt endedAt created started stopped status result }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query RemoteAccessPage($projectArn: String!, $first: Int, $after: String) {\n    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id arn kind phase createdAt startedAt endedAt created started stopped status result }\n      }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;