// Coherent (state, status code, message) combinations for Nimble Studio resources; between them
// they use every value of every state and status-code enum.
import type {
  LaunchProfileState,
  LaunchProfileStatusCode,
  LaunchProfileValidationState,
  LaunchProfileValidationStatusCode,
  StreamingImageState,
  StreamingImageStatusCode,
  StreamingSessionState,
  StreamingSessionStatusCode,
  StudioState,
  StudioStatusCode,
} from '@aws-sdk/client-nimble';

/** The first two are READY: those studios get launch profiles, images and sessions. */
export const STUDIOS: [name: string, display: string, StudioState, StudioStatusCode, message: string][] = [
  ['pixelforge-animation', 'Pixelforge Animation', 'READY', 'STUDIO_CREATED', 'Studio created.'],
  ['northlight-vfx', 'Northlight VFX', 'READY', 'STUDIO_UPDATED', 'Studio updated.'],
  ['ember-pictures', 'Ember Pictures', 'READY', 'AWS_SSO_CONFIGURATION_REPAIRED', 'IAM Identity Center configuration repaired.'],
  ['harbor-lane-post', 'Harbor Lane Post', 'CREATE_IN_PROGRESS', 'STUDIO_CREATE_IN_PROGRESS', 'Creating the studio.'],
  ['copperleaf-games', 'Copperleaf Games', 'UPDATE_IN_PROGRESS', 'STUDIO_UPDATE_IN_PROGRESS', 'Updating the studio.'],
  ['bluefin-studios', 'Bluefin Studios', 'UPDATE_IN_PROGRESS', 'AWS_SSO_CONFIGURATION_REPAIR_IN_PROGRESS', 'Repairing the IAM Identity Center configuration.'],
  ['saltmarsh-vfx', 'Saltmarsh VFX', 'DELETE_IN_PROGRESS', 'STUDIO_DELETE_IN_PROGRESS', 'Deleting the studio.'],
  ['kestrel-animation', 'Kestrel Animation', 'DELETED', 'STUDIO_DELETED', 'Studio deleted.'],
  ['ironwood-post', 'Ironwood Post', 'CREATE_FAILED', 'AWS_SSO_NOT_ENABLED', 'IAM Identity Center is not enabled in this account.'],
  ['lumen-arc', 'Lumen Arc', 'CREATE_FAILED', 'AWS_SSO_ACCESS_DENIED', 'Access to IAM Identity Center was denied.'],
  ['tidewater-films', 'Tidewater Films', 'CREATE_FAILED', 'ROLE_NOT_OWNED_BY_STUDIO_OWNER', 'The admin role belongs to another account.'],
  ['redwood-motion', 'Redwood Motion', 'CREATE_FAILED', 'AWS_STS_REGION_DISABLED', 'AWS STS is disabled in us-west-2.'],
  ['quarry-lane', 'Quarry Lane', 'CREATE_FAILED', 'ENCRYPTION_KEY_NOT_FOUND', 'The KMS key was not found.'],
  ['foxglove-studio', 'Foxglove Studio', 'UPDATE_FAILED', 'ROLE_COULD_NOT_BE_ASSUMED', 'The user role could not be assumed.'],
  ['silverline-vfx', 'Silverline VFX', 'UPDATE_FAILED', 'ENCRYPTION_KEY_ACCESS_DENIED', 'Access to the KMS key was denied.'],
  ['meridian-post', 'Meridian Post', 'UPDATE_FAILED', 'INTERNAL_ERROR', 'An internal error occurred.'],
  ['cinder-yard', 'Cinder Yard', 'DELETE_FAILED', 'STUDIO_WITH_LAUNCH_PROFILES_NOT_DELETED', 'Delete the launch profiles first.'],
  ['aurora-frames', 'Aurora Frames', 'DELETE_FAILED', 'STUDIO_WITH_STREAMING_IMAGES_NOT_DELETED', 'Delete the streaming images first.'],
  ['glasshouse-animation', 'Glasshouse Animation', 'DELETE_FAILED', 'STUDIO_WITH_STUDIO_COMPONENTS_NOT_DELETED', 'Delete the studio components first.'],
];

