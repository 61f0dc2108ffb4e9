/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The status of a Dev Environment. */
export type CodeCatalystDevEnvironmentStatus =
  /** Deleted. */
  | 'DELETED'
  /** Being deleted. */
  | 'DELETING'
  /** Failed. */
  | 'FAILED'
  /** Requested, not yet starting. */
  | 'PENDING'
  /** Running. */
  | 'RUNNING'
  /** Starting. */
  | 'STARTING'
  /** Stopped; it can be started again. */
  | 'STOPPED'
  /** Stopping. */
  | 'STOPPING';

/** How Device Farm bills device minutes. */
export type DeviceFarmBillingMethod =
  /** Billed per device minute. */
  | 'METERED'
  /** Covered by unmetered device slots. */
  | 'UNMETERED';

/** How likely a public device is to be available for a run. */
export type DeviceFarmDeviceAvailability =
  /** Available. */
  | 'AVAILABLE'
  /** Busy with other runs. */
  | 'BUSY'
  /** Highly available. */
  | 'HIGHLY_AVAILABLE'
  /** Temporarily not available. */
  | 'TEMPORARY_NOT_AVAILABLE';

/** A device's form factor. */
export type DeviceFarmDeviceFormFactor =
  /** A phone. */
  | 'PHONE'
  /** A tablet. */
  | 'TABLET';

/** A device's platform. */
export type DeviceFarmDevicePlatform =
  /** Android. */
  | 'ANDROID'
  /** iOS. */
  | 'IOS';

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

/** The status of a private device instance. */
export type DeviceFarmInstanceStatus =
  /** Available. */
  | 'AVAILABLE'
  /** In use. */
  | 'IN_USE'
  /** Not available. */
  | 'NOT_AVAILABLE'
  /** Being prepared. */
  | 'PREPARING';

/** How a person interacts with a remote device. */
export type DeviceFarmInteractionMode =
  /** The person can interact with the device and watch video. */
  | 'INTERACTIVE'
  /** Remote debugging without video. */
  | 'NO_VIDEO'
  /** Video only, no interaction. */
  | 'VIDEO_ONLY';

/** The state of a Selenium testing session. */
export type DeviceFarmTestGridSessionStatus =
  /** The session is open. */
  | 'ACTIVE'
  /** The session was closed. */
  | 'CLOSED'
  /** The session ended with an error. */
  | 'ERRORED';

/** Whether a stopped session is terminated after its stop time. */
export type NimbleAutomaticTerminationMode =
  /** Terminated automatically. */
  | 'ACTIVATED'
  /** Kept until terminated by hand. */
  | 'DEACTIVATED';

/** The state of a launch profile. */
export type NimbleLaunchProfileState =
  /** Could not be created. */
  | 'CREATE_FAILED'
  /** Being created. */
  | 'CREATE_IN_PROGRESS'
  /** Deleted. */
  | 'DELETED'
  /** Could not be deleted. */
  | 'DELETE_FAILED'
  /** Being deleted. */
  | 'DELETE_IN_PROGRESS'
  /** Ready to use. */
  | 'READY'
  /** Could not be updated. */
  | 'UPDATE_FAILED'
  /** Being updated. */
  | 'UPDATE_IN_PROGRESS';

/** Why a launch profile is in its state. */
export type NimbleLaunchProfileStatusCode =
  /** Access to the encryption key was denied. */
  | 'ENCRYPTION_KEY_ACCESS_DENIED'
  /** The encryption key was not found. */
  | 'ENCRYPTION_KEY_NOT_FOUND'
  /** An internal error occurred. */
  | 'INTERNAL_ERROR'
  /** An instance type is invalid. */
  | 'INVALID_INSTANCE_TYPES_PROVIDED'
  /** The subnets cannot be combined. */
  | 'INVALID_SUBNETS_COMBINATION'
  /** A subnet is invalid. */
  | 'INVALID_SUBNETS_PROVIDED'
  /** The launch profile was created. */
  | 'LAUNCH_PROFILE_CREATED'
  /** The launch profile is being created. */
  | 'LAUNCH_PROFILE_CREATE_IN_PROGRESS'
  /** The launch profile was deleted. */
  | 'LAUNCH_PROFILE_DELETED'
  /** The launch profile is being deleted. */
  | 'LAUNCH_PROFILE_DELETE_IN_PROGRESS'
  /** The launch profile was updated. */
  | 'LAUNCH_PROFILE_UPDATED'
  /** The launch profile is being updated. */
  | 'LAUNCH_PROFILE_UPDATE_IN_PROGRESS'
  /** The launch profile was not deleted: it still has streaming sessions. */
  | 'LAUNCH_PROFILE_WITH_STREAM_SESSIONS_NOT_DELETED'
  /** A streaming image was not found. */
  | 'STREAMING_IMAGE_NOT_FOUND'
  /** A streaming image is not ready. */
  | 'STREAMING_IMAGE_NOT_READY';

/** Where a launch profile validation stands. */
export type NimbleLaunchProfileValidationState =
  /** Failed. */
  | 'VALIDATION_FAILED'
  /** Failed with an internal error. */
  | 'VALIDATION_FAILED_INTERNAL_SERVER_ERROR'
  /** In progress. */
  | 'VALIDATION_IN_PROGRESS'
  /** Not started. */
  | 'VALIDATION_NOT_STARTED'
  /** Succeeded. */
  | 'VALIDATION_SUCCESS';

