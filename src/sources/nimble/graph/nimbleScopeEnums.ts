import { awsEnum } from '../../../graph/awsShapes.js';

// The enums of Nimble studios, launch profiles and streaming images, spelled as AWS spells them.

/** Studios, launch profiles and streaming images share one life cycle (three AWS enums alike). */
const RESOURCE_STATES = {
  CREATE_IN_PROGRESS: 'Being created.',
  READY: 'Ready to use.',
  UPDATE_IN_PROGRESS: 'Being updated.',
  DELETE_IN_PROGRESS: 'Being deleted.',
  DELETED: 'Deleted.',
  DELETE_FAILED: 'Could not be deleted.',
  CREATE_FAILED: 'Could not be created.',
  UPDATE_FAILED: 'Could not be updated.',
};

export const StudioState = awsEnum('NimbleStudioState', 'The state of a studio.', RESOURCE_STATES);
export const LaunchProfileState = awsEnum('NimbleLaunchProfileState', 'The state of a launch profile.', RESOURCE_STATES);
export const StreamingImageState = awsEnum('NimbleStreamingImageState', 'The state of a streaming image.', RESOURCE_STATES);

export const StudioStatusCode = awsEnum('NimbleStudioStatusCode', 'Why a studio is in its state.', {
  STUDIO_CREATED: 'The studio was created.',
  STUDIO_DELETED: 'The studio was deleted.',
  STUDIO_UPDATED: 'The studio was updated.',
  STUDIO_CREATE_IN_PROGRESS: 'The studio is being created.',
  STUDIO_UPDATE_IN_PROGRESS: 'The studio is being updated.',
  STUDIO_DELETE_IN_PROGRESS: 'The studio is being deleted.',
  STUDIO_WITH_LAUNCH_PROFILES_NOT_DELETED: 'The studio was not deleted: it still has launch profiles.',
  STUDIO_WITH_STUDIO_COMPONENTS_NOT_DELETED: 'The studio was not deleted: it still has studio components.',
  STUDIO_WITH_STREAMING_IMAGES_NOT_DELETED: 'The studio was not deleted: it still has streaming images.',
  AWS_SSO_NOT_ENABLED: 'IAM Identity Center is not enabled.',
  AWS_SSO_ACCESS_DENIED: 'IAM Identity Center denied access.',
  ROLE_NOT_OWNED_BY_STUDIO_OWNER: "A role does not belong to the studio owner's account.",
  ROLE_COULD_NOT_BE_ASSUMED: 'A role could not be assumed.',
  INTERNAL_ERROR: 'An internal error occurred.',
  ENCRYPTION_KEY_NOT_FOUND: 'The encryption key was not found.',
  ENCRYPTION_KEY_ACCESS_DENIED: 'Access to the encryption key was denied.',
  AWS_SSO_CONFIGURATION_REPAIRED: 'The IAM Identity Center configuration was repaired.',
  AWS_SSO_CONFIGURATION_REPAIR_IN_PROGRESS: 'The IAM Identity Center configuration is being repaired.',
  AWS_STS_REGION_DISABLED: 'AWS STS is disabled in the studio region.',
});

export const LaunchProfileStatusCode = awsEnum('NimbleLaunchProfileStatusCode', 'Why a launch profile is in its state.', {
  LAUNCH_PROFILE_CREATED: 'The launch profile was created.',
  LAUNCH_PROFILE_UPDATED: 'The launch profile was updated.',
  LAUNCH_PROFILE_DELETED: 'The launch profile was deleted.',
  LAUNCH_PROFILE_CREATE_IN_PROGRESS: 'The launch profile is being created.',
  LAUNCH_PROFILE_UPDATE_IN_PROGRESS: 'The launch profile is being updated.',
  LAUNCH_PROFILE_DELETE_IN_PROGRESS: 'The launch profile is being deleted.',
  INTERNAL_ERROR: 'An internal error occurred.',
  STREAMING_IMAGE_NOT_FOUND: 'A streaming image was not found.',
  STREAMING_IMAGE_NOT_READY: 'A streaming image is not ready.',
  LAUNCH_PROFILE_WITH_STREAM_SESSIONS_NOT_DELETED: 'The launch profile was not deleted: it still has streaming sessions.',
  ENCRYPTION_KEY_ACCESS_DENIED: 'Access to the encryption key was denied.',
  ENCRYPTION_KEY_NOT_FOUND: 'The encryption key was not found.',
  INVALID_SUBNETS_PROVIDED: 'A subnet is invalid.',
  INVALID_INSTANCE_TYPES_PROVIDED: 'An instance type is invalid.',
  INVALID_SUBNETS_COMBINATION: 'The subnets cannot be combined.',
});