/** The first two are READY, one per main studio; profiles alternate between the two studios. */
export const LAUNCH_PROFILES: [name: string, LaunchProfileState, LaunchProfileStatusCode, message: string][] = [
  ['Animation - Maya', 'READY', 'LAUNCH_PROFILE_CREATED', 'Launch profile created.'],
  ['Compositing - Nuke', 'READY', 'LAUNCH_PROFILE_UPDATED', 'Launch profile updated.'],
  ['Lighting Workstation', 'UPDATE_IN_PROGRESS', 'LAUNCH_PROFILE_UPDATE_IN_PROGRESS', 'Updating the launch profile.'],
  ['FX - Houdini', 'UPDATE_FAILED', 'STREAMING_IMAGE_NOT_READY', 'A streaming image is not ready.'],
  ['Editorial', 'DELETE_FAILED', 'LAUNCH_PROFILE_WITH_STREAM_SESSIONS_NOT_DELETED', 'Streaming sessions still use this profile.'],
  ['Modeling - ZBrush', 'UPDATE_FAILED', 'STREAMING_IMAGE_NOT_FOUND', 'A streaming image was not found.'],
  ['Texture Painting', 'DELETED', 'LAUNCH_PROFILE_DELETED', 'Launch profile deleted.'],
  ['Render Wrangler', 'UPDATE_FAILED', 'INTERNAL_ERROR', 'An internal error occurred.'],
  ['Layout - Blender', 'DELETE_IN_PROGRESS', 'LAUNCH_PROFILE_DELETE_IN_PROGRESS', 'Deleting the launch profile.'],
  ['Rigging', 'CREATE_IN_PROGRESS', 'LAUNCH_PROFILE_CREATE_IN_PROGRESS', 'Creating the launch profile.'],
  ['Look Development', 'CREATE_FAILED', 'ENCRYPTION_KEY_ACCESS_DENIED', 'Access to the KMS key was denied.'],
  ['Matte Painting', 'CREATE_FAILED', 'ENCRYPTION_KEY_NOT_FOUND', 'The KMS key was not found.'],
  ['Previs', 'CREATE_FAILED', 'INVALID_SUBNETS_PROVIDED', 'A subnet does not exist.'],
  ['Simulation', 'CREATE_FAILED', 'INVALID_SUBNETS_COMBINATION', 'The subnets span unsupported zones.'],
  ['Review Room', 'CREATE_FAILED', 'INVALID_INSTANCE_TYPES_PROVIDED', 'An instance type is not offered here.'],
];

/** Validation results cycle through these across the profiles that are not READY. */
export const VALIDATIONS: [LaunchProfileValidationState, LaunchProfileValidationStatusCode, string][] = [
  ['VALIDATION_NOT_STARTED', 'VALIDATION_NOT_STARTED', 'Validation has not started.'],
  ['VALIDATION_IN_PROGRESS', 'VALIDATION_IN_PROGRESS', 'Validation is in progress.'],
  ['VALIDATION_FAILED', 'VALIDATION_FAILED_INVALID_ACTIVE_DIRECTORY', 'The Active Directory could not be reached.'],
  ['VALIDATION_FAILED', 'VALIDATION_FAILED_INVALID_SECURITY_GROUP_ASSOCIATION', 'A security group is not associated with the VPC.'],
  ['VALIDATION_FAILED', 'VALIDATION_FAILED_INVALID_SUBNET_ROUTE_TABLE_ASSOCIATION', 'A subnet has no route table.'],
  ['VALIDATION_FAILED', 'VALIDATION_FAILED_SUBNET_NOT_FOUND', 'A subnet was not found.'],
  ['VALIDATION_FAILED', 'VALIDATION_FAILED_UNAUTHORIZED', 'The studio role may not describe the network.'],
  ['VALIDATION_FAILED_INTERNAL_SERVER_ERROR', 'VALIDATION_FAILED_INTERNAL_SERVER_ERROR', 'Validation failed on an internal error.'],
];