/** Why a launch profile validation stands where it does. */
export type NimbleLaunchProfileValidationStatusCode =
  /** Failed with an internal error. */
  | 'VALIDATION_FAILED_INTERNAL_SERVER_ERROR'
  /** The Active Directory is invalid. */
  | 'VALIDATION_FAILED_INVALID_ACTIVE_DIRECTORY'
  /** A security group association is invalid. */
  | 'VALIDATION_FAILED_INVALID_SECURITY_GROUP_ASSOCIATION'
  /** A subnet has no valid route table association. */
  | 'VALIDATION_FAILED_INVALID_SUBNET_ROUTE_TABLE_ASSOCIATION'
  /** A subnet was not found. */
  | 'VALIDATION_FAILED_SUBNET_NOT_FOUND'
  /** The validation was not authorized. */
  | 'VALIDATION_FAILED_UNAUTHORIZED'
  /** In progress. */
  | 'VALIDATION_IN_PROGRESS'
  /** Not started. */
  | 'VALIDATION_NOT_STARTED'
  /** Succeeded. */
  | 'VALIDATION_SUCCESS';

/** What a launch profile validation checks. */
export type NimbleLaunchProfileValidationType =
  /** The Active Directory studio component. */
  | 'VALIDATE_ACTIVE_DIRECTORY_STUDIO_COMPONENT'
  /** The network ACL associations. */
  | 'VALIDATE_NETWORK_ACL_ASSOCIATION'
  /** The security group associations. */
  | 'VALIDATE_SECURITY_GROUP_ASSOCIATION'
  /** The subnet associations. */
  | 'VALIDATE_SUBNET_ASSOCIATION';

/** Whether the session is backed up when it stops. */
export type NimbleSessionBackupMode =
  /** Backed up automatically. */
  | 'AUTOMATIC'
  /** Not backed up. */
  | 'DEACTIVATED';

/** Whether the session keeps its volume between stops. */
export type NimbleSessionPersistenceMode =
  /** The volume persists. */
  | 'ACTIVATED'
  /** The volume does not persist. */
  | 'DEACTIVATED';

/** Whether copy and paste work between workstation and client. */
export type NimbleStreamingClipboardMode =
  /** The clipboard is not shared. */
  | 'DISABLED'
  /** The clipboard is shared. */
  | 'ENABLED';

/** The current state of a streaming session. */
export type NimbleStreamingSessionState =
  /** The session could not be created. */
  | 'CREATE_FAILED'
  /** The session is being created. */
  | 'CREATE_IN_PROGRESS'
  /** The session was deleted. */
  | 'DELETED'
  /** The session could not be deleted. */
  | 'DELETE_FAILED'
  /** The session is being deleted. */
  | 'DELETE_IN_PROGRESS'
  /** The session is ready to stream. */
  | 'READY'
  /** The session could not be started. */
  | 'START_FAILED'
  /** The session is being started. */
  | 'START_IN_PROGRESS'
  /** The session is stopped; it can be started again. */
  | 'STOPPED'
  /** The session could not be stopped. */
  | 'STOP_FAILED'
  /** The session is being stopped. */
  | 'STOP_IN_PROGRESS';

/** Why a streaming session is in its state. */
export type NimbleStreamingSessionStatusCode =
  /** The workstation could not join the Active Directory domain. */
  | 'ACTIVE_DIRECTORY_DOMAIN_JOIN_ERROR'
  /** The machine image failed validation. */
  | 'AMI_VALIDATION_ERROR'
  /** The streaming image could not be decrypted. */
  | 'DECRYPT_STREAMING_IMAGE_ERROR'
  /** An initialization script failed. */
  | 'INITIALIZATION_SCRIPT_ERROR'
  /** Not enough instance capacity. */
  | 'INSUFFICIENT_CAPACITY'
  /** An internal error occurred. */
  | 'INTERNAL_ERROR'
  /** A network connection failed. */
  | 'NETWORK_CONNECTION_ERROR'
  /** A network interface could not be set up. */
  | 'NETWORK_INTERFACE_ERROR'
  /** The session is being created. */
  | 'STREAMING_SESSION_CREATE_IN_PROGRESS'
  /** The session was deleted. */
  | 'STREAMING_SESSION_DELETED'
  /** The session is being deleted. */
  | 'STREAMING_SESSION_DELETE_IN_PROGRESS'
  /** The session is ready. */
  | 'STREAMING_SESSION_READY'
  /** The session was started. */
  | 'STREAMING_SESSION_STARTED'
  /** The session is being started. */
  | 'STREAMING_SESSION_START_IN_PROGRESS'
  /** The session is stopped. */
  | 'STREAMING_SESSION_STOPPED'
  /** The session is being stopped. */
  | 'STREAMING_SESSION_STOP_IN_PROGRESS';

/** What session storage allows. */
export type NimbleStreamingSessionStorageMode =
  /** Artists can upload files to their workstations. */
  | 'UPLOAD';

/** Which kind of KMS key encrypts studio data. */
export type NimbleStudioEncryptionConfigurationKeyType =
  /** A key AWS owns and manages. */
  | 'AWS_OWNED_KEY'
  /** A key the customer manages. */
  | 'CUSTOMER_MANAGED_KEY';

/** The state of a studio. */
export type NimbleStudioState =
  /** Could not be created. */
  | 'CREATE_FAILED'
  /** Being created. */
  | 'CREATE_IN_PROGRESS'
  /** Deleted. */
  | 'DELETED'
  /** Could not be deleted. */
  | 'DELETE_FAILED'
  /** Being deleted. */
  | 'DELETE_IN_PROGRESS'
  /** Ready to use. */
  | 'READY'
  /** Could not be updated. */
  | 'UPDATE_FAILED'
  /** Being updated. */
  | 'UPDATE_IN_PROGRESS';

