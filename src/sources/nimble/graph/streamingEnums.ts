import { awsEnum } from '../../../graph/awsShapes.js';

export const State = awsEnum('NimbleStreamingSessionState', 'The current state of a streaming session.', {
  CREATE_IN_PROGRESS: 'The session is being created.',
  READY: 'The session is ready to stream.',
  DELETE_IN_PROGRESS: 'The session is being deleted.',
  DELETED: 'The session was deleted.',
  CREATE_FAILED: 'The session could not be created.',
  DELETE_FAILED: 'The session could not be deleted.',
  STOP_IN_PROGRESS: 'The session is being stopped.',
  START_IN_PROGRESS: 'The session is being started.',
  STOPPED: 'The session is stopped; it can be started again.',
  STOP_FAILED: 'The session could not be stopped.',
  START_FAILED: 'The session could not be started.',
});

export const StatusCode = awsEnum('NimbleStreamingSessionStatusCode', 'Why a streaming session is in its state.', {
  STREAMING_SESSION_READY: 'The session is ready.',
  STREAMING_SESSION_DELETED: 'The session was deleted.',
  STREAMING_SESSION_CREATE_IN_PROGRESS: 'The session is being created.',
  STREAMING_SESSION_DELETE_IN_PROGRESS: 'The session is being deleted.',
  INTERNAL_ERROR: 'An internal error occurred.',
  INSUFFICIENT_CAPACITY: 'Not enough instance capacity.',
  ACTIVE_DIRECTORY_DOMAIN_JOIN_ERROR: 'The workstation could not join the Active Directory domain.',
  NETWORK_CONNECTION_ERROR: 'A network connection failed.',
  INITIALIZATION_SCRIPT_ERROR: 'An initialization script failed.',
  DECRYPT_STREAMING_IMAGE_ERROR: 'The streaming image could not be decrypted.',
  NETWORK_INTERFACE_ERROR: 'A network interface could not be set up.',
  STREAMING_SESSION_STOPPED: 'The session is stopped.',
  STREAMING_SESSION_STARTED: 'The session was started.',
  STREAMING_SESSION_STOP_IN_PROGRESS: 'The session is being stopped.',
  STREAMING_SESSION_START_IN_PROGRESS: 'The session is being started.',
  AMI_VALIDATION_ERROR: 'The machine image failed validation.',
});

export const AutomaticTerminationMode = awsEnum('NimbleAutomaticTerminationMode', 'Whether a stopped session is terminated after its stop time.', {
  ACTIVATED: 'Terminated automatically.',
  DEACTIVATED: 'Kept until terminated by hand.',
});

export const BackupMode = awsEnum('NimbleSessionBackupMode', 'Whether the session is backed up when it stops.', {
  AUTOMATIC: 'Backed up automatically.',
  DEACTIVATED: 'Not backed up.',
});

export const PersistenceMode = awsEnum('NimbleSessionPersistenceMode', 'Whether the session keeps its volume between stops.', {
  ACTIVATED: 'The volume persists.',
  DEACTIVATED: 'The volume does not persist.',
});

export const VolumeRetentionMode = awsEnum('NimbleVolumeRetentionMode', 'What happens to the volume when the session is terminated.', {
  RETAIN: 'The volume is kept.',
  DELETE: 'The volume is deleted.',
});
