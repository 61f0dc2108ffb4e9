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

export type RemoteAccessPageQueryVariables = Exact<{
  projectArn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RemoteAccessPageQuery = { remoteAccessSessions: { edges: Array<{ cursor: string, node: { id: string, arn: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null, created: string | null, started: string | null, stopped: string | null, status: DeviceFarmExecutionStatus | null, result: DeviceFarmExecutionResult | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };


export const RemoteAccessPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteAccessPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteAccessPageQuery, RemoteAccessPageQueryVariables>;