/** Why a studio is in its state. */
export type NimbleStudioStatusCode =
  /** IAM Identity Center denied access. */
  | 'AWS_SSO_ACCESS_DENIED'
  /** The IAM Identity Center configuration was repaired. */
  | 'AWS_SSO_CONFIGURATION_REPAIRED'
  /** The IAM Identity Center configuration is being repaired. */
  | 'AWS_SSO_CONFIGURATION_REPAIR_IN_PROGRESS'
  /** IAM Identity Center is not enabled. */
  | 'AWS_SSO_NOT_ENABLED'
  /** AWS STS is disabled in the studio region. */
  | 'AWS_STS_REGION_DISABLED'
  /** Access to the encryption key was denied. */
  | 'ENCRYPTION_KEY_ACCESS_DENIED'
  /** The encryption key was not found. */
  | 'ENCRYPTION_KEY_NOT_FOUND'
  /** An internal error occurred. */
  | 'INTERNAL_ERROR'
  /** A role could not be assumed. */
  | 'ROLE_COULD_NOT_BE_ASSUMED'
  /** A role does not belong to the studio owner's account. */
  | 'ROLE_NOT_OWNED_BY_STUDIO_OWNER'
  /** The studio was created. */
  | 'STUDIO_CREATED'
  /** The studio is being created. */
  | 'STUDIO_CREATE_IN_PROGRESS'
  /** The studio was deleted. */
  | 'STUDIO_DELETED'
  /** The studio is being deleted. */
  | 'STUDIO_DELETE_IN_PROGRESS'
  /** The studio was updated. */
  | 'STUDIO_UPDATED'
  /** The studio is being updated. */
  | 'STUDIO_UPDATE_IN_PROGRESS'
  /** The studio was not deleted: it still has launch profiles. */
  | 'STUDIO_WITH_LAUNCH_PROFILES_NOT_DELETED'
  /** The studio was not deleted: it still has streaming images. */
  | 'STUDIO_WITH_STREAMING_IMAGES_NOT_DELETED'
  /** The studio was not deleted: it still has studio components. */
  | 'STUDIO_WITH_STUDIO_COMPONENTS_NOT_DELETED';

/** What happens to the volume when the session is terminated. */
export type NimbleVolumeRetentionMode =
  /** The volume is deleted. */
  | 'DELETE'
  /** The volume is kept. */
  | 'RETAIN';

/** Narrows `sessionEvents`. Every field given must match. */
export type SessionEventFilter = {
  /** Only sessions of these kinds; the others are not polled for you. */
  kinds?: Array<SessionKind> | null | undefined;
  /** Only these events. */
  types?: Array<SessionEventType> | null | undefined;
};

/** What happened to a session. */
export type SessionEventType =
  /** Its `phase` or its own status (`status`, `state`) changed, and it has not ended. */
  | 'CHANGED'
  /** It reached `ENDED` or `FAILED`, or left its list (a CodeCatalyst session that closed). */
  | 'ENDED'
  /** The session appeared: it was created since the watcher last looked. */
  | 'STARTED';

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
  /** A Systems Manager Session Manager session on a managed node, e.g. an EC2 instance (DescribeSessions). */
  | 'MANAGED_INSTANCE'
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
  /** CodeCatalyst (`extensions.source`: codeCatalyst). */
  | 'CODE_CATALYST'
  /** Device Farm (`extensions.source`: deviceFarm). */
  | 'DEVICE_FARM'
  /** Nimble Studio (`extensions.source`: nimble). */
  | 'NIMBLE'
  /** Systems Manager (`extensions.source`: systemsManager). */
  | 'SYSTEMS_MANAGER';

