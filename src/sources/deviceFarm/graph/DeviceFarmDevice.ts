import { builder } from '../../../builder.js';
import type { RemoteAccessSessionRecord } from '../../../loaders/records.js';
import { awsEnum, doc, optional } from '../../../graph/awsShapes.js';

type Device = NonNullable<RemoteAccessSessionRecord['device']>;
type Instance = NonNullable<Device['instances']>[number];
type InstanceProfile = NonNullable<Instance['instanceProfile']>;

const FormFactor = awsEnum('DeviceFarmDeviceFormFactor', "A device's form factor.", {
  PHONE: 'A phone.',
  TABLET: 'A tablet.',
});
const Platform = awsEnum('DeviceFarmDevicePlatform', "A device's platform.", {
  ANDROID: 'Android.',
  IOS: 'iOS.',
});
const Availability = awsEnum('DeviceFarmDeviceAvailability', 'How likely a public device is to be available for a run.', {
  TEMPORARY_NOT_AVAILABLE: 'Temporarily not available.',
  BUSY: 'Busy with other runs.',
  AVAILABLE: 'Available.',
  HIGHLY_AVAILABLE: 'Highly available.',
});
const InstanceStatus = awsEnum('DeviceFarmInstanceStatus', 'The status of a private device instance.', {
  IN_USE: 'In use.',
  PREPARING: 'Being prepared.',
  AVAILABLE: 'Available.',
  NOT_AVAILABLE: 'Not available.',
});

const DeviceFarmCPU = builder.objectRef<NonNullable<Device['cpu']>>('DeviceFarmCPU').implement({
  description: doc('CPU'),
  fields: (t) => ({
    frequency: t.exposeString('frequency', optional('CPU', 'frequency')),
    architecture: t.exposeString('architecture', optional('CPU', 'architecture')),
    clock: t.exposeFloat('clock', optional('CPU', 'clock')),
  }),
});

const DeviceFarmResolution = builder.objectRef<NonNullable<Device['resolution']>>('DeviceFarmResolution').implement({
  description: doc('Resolution'),
  fields: (t) => ({
    width: t.exposeInt('width', optional('Resolution', 'width')),
    height: t.exposeInt('height', optional('Resolution', 'height')),
  }),
});

const DeviceFarmInstanceProfile = builder.objectRef<InstanceProfile>('DeviceFarmInstanceProfile').implement({
  description: doc('InstanceProfile'),
  fields: (t) => ({
    arn: t.exposeString('arn', optional('InstanceProfile', 'arn')),
    name: t.exposeString('name', optional('InstanceProfile', 'name')),
    description: t.exposeString('description', optional('InstanceProfile', 'description')),
    packageCleanup: t.exposeBoolean('packageCleanup', optional('InstanceProfile', 'packageCleanup')),
    excludeAppPackagesFromCleanup: t.exposeStringList('excludeAppPackagesFromCleanup', {
      nullable: true,
      description: doc('InstanceProfile', 'excludeAppPackagesFromCleanup'),
    }),
    rebootAfterUse: t.exposeBoolean('rebootAfterUse', optional('InstanceProfile', 'rebootAfterUse')),
  }),
});

const DeviceFarmDeviceInstance = builder.objectRef<Instance>('DeviceFarmDeviceInstance').implement({
  description: doc('DeviceInstance'),
  fields: (t) => ({
    arn: t.exposeString('arn', optional('DeviceInstance', 'arn')),
    deviceArn: t.exposeString('deviceArn', optional('DeviceInstance', 'deviceArn')),
    labels: t.exposeStringList('labels', optional('DeviceInstance', 'labels')),
    status: t.field({
      type: InstanceStatus.ref,
      nullable: true,
      description: doc('DeviceInstance', 'status'),
      resolve: (i) => InstanceStatus.known(i.status),
    }),
    udid: t.exposeString('udid', optional('DeviceInstance', 'udid')),
    instanceProfile: t.expose('instanceProfile', {
      type: DeviceFarmInstanceProfile,
      nullable: true,
      description: doc('DeviceInstance', 'instanceProfile'),
    }),
  }),
});

export const DeviceFarmDevice = builder.objectRef<Device>('DeviceFarmDevice').implement({
  description: doc('Device'),
  fields: (t) => ({
    arn: t.exposeString('arn', optional('Device', 'arn')),
    name: t.exposeString('name', optional('Device', 'name')),
    manufacturer: t.exposeString('manufacturer', optional('Device', 'manufacturer')),
    model: t.exposeString('model', optional('Device', 'model')),
    modelId: t.exposeString('modelId', optional('Device', 'modelId')),
    formFactor: t.field({
      type: FormFactor.ref,
      nullable: true,
      description: doc('Device', 'formFactor'),
      resolve: (d) => FormFactor.known(d.formFactor),
    }),
    platform: t.field({
      type: Platform.ref,
      nullable: true,
      description: doc('Device', 'platform'),
      resolve: (d) => Platform.known(d.platform),
    }),
    os: t.exposeString('os', optional('Device', 'os')),
    cpu: t.expose('cpu', { type: DeviceFarmCPU, nullable: true, description: doc('Device', 'cpu') }),
    resolution: t.expose('resolution', { type: DeviceFarmResolution, nullable: true, description: doc('Device', 'resolution') }),
    heapSize: t.expose('heapSize', { type: 'SafeInt', nullable: true, description: doc('Device', 'heapSize') }),
    memory: t.expose('memory', { type: 'SafeInt', nullable: true, description: doc('Device', 'memory') }),
    image: t.exposeString('image', optional('Device', 'image')),
    carrier: t.exposeString('carrier', optional('Device', 'carrier')),
    radio: t.exposeString('radio', optional('Device', 'radio')),
    remoteAccessEnabled: t.exposeBoolean('remoteAccessEnabled', optional('Device', 'remoteAccessEnabled')),
    remoteDebugEnabled: t.exposeBoolean('remoteDebugEnabled', optional('Device', 'remoteDebugEnabled')),
    fleetType: t.exposeString('fleetType', optional('Device', 'fleetType')),
    fleetName: t.exposeString('fleetName', optional('Device', 'fleetName')),
    instances: t.expose('instances', {
      type: [DeviceFarmDeviceInstance],
      nullable: true,
      description: doc('Device', 'instances'),
    }),
    availability: t.field({
      type: Availability.ref,
      nullable: true,
      description: doc('Device', 'availability'),
      resolve: (d) => Availability.known(d.availability),
    }),
  }),
});
