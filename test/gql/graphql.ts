/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The result of a Device Farm remote access session. */
export type DeviceFarmExecutionResult =
  /** Ended with an error. */
  | 'ERRORED'
  /** Failed. */
  | 'FAILED'
  /** Passed. */
  | 'PASSED'
  /** No result yet. */
  | 'PENDING'
  /** Skipped. */
  | 'SKIPPED'
  /** Stopped. */
  | 'STOPPED'
  /** Passed with warnings. */
  | 'WARNED';

/** The status of a Device Farm remote access session. */
export type DeviceFarmExecutionStatus =
  /** Completed. */
  | 'COMPLETED'
  /** Pending. */
  | 'PENDING'
  /** Waiting for a concurrency slot. */
  | 'PENDING_CONCURRENCY'
  /** Waiting for a device. */
  | 'PENDING_DEVICE'
  /** Preparing the device. */
  | 'PREPARING'
  /** Processing. */
  | 'PROCESSING'
  /** Running. */
  | 'RUNNING'
  /** Being scheduled. */
  | 'SCHEDULING'
  /** Stopping. */
  | 'STOPPING';

/** Narrows the `sessions` feed. Every field given must match. */
export type SessionFilter = {
  /** Only sessions created at or after this time. */
  createdAfter?: string | null | undefined;
  /** Only sessions created before this time. */
  createdBefore?: string | null | undefined;
  /** Only these kinds; the others cost no upstream call. */
  kinds?: Array<SessionKind> | null | undefined;
  /** Only sessions in these phases. */
  phases?: Array<SessionPhase> | null | undefined;
};

/** Which AWS API a session comes from. */
export type SessionKind =
  /** A CodeCatalyst Dev Environment session (ListDevEnvironmentSessions). */
  | 'DEV_ENVIRONMENT'
  /** A Device Farm remote access session on a real phone or tablet (ListRemoteAccessSessions). */
  | 'REMOTE_ACCESS'
  /** A Nimble Studio streaming session on a virtual workstation (ListStreamingSessions). */
  | 'STREAMING'
  /** A Device Farm desktop browser testing (Selenium) session (ListTestGridSessions). */
  | 'TEST_GRID';

/** Where a session is in its life, the same for every kind; each kind's own status stays on its own type. The README documents the mapping. */
export type SessionPhase =
  /** Finished normally or stopped. */
  | 'ENDED'
  /** Finished with an error, or could not start, stop or delete. */
  | 'FAILED'
  /** Requested, waiting for capacity or scheduling. */
  | 'PENDING'
  /** Usable now. */
  | 'RUNNING'
  /** Being provisioned or prepared. */
  | 'STARTING'
  /** Being stopped or torn down. */
  | 'STOPPING';

/** An AWS service the gateway reads sessions from. */
export type SessionSource =
  /** Amazon CodeCatalyst (`extensions.source`: codeCatalyst). */
  | 'CODE_CATALYST'
  /** AWS Device Farm (`extensions.source`: deviceFarm). */
  | 'DEVICE_FARM'
  /** Amazon Nimble Studio (`extensions.source`: nimble). */
  | 'NIMBLE';

export type FeedPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SessionFilter | null | undefined;
}>;


export type FeedPageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'DevEnvironmentSession', sessionId: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null }
        | { __typename: 'RemoteAccessSession', arn: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null }
        | { __typename: 'StreamingSession', sessionId: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null }
        | { __typename: 'TestGridSession', arn: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null }
       }> } | null };

export type FeedKindsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedKindsQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string, message: string }>, pageInfo: { endCursor: string | null }, edges: Array<{ node:
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
       }> } | null };

export type RemoteAccessPageQueryVariables = Exact<{
  projectArn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RemoteAccessPageQuery = { remoteAccessSessions: { edges: Array<{ cursor: string, node: { id: string, arn: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null, created: string | null, started: string | null, stopped: string | null, status: DeviceFarmExecutionStatus | null, result: DeviceFarmExecutionResult | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };


export const FeedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedPageQuery, FeedPageQueryVariables>;
export const FeedKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedKindsQuery, FeedKindsQueryVariables>;
export const RemoteAccessPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteAccessPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteAccessPageQuery, RemoteAccessPageQueryVariables>;