export type RemoteAccessPageQueryVariables = Exact<{
  projectArn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RemoteAccessPageQuery = { remoteAccessSessions: { edges: Array<{ cursor: string, node: { arn: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type TestGridPageQueryVariables = Exact<{
  projectArn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: DeviceFarmTestGridSessionStatus | null | undefined;
  creationTimeAfter?: string | null | undefined;
  creationTimeBefore?: string | null | undefined;
  endTimeAfter?: string | null | undefined;
  endTimeBefore?: string | null | undefined;
}>;


export type TestGridPageQuery = { testGridSessions: { edges: Array<{ cursor: string, node: { arn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type StreamingPageQueryVariables = Exact<{
  studioId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  createdBy?: string | null | undefined;
  ownedBy?: string | null | undefined;
  sessionIds?: Array<string> | string | null | undefined;
}>;


export type StreamingPageQuery = { streamingSessions: { edges: Array<{ cursor: string, node: { sessionId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type DevEnvironmentPageQueryVariables = Exact<{
  spaceName: string;
  projectName: string;
  devEnvironmentId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DevEnvironmentPageQuery = { devEnvironmentSessions: { edges: Array<{ cursor: string, node: { sessionId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type DiscoveryKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscoveryKindsQuery = { sessions: { edges: Array<{ node:
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { arn: string, kind: SessionKind }
        | { studioId: string, kind: SessionKind }
        | { kind: SessionKind }
       }> } | null };

export type RemoteAccessErrorsQueryVariables = Exact<{
  projectArn: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RemoteAccessErrorsQuery = { remoteAccessSessions: { edges: Array<{ cursor: string, node: { arn: string } }>, pageInfo: { endCursor: string | null } } | null };

export type TwoRootsQueryVariables = Exact<{
  projectArn: string;
  studioId: string;
}>;


export type TwoRootsQuery = { remoteAccessSessions: { edges: Array<{ node: { arn: string } }> } | null, streamingSessions: { edges: Array<{ node: { sessionId: string } }> } | null };

export type FaultClassFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultClassFeedQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string, message: string }>, edges: Array<{ node:
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
       }> } | null };

export type FeedPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SessionFilter | null | undefined;
}>;


export type FeedPageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'DevEnvironmentSession', sessionId: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null }
        | { __typename: 'ManagedInstanceSession', kind: SessionKind, phase: SessionPhase, createdAt: string | null }
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
        | { kind: SessionKind }
       }> } | null };

export type ReadAheadWalkPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReadAheadWalkPageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type FeedResumePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedResumePageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { id: string, kind: SessionKind }
        | { id: string, kind: SessionKind }
        | { id: string, kind: SessionKind }
        | { id: string, kind: SessionKind }
        | { id: string, kind: SessionKind }
       }> } | null };

export type AllSessionFieldsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllSessionFieldsQuery = { sessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'DevEnvironmentSession', sessionId: string, spaceName: string, projectName: string, devEnvironmentId: string, startedTime: string | null, id: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null }
        | { __typename: 'ManagedInstanceSession', id: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null }
        | { __typename: 'RemoteAccessSession', arn: string, name: string | null, created: string | null, result: DeviceFarmExecutionResult | null, message: string | null, started: string | null, stopped: string | null, instanceArn: string | null, billingMethod: DeviceFarmBillingMethod | null, endpoint: string | null, deviceUdid: string | null, interactionMode: DeviceFarmInteractionMode | null, skipAppResign: boolean | null, appUpload: string | null, id: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null, raStatus: DeviceFarmExecutionStatus | null, device: { arn: string | null, name: string | null, manufacturer: string | null, model: string | null, modelId: string | null, formFactor: DeviceFarmDeviceFormFactor | null, platform: DeviceFarmDevicePlatform | null, os: string | null, heapSize: number | null, memory: number | null, image: string | null, carrier: string | null, radio: string | null, remoteAccessEnabled: boolean | null, remoteDebugEnabled: boolean | null, fleetType: string | null, fleetName: string | null, availability: DeviceFarmDeviceAvailability | null, cpu: { frequency: string | null, architecture: string | null, clock: number | null } | null, resolution: { width: number | null, height: number | null } | null, instances: Array<{ arn: string | null, deviceArn: string | null, labels: Array<string> | null, status: DeviceFarmInstanceStatus | null, udid: string | null, instanceProfile: { arn: string | null, packageCleanup: boolean | null, excludeAppPackagesFromCleanup: Array<string> | null, rebootAfterUse: boolean | null, name: string | null, description: string | null } | null }> | null } | null, deviceMinutes: { total: number | null, metered: number | null, unmetered: number | null } | null, vpcConfig: { securityGroupIds: Array<string> | null, subnetIds: Array<string> | null, vpcId: string | null } | null, deviceProxy: { host: string | null, port: number | null } | null, endpoints: { remoteDriverEndpoint: string | null, interactiveEndpoint: string | null } | null }
        | { __typename: 'StreamingSession', sessionId: string, studioId: string, state: NimbleStreamingSessionState | null, statusCode: NimbleStreamingSessionStatusCode | null, statusMessage: string | null, createdBy: string | null, updatedAt: string | null, updatedBy: string | null, startedBy: string | null, stoppedAt: string | null, stoppedBy: string | null, stopAt: string | null, terminateAt: string | null, launchProfileId: string | null, streamingImageId: string | null, ec2InstanceType: string | null, ownedBy: string | null, automaticTerminationMode: NimbleAutomaticTerminationMode | null, backupMode: NimbleSessionBackupMode | null, maxBackupsToRetain: number | null, sessionPersistenceMode: NimbleSessionPersistenceMode | null, startedFromBackupId: string | null, volumeRetentionMode: NimbleVolumeRetentionMode | null, id: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null, streamingArn: string | null, tags: Array<{ key: string, value: string }> | null, volumeConfiguration: { size: number | null, throughput: number | null, iops: number | null } | null }
        | { __typename: 'TestGridSession', arn: string, created: string | null, ended: string | null, billingMinutes: number | null, seleniumProperties: string | null, id: string, kind: SessionKind, phase: SessionPhase, createdAt: string | null, startedAt: string | null, endedAt: string | null, tgStatus: DeviceFarmTestGridSessionStatus | null }
       }> } | null };

export type RemoteAccessProjectsQueryVariables = Exact<{
  projectArn: string;
}>;


export type RemoteAccessProjectsQuery = { remoteAccessSessions: { edges: Array<{ node: { arn: string, project: { id: string, arn: string, name: string | null } | null } }> } | null };

export type TestGridProjectsQueryVariables = Exact<{
  projectArn: string;
}>;


export type TestGridProjectsQuery = { testGridSessions: { edges: Array<{ node: { arn: string, project: { id: string, arn: string, name: string | null } | null } }> } | null };

export type StreamingParentsQueryVariables = Exact<{
  studioId: string;
  first?: number | null | undefined;
}>;


export type StreamingParentsQuery = { streamingSessions: { edges: Array<{ node: { sessionId: string, launchProfileId: string | null, streamingImageId: string | null, studio: { studioId: string, studioName: string | null } | null, launchProfile: { launchProfileId: string, name: string | null, studioId: string } | null, streamingImage: { streamingImageId: string, name: string | null, studioId: string } | null } }> } | null };

export type DevEnvironmentParentsQueryVariables = Exact<{
  spaceName: string;
  projectName: string;
  devEnvironmentId: string;
}>;


export type DevEnvironmentParentsQuery = { devEnvironmentSessions: { edges: Array<{ node: { sessionId: string, devEnvironment: { devEnvironmentId: string, alias: string | null, status: CodeCatalystDevEnvironmentStatus | null, space: { name: string } | null, project: { spaceName: string, name: string } | null } | null } }> } | null };

export type DiscoverQueryVariables = Exact<{ [key: string]: never; }>;


export type DiscoverQuery = { deviceFarmProjects: Array<{ arn: string }> | null, testGridProjects: Array<{ arn: string }> | null, studios: Array<{ studioId: string }> | null, codeCatalystSpaces: Array<{ name: string }> | null };

type NodeFields_CodeCatalystDevEnvironment_Fragment = { __typename: 'CodeCatalystDevEnvironment', spaceName: string, projectName: string, devEnvironmentId: string, id: string };

type NodeFields_CodeCatalystProject_Fragment = { __typename: 'CodeCatalystProject', spaceName: string, name: string, id: string };

type NodeFields_CodeCatalystSpace_Fragment = { __typename: 'CodeCatalystSpace', name: string, id: string };

type NodeFields_DevEnvironmentSession_Fragment = { __typename: 'DevEnvironmentSession', spaceName: string, projectName: string, devEnvironmentId: string, sessionId: string, id: string };

type NodeFields_DeviceFarmProject_Fragment = { __typename: 'DeviceFarmProject', arn: string, id: string };

type NodeFields_DeviceFarmTestGridProject_Fragment = { __typename: 'DeviceFarmTestGridProject', arn: string, id: string };

type NodeFields_ManagedInstanceSession_Fragment = { __typename: 'ManagedInstanceSession', id: string };

type NodeFields_NimbleLaunchProfile_Fragment = { __typename: 'NimbleLaunchProfile', studioId: string, launchProfileId: string, id: string };

type NodeFields_NimbleStreamingImage_Fragment = { __typename: 'NimbleStreamingImage', studioId: string, streamingImageId: string, id: string };

type NodeFields_NimbleStudio_Fragment = { __typename: 'NimbleStudio', studioId: string, id: string };

type NodeFields_RemoteAccessSession_Fragment = { __typename: 'RemoteAccessSession', arn: string, id: string };

type NodeFields_StreamingSession_Fragment = { __typename: 'StreamingSession', studioId: string, sessionId: string, id: string };

type NodeFields_TestGridSession_Fragment = { __typename: 'TestGridSession', arn: string, id: string };

export type NodeFieldsFragment =
  | NodeFields_CodeCatalystDevEnvironment_Fragment
  | NodeFields_CodeCatalystProject_Fragment
  | NodeFields_CodeCatalystSpace_Fragment
  | NodeFields_DevEnvironmentSession_Fragment
  | NodeFields_DeviceFarmProject_Fragment
  | NodeFields_DeviceFarmTestGridProject_Fragment
  | NodeFields_ManagedInstanceSession_Fragment
  | NodeFields_NimbleLaunchProfile_Fragment
  | NodeFields_NimbleStreamingImage_Fragment
  | NodeFields_NimbleStudio_Fragment
  | NodeFields_RemoteAccessSession_Fragment
  | NodeFields_StreamingSession_Fragment
  | NodeFields_TestGridSession_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'CodeCatalystDevEnvironment', spaceName: string, projectName: string, devEnvironmentId: string, id: string }
    | { __typename: 'CodeCatalystProject', spaceName: string, name: string, id: string }
    | { __typename: 'CodeCatalystSpace', name: string, id: string }
    | { __typename: 'DevEnvironmentSession', spaceName: string, projectName: string, devEnvironmentId: string, sessionId: string, id: string }
    | { __typename: 'DeviceFarmProject', arn: string, id: string }
    | { __typename: 'DeviceFarmTestGridProject', arn: string, id: string }
    | { __typename: 'ManagedInstanceSession', id: string }
    | { __typename: 'NimbleLaunchProfile', studioId: string, launchProfileId: string, id: string }
    | { __typename: 'NimbleStreamingImage', studioId: string, streamingImageId: string, id: string }
    | { __typename: 'NimbleStudio', studioId: string, id: string }
    | { __typename: 'RemoteAccessSession', arn: string, id: string }
    | { __typename: 'StreamingSession', studioId: string, sessionId: string, id: string }
    | { __typename: 'TestGridSession', arn: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'CodeCatalystDevEnvironment', spaceName: string, projectName: string, devEnvironmentId: string, id: string }
    | { __typename: 'CodeCatalystProject', spaceName: string, name: string, id: string }
    | { __typename: 'CodeCatalystSpace', name: string, id: string }
    | { __typename: 'DevEnvironmentSession', spaceName: string, projectName: string, devEnvironmentId: string, sessionId: string, id: string }
    | { __typename: 'DeviceFarmProject', arn: string, id: string }
    | { __typename: 'DeviceFarmTestGridProject', arn: string, id: string }
    | { __typename: 'ManagedInstanceSession', id: string }
    | { __typename: 'NimbleLaunchProfile', studioId: string, launchProfileId: string, id: string }
    | { __typename: 'NimbleStreamingImage', studioId: string, streamingImageId: string, id: string }
    | { __typename: 'NimbleStudio', studioId: string, id: string }
    | { __typename: 'RemoteAccessSession', arn: string, id: string }
    | { __typename: 'StreamingSession', studioId: string, sessionId: string, id: string }
    | { __typename: 'TestGridSession', arn: string, id: string }
   | null> };

export type EveryTypeQueryVariables = Exact<{
  studioId: string;
  projectArn: string;
  testGridProjectArn: string;
}>;


export type EveryTypeQuery = { remoteAccessSessions: { edges: Array<{ node: { __typename: 'RemoteAccessSession', arn: string, id: string, project: { __typename: 'DeviceFarmProject', arn: string, id: string } | null } }> } | null, testGridSessions: { edges: Array<{ node: { __typename: 'TestGridSession', arn: string, id: string, project: { __typename: 'DeviceFarmTestGridProject', arn: string, id: string } | null } }> } | null, streamingSessions: { edges: Array<{ node: { __typename: 'StreamingSession', studioId: string, sessionId: string, id: string, studio: { __typename: 'NimbleStudio', studioId: string, id: string } | null, launchProfile: { __typename: 'NimbleLaunchProfile', studioId: string, launchProfileId: string, id: string } | null, streamingImage: { __typename: 'NimbleStreamingImage', studioId: string, streamingImageId: string, id: string } | null } }> } | null, codeCatalystSpaces: Array<{ __typename: 'CodeCatalystSpace', name: string, id: string, projects: Array<{ __typename: 'CodeCatalystProject', spaceName: string, name: string, id: string }> | null, devEnvironments: Array<{ __typename: 'CodeCatalystDevEnvironment', spaceName: string, projectName: string, devEnvironmentId: string, id: string, sessions: { edges: Array<{ node: { __typename: 'DevEnvironmentSession', spaceName: string, projectName: string, devEnvironmentId: string, sessionId: string, id: string } }> } | null }> | null }> | null };

export type StreamingIdsQueryVariables = Exact<{
  studioId: string;
  first?: number | null | undefined;
}>;


export type StreamingIdsQuery = { streamingSessions: { edges: Array<{ node: { id: string } }> } | null };

export type ScopeRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeRootsQuery = { deviceFarmProjects: Array<{ id: string, arn: string, name: string | null, defaultJobTimeoutMinutes: number | null, created: string | null, executionRoleArn: string | null, vpcConfig: { securityGroupIds: Array<string> | null, subnetIds: Array<string> | null, vpcId: string | null } | null, environmentVariables: Array<{ name: string | null, value: string | null }> | null }> | null, testGridProjects: Array<{ id: string, arn: string, name: string | null, description: string | null, created: string | null, vpcConfig: { securityGroupIds: Array<string> | null, subnetIds: Array<string> | null, vpcId: string | null } | null }> | null, studios: Array<{ id: string, adminRoleArn: string | null, arn: string | null, createdAt: string | null, displayName: string | null, homeRegion: string | null, ssoClientId: string | null, state: NimbleStudioState | null, statusCode: NimbleStudioStatusCode | null, statusMessage: string | null, studioId: string, studioName: string | null, studioUrl: string | null, updatedAt: string | null, userRoleArn: string | null, studioEncryptionConfiguration: { keyArn: string | null, keyType: NimbleStudioEncryptionConfigurationKeyType | null } | null, tags: Array<{ key: string, value: string }> | null }> | null, codeCatalystSpaces: Array<{ id: string, name: string, regionName: string | null, displayName: string | null, description: string | null, projects: Array<{ spaceName: string, name: string, displayName: string | null, description: string | null }> | null, devEnvironments: Array<{ devEnvironmentId: string, spaceName: string, projectName: string, lastUpdatedTime: string | null, creatorId: string | null, status: CodeCatalystDevEnvironmentStatus | null, statusReason: string | null, alias: string | null, instanceType: string | null, inactivityTimeoutMinutes: number | null, vpcConnectionName: string | null, repositories: Array<{ repositoryName: string | null, branchName: string | null }> | null, ides: Array<{ name: string | null, runtime: string | null }> | null, persistentStorage: { sizeInGiB: number | null } | null }> | null }> | null };

export type StudioLaunchProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioLaunchProfilesQuery = { studios: Array<{ studioId: string, launchProfiles: Array<{ arn: string | null, createdAt: string | null, createdBy: string | null, description: string | null, ec2SubnetIds: Array<string> | null, launchProfileId: string, launchProfileProtocolVersions: Array<string> | null, name: string | null, state: NimbleLaunchProfileState | null, statusCode: NimbleLaunchProfileStatusCode | null, statusMessage: string | null, studioComponentIds: Array<string> | null, updatedAt: string | null, updatedBy: string | null, tags: Array<{ key: string, value: string }> | null, validationResults: Array<{ type: NimbleLaunchProfileValidationType | null, state: NimbleLaunchProfileValidationState | null, statusCode: NimbleLaunchProfileValidationStatusCode | null, statusMessage: string | null }> | null, streamConfiguration: { clipboardMode: NimbleStreamingClipboardMode | null, ec2InstanceTypes: Array<string> | null, maxSessionLengthInMinutes: number | null, streamingImageIds: Array<string> | null, maxStoppedSessionLengthInMinutes: number | null, sessionPersistenceMode: NimbleSessionPersistenceMode | null, automaticTerminationMode: NimbleAutomaticTerminationMode | null, sessionStorage: { mode: Array<NimbleStreamingSessionStorageMode> | null, root: { linux: string | null, windows: string | null } | null } | null, sessionBackup: { mode: NimbleSessionBackupMode | null, maxBackupsToRetain: number | null } | null, volumeConfiguration: { size: number | null, throughput: number | null, iops: number | null } | null } | null }> | null }> | null };

export type DevEnvironmentIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevEnvironmentIdsQuery = { codeCatalystSpaces: Array<{ devEnvironments: Array<{ id: string, spaceName: string, projectName: string, devEnvironmentId: string }> | null }> | null };

export type ScopeSessionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: DeviceFarmTestGridSessionStatus | null | undefined;
}>;


export type ScopeSessionsQuery = { node:
    | { sessions: { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { remoteAccessSessions: { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { testGridSessions: { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | { streamingSessions: { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | Record<PropertyKey, never>
   | null };

export type ScopeRemoteAccessPageFragment = { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type ScopeTestGridPageFragment = { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type ScopeStreamingPageFragment = { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type ScopeDevEnvironmentPageFragment = { edges: Array<{ cursor: string, node: { awsId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type NavigatingSubscriptionVariables = Exact<{
  filter?: SessionEventFilter | null | undefined;
}>;


export type NavigatingSubscription = { sessionEvents: { id: string, type: SessionEventType, session:
      | { id: string, kind: SessionKind, phase: SessionPhase }
      | { id: string, kind: SessionKind, phase: SessionPhase }
      | { id: string, kind: SessionKind, phase: SessionPhase }
      | { sessionId: string, launchProfileId: string | null, id: string, kind: SessionKind, phase: SessionPhase, launchProfile: { launchProfileId: string } | null }
      | { id: string, kind: SessionKind, phase: SessionPhase }
     } | null };

export type TracedProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type TracedProfilesQuery = { sessions: { edges: Array<{ node:
        | { studioId: string, launchProfileId: string | null, launchProfile: { name: string | null } | null }
        | Record<PropertyKey, never>
       }> } | null };

export type CacheFirstPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CacheFirstPageQuery = { sessions: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type CacheSinceQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type CacheSinceQuery = { sessions: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type DeadlineStreamingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineStreamingQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string, message: string }>, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type DeadlineEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineEverythingQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, edges: Array<{ node:
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
       }> } | null };

export type DeadlineNotStreamingQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineNotStreamingQuery = { sessions: { edges: Array<{ node:
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
       }> } | null };

export type LimiterDeviceFarmPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LimiterDeviceFarmPageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type LimiterAllKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimiterAllKindsQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string, message: string }>, edges: Array<{ node:
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
        | { kind: SessionKind }
       }> } | null };

export type ReplicaPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReplicaPageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type ReplicaDeviceFarmPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReplicaDeviceFarmPageQuery = { sessions: { incompleteSources: Array<{ source: SessionSource, code: string }>, edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type ResponseCacheFirstPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ResponseCacheFirstPageQuery = { sessions: { edges: Array<{ node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleLaunchProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStreamingImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystSpace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystDevEnvironment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const ScopeRemoteAccessPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeRemoteAccessPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ScopeRemoteAccessPageFragment, unknown>;
export const ScopeTestGridPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeTestGridPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ScopeTestGridPageFragment, unknown>;
export const ScopeStreamingPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeStreamingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ScopeStreamingPageFragment, unknown>;
export const ScopeDevEnvironmentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeDevEnvironmentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ScopeDevEnvironmentPageFragment, unknown>;
export const RemoteAccessPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteAccessPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteAccessPageQuery, RemoteAccessPageQueryVariables>;
export const TestGridPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestGridPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridSessionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creationTimeAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creationTimeBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endTimeAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endTimeBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testGridSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"creationTimeAfter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creationTimeAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"creationTimeBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creationTimeBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"endTimeAfter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endTimeAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"endTimeBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endTimeBefore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TestGridPageQuery, TestGridPageQueryVariables>;
export const StreamingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreamingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"createdBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownedBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"studioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"createdBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"createdBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownedBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StreamingPageQuery, StreamingPageQueryVariables>;
export const DevEnvironmentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevEnvironmentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"devEnvironmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"devEnvironmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"devEnvironmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DevEnvironmentPageQuery, DevEnvironmentPageQueryVariables>;
export const DiscoveryKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoveryKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiscoveryKindsQuery, DiscoveryKindsQueryVariables>;
export const RemoteAccessErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteAccessErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteAccessErrorsQuery, RemoteAccessErrorsQueryVariables>;
export const TwoRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"studioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwoRootsQuery, TwoRootsQueryVariables>;
export const FaultClassFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultClassFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultClassFeedQuery, FaultClassFeedQueryVariables>;
export const FeedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedPageQuery, FeedPageQueryVariables>;
export const FeedKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedKindsQuery, FeedKindsQueryVariables>;
export const ReadAheadWalkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadAheadWalkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadAheadWalkPageQuery, ReadAheadWalkPageQueryVariables>;
export const FeedResumePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedResumePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedResumePageQuery, FeedResumePageQueryVariables>;
export const AllSessionFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllSessionFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","alias":{"kind":"Name","value":"raStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"stopped"}},{"kind":"Field","name":{"kind":"Name","value":"instanceArn"}},{"kind":"Field","name":{"kind":"Name","value":"billingMethod"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"deviceUdid"}},{"kind":"Field","name":{"kind":"Name","value":"interactionMode"}},{"kind":"Field","name":{"kind":"Name","value":"skipAppResign"}},{"kind":"Field","name":{"kind":"Name","value":"appUpload"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"manufacturer"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"formFactor"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"heapSize"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"radio"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAccessEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"remoteDebugEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"fleetType"}},{"kind":"Field","name":{"kind":"Name","value":"fleetName"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"cpu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"deviceArn"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"udid"}},{"kind":"Field","name":{"kind":"Name","value":"instanceProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"packageCleanup"}},{"kind":"Field","name":{"kind":"Name","value":"excludeAppPackagesFromCleanup"}},{"kind":"Field","name":{"kind":"Name","value":"rebootAfterUse"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviceMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"metered"}},{"kind":"Field","name":{"kind":"Name","value":"unmetered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vpcConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"subnetIds"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deviceProxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteDriverEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"interactiveEndpoint"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","alias":{"kind":"Name","value":"tgStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"billingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"seleniumProperties"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"streamingArn"},"name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminateAt"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}},{"kind":"Field","name":{"kind":"Name","value":"ec2InstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"ownedBy"}},{"kind":"Field","name":{"kind":"Name","value":"automaticTerminationMode"}},{"kind":"Field","name":{"kind":"Name","value":"backupMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxBackupsToRetain"}},{"kind":"Field","name":{"kind":"Name","value":"sessionPersistenceMode"}},{"kind":"Field","name":{"kind":"Name","value":"startedFromBackupId"}},{"kind":"Field","name":{"kind":"Name","value":"volumeRetentionMode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"throughput"}},{"kind":"Field","name":{"kind":"Name","value":"iops"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"startedTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllSessionFieldsQuery, AllSessionFieldsQueryVariables>;
export const RemoteAccessProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemoteAccessProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoteAccessProjectsQuery, RemoteAccessProjectsQueryVariables>;
export const TestGridProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestGridProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testGridSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestGridProjectsQuery, TestGridProjectsQueryVariables>;
export const StreamingParentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreamingParents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"studioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"studioName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreamingParentsQuery, StreamingParentsQueryVariables>;
export const DevEnvironmentParentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevEnvironmentParents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"devEnvironmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceName"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"devEnvironmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"devEnvironmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevEnvironmentParentsQuery, DevEnvironmentParentsQueryVariables>;
export const DiscoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Discover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFarmProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testGridProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeCatalystSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DiscoverQuery, DiscoverQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleLaunchProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStreamingImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystSpace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystDevEnvironment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleLaunchProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStreamingImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystSpace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystDevEnvironment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const EveryTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EveryType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"testGridProjectArn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testGridSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectArn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"testGridProjectArn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"studioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"launchProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeCatalystSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleLaunchProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStreamingImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystSpace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystDevEnvironment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}}]}}]}}]} as unknown as DocumentNode<EveryTypeQuery, EveryTypeQueryVariables>;
export const StreamingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreamingIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"studioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreamingIdsQuery, StreamingIdsQueryVariables>;
export const ScopeRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeRoots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceFarmProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"defaultJobTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"executionRoleArn"}},{"kind":"Field","name":{"kind":"Name","value":"vpcConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"subnetIds"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environmentVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"testGridProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"vpcConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"subnetIds"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoleArn"}},{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"}},{"kind":"Field","name":{"kind":"Name","value":"ssoClientId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"studioEncryptionConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyArn"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"studioName"}},{"kind":"Field","name":{"kind":"Name","value":"studioUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userRoleArn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeCatalystSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}},{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedTime"}},{"kind":"Field","name":{"kind":"Name","value":"creatorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityTimeoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"vpcConnectionName"}},{"kind":"Field","name":{"kind":"Name","value":"repositories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repositoryName"}},{"kind":"Field","name":{"kind":"Name","value":"branchName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runtime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persistentStorage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeInGiB"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeRootsQuery, ScopeRootsQueryVariables>;
export const StudioLaunchProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioLaunchProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ec2SubnetIds"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileProtocolVersions"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"studioComponentIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"validationResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clipboardMode"}},{"kind":"Field","name":{"kind":"Name","value":"ec2InstanceTypes"}},{"kind":"Field","name":{"kind":"Name","value":"maxSessionLengthInMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"streamingImageIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxStoppedSessionLengthInMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"sessionStorage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linux"}},{"kind":"Field","name":{"kind":"Name","value":"windows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxBackupsToRetain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionPersistenceMode"}},{"kind":"Field","name":{"kind":"Name","value":"volumeConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"throughput"}},{"kind":"Field","name":{"kind":"Name","value":"iops"}}]}},{"kind":"Field","name":{"kind":"Name","value":"automaticTerminationMode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudioLaunchProfilesQuery, StudioLaunchProfilesQueryVariables>;
export const DevEnvironmentIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevEnvironmentIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codeCatalystSpaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devEnvironments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spaceName"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"devEnvironmentId"}}]}}]}}]}}]} as unknown as DocumentNode<DevEnvironmentIdsQuery, DevEnvironmentIdsQueryVariables>;
export const ScopeSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridSessionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteAccessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeRemoteAccessPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFarmTestGridProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testGridSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeTestGridPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NimbleStudio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeStreamingPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CodeCatalystDevEnvironment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeDevEnvironmentPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeRemoteAccessPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteAccessSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeTestGridPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestGridSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"arn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeStreamingPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeDevEnvironmentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevEnvironmentSessionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"awsId"},"name":{"kind":"Name","value":"sessionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<ScopeSessionsQuery, ScopeSessionsQueryVariables>;
export const NavigatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Navigating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NavigatingSubscription, NavigatingSubscriptionVariables>;
export const TracedProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracedProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STREAMING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"launchProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TracedProfilesQuery, TracedProfilesQueryVariables>;
export const CacheFirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheFirstPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CacheFirstPageQuery, CacheFirstPageQueryVariables>;
export const CacheSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAfter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CacheSinceQuery, CacheSinceQueryVariables>;
export const DeadlineStreamingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineStreaming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STREAMING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineStreamingQuery, DeadlineStreamingQueryVariables>;
export const DeadlineEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineEverythingQuery, DeadlineEverythingQueryVariables>;
export const DeadlineNotStreamingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineNotStreaming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REMOTE_ACCESS"},{"kind":"EnumValue","value":"TEST_GRID"},{"kind":"EnumValue","value":"DEV_ENVIRONMENT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineNotStreamingQuery, DeadlineNotStreamingQueryVariables>;
export const LimiterDeviceFarmPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimiterDeviceFarmPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REMOTE_ACCESS"},{"kind":"EnumValue","value":"TEST_GRID"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimiterDeviceFarmPageQuery, LimiterDeviceFarmPageQueryVariables>;
export const LimiterAllKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimiterAllKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimiterAllKindsQuery, LimiterAllKindsQueryVariables>;
export const ReplicaPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaPageQuery, ReplicaPageQueryVariables>;
export const ReplicaDeviceFarmPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaDeviceFarmPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REMOTE_ACCESS"},{"kind":"EnumValue","value":"TEST_GRID"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incompleteSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaDeviceFarmPageQuery, ReplicaDeviceFarmPageQueryVariables>;
export const ResponseCacheFirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResponseCacheFirstPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResponseCacheFirstPageQuery, ResponseCacheFirstPageQueryVariables>;