import { builder } from '../../../builder.js';
import type { LaunchProfileRecord } from '../scopeLoaders.js';
import { doc, optional } from '../../../graph/awsShapes.js';
import { ClipboardMode, SessionStorageMode } from './nimbleScopeEnums.js';
import { NimbleVolumeConfiguration } from './StreamingSession.js';
import * as e from './streamingEnums.js';

// A launch profile's stream configuration as typed objects rather than a JSON scalar: it is
// only three levels deep, and typed fields carry AWS's documentation and reuse the enums the
// streaming session already has.

type Config = NonNullable<LaunchProfileRecord['streamConfiguration']>;
type Storage = NonNullable<Config['sessionStorage']>;

const NimbleStreamingSessionStorageRoot = builder
  .objectRef<NonNullable<Storage['root']>>('NimbleStreamingSessionStorageRoot')
  .implement({
    description: doc('StreamingSessionStorageRoot'),
    fields: (t) => ({
      linux: t.exposeString('linux', optional('StreamingSessionStorageRoot', 'linux')),
      windows: t.exposeString('windows', optional('StreamingSessionStorageRoot', 'windows')),
    }),
  });

const NimbleStreamConfigurationSessionStorage = builder
  .objectRef<Storage>('NimbleStreamConfigurationSessionStorage')
  .implement({
    description: doc('StreamConfigurationSessionStorage'),
    fields: (t) => ({
      root: t.expose('root', { type: NimbleStreamingSessionStorageRoot, ...optional('StreamConfigurationSessionStorage', 'root') }),
      mode: t.field({
        type: [SessionStorageMode.ref],
        ...optional('StreamConfigurationSessionStorage', 'mode'),
        // A mode this gateway does not know yet is left out (and logged) rather than failing the list.
        resolve: (s) => s.mode?.map((m) => SessionStorageMode.known(m)).filter((m) => m !== null),
      }),
    }),
  });

const NimbleStreamConfigurationSessionBackup = builder
  .objectRef<NonNullable<Config['sessionBackup']>>('NimbleStreamConfigurationSessionBackup')
  .implement({
    description: doc('StreamConfigurationSessionBackup'),
    fields: (t) => ({
      mode: t.field({
        type: e.BackupMode.ref,
        ...optional('StreamConfigurationSessionBackup', 'mode'),
        resolve: (b) => e.BackupMode.known(b.mode),
      }),
      maxBackupsToRetain: t.exposeInt('maxBackupsToRetain', optional('StreamConfigurationSessionBackup', 'maxBackupsToRetain')),
    }),
  });

const c = (field: string) => optional('StreamConfiguration', field);

export const NimbleStreamConfiguration = builder.objectRef<Config>('NimbleStreamConfiguration').implement({
  description: doc('StreamConfiguration'),
  fields: (t) => ({
    clipboardMode: t.field({ type: ClipboardMode.ref, ...c('clipboardMode'), resolve: (s) => ClipboardMode.known(s.clipboardMode) }),
    ec2InstanceTypes: t.exposeStringList('ec2InstanceTypes', {
      ...c('ec2InstanceTypes'),
      description: `${doc('StreamConfiguration', 'ec2InstanceTypes')} EC2 names such as g4dn.xlarge, which are not valid GraphQL enum values.`,
    }),
    maxSessionLengthInMinutes: t.exposeInt('maxSessionLengthInMinutes', c('maxSessionLengthInMinutes')),
    streamingImageIds: t.exposeStringList('streamingImageIds', c('streamingImageIds')),
    maxStoppedSessionLengthInMinutes: t.exposeInt('maxStoppedSessionLengthInMinutes', c('maxStoppedSessionLengthInMinutes')),
    sessionStorage: t.expose('sessionStorage', { type: NimbleStreamConfigurationSessionStorage, ...c('sessionStorage') }),
    sessionBackup: t.expose('sessionBackup', { type: NimbleStreamConfigurationSessionBackup, ...c('sessionBackup') }),
    sessionPersistenceMode: t.field({
      type: e.PersistenceMode.ref,
      ...c('sessionPersistenceMode'),
      resolve: (s) => e.PersistenceMode.known(s.sessionPersistenceMode),
    }),
    volumeConfiguration: t.expose('volumeConfiguration', { type: NimbleVolumeConfiguration, ...c('volumeConfiguration') }),
    automaticTerminationMode: t.field({
      type: e.AutomaticTerminationMode.ref,
      ...c('automaticTerminationMode'),
      resolve: (s) => e.AutomaticTerminationMode.known(s.automaticTerminationMode),
    }),
  }),
});