export const StreamingImageStatusCode = awsEnum('NimbleStreamingImageStatusCode', 'Why a streaming image is in its state.', {
  STREAMING_IMAGE_CREATE_IN_PROGRESS: 'The image is being created.',
  STREAMING_IMAGE_READY: 'The image is ready.',
  STREAMING_IMAGE_DELETE_IN_PROGRESS: 'The image is being deleted.',
  STREAMING_IMAGE_DELETED: 'The image was deleted.',
  STREAMING_IMAGE_UPDATE_IN_PROGRESS: 'The image is being updated.',
  INTERNAL_ERROR: 'An internal error occurred.',
  ACCESS_DENIED: 'Access was denied.',
});

export const ValidationType = awsEnum('NimbleLaunchProfileValidationType', 'What a launch profile validation checks.', {
  VALIDATE_ACTIVE_DIRECTORY_STUDIO_COMPONENT: 'The Active Directory studio component.',
  VALIDATE_SUBNET_ASSOCIATION: 'The subnet associations.',
  VALIDATE_NETWORK_ACL_ASSOCIATION: 'The network ACL associations.',
  VALIDATE_SECURITY_GROUP_ASSOCIATION: 'The security group associations.',
});

export const ValidationState = awsEnum('NimbleLaunchProfileValidationState', 'Where a launch profile validation stands.', {
  VALIDATION_NOT_STARTED: 'Not started.',
  VALIDATION_IN_PROGRESS: 'In progress.',
  VALIDATION_SUCCESS: 'Succeeded.',
  VALIDATION_FAILED: 'Failed.',
  VALIDATION_FAILED_INTERNAL_SERVER_ERROR: 'Failed with an internal error.',
});

export const ValidationStatusCode = awsEnum('NimbleLaunchProfileValidationStatusCode', 'Why a launch profile validation stands where it does.', {
  VALIDATION_NOT_STARTED: 'Not started.',
  VALIDATION_IN_PROGRESS: 'In progress.',
  VALIDATION_SUCCESS: 'Succeeded.',
  VALIDATION_FAILED_INVALID_SUBNET_ROUTE_TABLE_ASSOCIATION: 'A subnet has no valid route table association.',
  VALIDATION_FAILED_SUBNET_NOT_FOUND: 'A subnet was not found.',
  VALIDATION_FAILED_INVALID_SECURITY_GROUP_ASSOCIATION: 'A security group association is invalid.',
  VALIDATION_FAILED_INVALID_ACTIVE_DIRECTORY: 'The Active Directory is invalid.',
  VALIDATION_FAILED_UNAUTHORIZED: 'The validation was not authorized.',
  VALIDATION_FAILED_INTERNAL_SERVER_ERROR: 'Failed with an internal error.',
});

export const StudioKeyType = awsEnum('NimbleStudioEncryptionConfigurationKeyType', 'Which kind of KMS key encrypts studio data.', {
  AWS_OWNED_KEY: 'A key AWS owns and manages.',
  CUSTOMER_MANAGED_KEY: 'A key the customer manages.',
});

export const StreamingImageKeyType = awsEnum(
  'NimbleStreamingImageEncryptionConfigurationKeyType',
  'Which kind of KMS key encrypts a streaming image.',
  { CUSTOMER_MANAGED_KEY: 'A key the customer manages.' },
);

export const ClipboardMode = awsEnum('NimbleStreamingClipboardMode', 'Whether copy and paste work between workstation and client.', {
  ENABLED: 'The clipboard is shared.',
  DISABLED: 'The clipboard is not shared.',
});

export const SessionStorageMode = awsEnum('NimbleStreamingSessionStorageMode', 'What session storage allows.', {
  UPLOAD: 'Artists can upload files to their workstations.',
});