/** The first three images of each main studio are READY; the rest are spread over the two. */
export const IMAGES: [name: string, platform: 'LINUX' | 'WINDOWS', StreamingImageState, StreamingImageStatusCode, message: string][] = [
  ['Rocky Linux 8 - Maya 2024, Nuke 15', 'LINUX', 'READY', 'STREAMING_IMAGE_READY', 'Streaming image ready.'],
  ['Windows Server 2022 - Houdini 20, Substance', 'WINDOWS', 'READY', 'STREAMING_IMAGE_READY', 'Streaming image ready.'],
  ['Amazon Linux 2 - Blender 4.0', 'LINUX', 'READY', 'STREAMING_IMAGE_READY', 'Streaming image ready.'],
  ['Rocky Linux 9 - Katana 7 (beta)', 'LINUX', 'CREATE_IN_PROGRESS', 'STREAMING_IMAGE_CREATE_IN_PROGRESS', 'Creating the streaming image.'],
  ['Windows Server 2019 - ZBrush 2023', 'WINDOWS', 'UPDATE_IN_PROGRESS', 'STREAMING_IMAGE_UPDATE_IN_PROGRESS', 'Updating the streaming image.'],
  ['CentOS 7 - Maya 2022 (legacy)', 'LINUX', 'DELETE_IN_PROGRESS', 'STREAMING_IMAGE_DELETE_IN_PROGRESS', 'Deleting the streaming image.'],
  ['CentOS 7 - Nuke 13 (legacy)', 'LINUX', 'DELETED', 'STREAMING_IMAGE_DELETED', 'Streaming image deleted.'],
  ['Windows Server 2022 - Unreal 5.3', 'WINDOWS', 'CREATE_FAILED', 'ACCESS_DENIED', 'The AMI is not shared with this account.'],
  ['Rocky Linux 8 - Mari 6', 'LINUX', 'UPDATE_FAILED', 'INTERNAL_ERROR', 'An internal error occurred.'],
  ['Amazon Linux 2 - Houdini 19.5 (legacy)', 'LINUX', 'DELETE_FAILED', 'INTERNAL_ERROR', 'Launch profiles still use this image.'],
];

export interface SessionState {
  state: StreamingSessionState;
  code: StreamingSessionStatusCode;
  message: string;
  /** Whether the session has run, and whether it has been stopped since. */
  started: boolean;
  stopped: boolean;
}

const s = (state: StreamingSessionState, code: StreamingSessionStatusCode, message: string, started: boolean, stopped: boolean): SessionState => ({ state, code, message, started, stopped });

/** The newest sessions of each studio run through all of these. */
export const SESSION_STATES: SessionState[] = [
  s('CREATE_IN_PROGRESS', 'STREAMING_SESSION_CREATE_IN_PROGRESS', 'Creating the streaming session.', false, false),
  s('READY', 'STREAMING_SESSION_READY', 'The streaming session is ready.', true, false),
  s('READY', 'STREAMING_SESSION_STARTED', 'The streaming session has started.', true, false),
  s('STOP_IN_PROGRESS', 'STREAMING_SESSION_STOP_IN_PROGRESS', 'Stopping the streaming session.', true, false),
  s('STOPPED', 'STREAMING_SESSION_STOPPED', 'The streaming session is stopped.', true, true),
  s('START_IN_PROGRESS', 'STREAMING_SESSION_START_IN_PROGRESS', 'Starting the streaming session.', true, true),
  s('DELETE_IN_PROGRESS', 'STREAMING_SESSION_DELETE_IN_PROGRESS', 'Deleting the streaming session.', true, true),
  s('DELETED', 'STREAMING_SESSION_DELETED', 'The streaming session was deleted.', true, true),
  s('CREATE_FAILED', 'INSUFFICIENT_CAPACITY', 'No capacity for the instance type in this zone.', false, false),
  s('CREATE_FAILED', 'NETWORK_INTERFACE_ERROR', 'The network interface could not be attached.', false, false),
  s('CREATE_FAILED', 'AMI_VALIDATION_ERROR', 'The streaming image failed validation.', false, false),
  s('CREATE_FAILED', 'DECRYPT_STREAMING_IMAGE_ERROR', 'The streaming image could not be decrypted.', false, false),
  s('CREATE_FAILED', 'ACTIVE_DIRECTORY_DOMAIN_JOIN_ERROR', 'The instance could not join the domain.', false, false),
  s('CREATE_FAILED', 'INITIALIZATION_SCRIPT_ERROR', 'An initialization script failed.', false, false),
  s('START_FAILED', 'NETWORK_CONNECTION_ERROR', 'The session lost its network connection while starting.', true, true),
  s('STOP_FAILED', 'INTERNAL_ERROR', 'An internal error occurred while stopping.', true, false),
  s('DELETE_FAILED', 'INTERNAL_ERROR', 'An internal error occurred while deleting.', true, true),
];

/** Older sessions are mostly over: indexes into SESSION_STATES with weights. */
export const OLD_SESSION_WEIGHTS: [number, number][] = [[7, 70], [4, 18], [1, 6], [8, 3], [14, 2], [16, 1]];
