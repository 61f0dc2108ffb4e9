import { builder } from '../../../builder.js';
import { deviceFarmArn, parseDeviceFarmArnId } from './arnInput.js';
import type { GatewayContext } from '../../../context.js';
import type { RemoteAccessSessionRecord } from '../../../loaders/records.js';
import { awsEnum, doc, optional } from '../../../graph/awsShapes.js';
import { listFingerprint } from '../../../graph/connections/cursor.js';
import { resolveTokenConnection } from '../../../graph/connections/tokenConnection.js';
import { DeviceFarmDevice } from './DeviceFarmDevice.js';
import { DeviceFarmVpcConfig } from './DeviceFarmVpcConfig.js';
import { Session } from '../../../graph/Session.js';

const Status = awsEnum('DeviceFarmExecutionStatus', 'The status of a Device Farm remote access session.', {
  PENDING: 'Pending.',
  PENDING_CONCURRENCY: 'Waiting for a concurrency slot.',
  PENDING_DEVICE: 'Waiting for a device.',
  PROCESSING: 'Processing.',
  SCHEDULING: 'Being scheduled.',
  PREPARING: 'Preparing the device.',
  RUNNING: 'Running.',
  COMPLETED: 'Completed.',
  STOPPING: 'Stopping.',
});
const Result = awsEnum('DeviceFarmExecutionResult', 'The result of a Device Farm remote access session.', {
  PENDING: 'No result yet.',
  PASSED: 'Passed.',
  WARNED: 'Passed with warnings.',
  FAILED: 'Failed.',
  SKIPPED: 'Skipped.',
  ERRORED: 'Ended with an error.',
  STOPPED: 'Stopped.',
});
const BillingMethod = awsEnum('DeviceFarmBillingMethod', 'How Device Farm bills device minutes.', {
  METERED: 'Billed per device minute.',
  UNMETERED: 'Covered by unmetered device slots.',
});
const InteractionMode = awsEnum('DeviceFarmInteractionMode', 'How a person interacts with a remote device.', {
  INTERACTIVE: 'The person can interact with the device and watch video.',
  NO_VIDEO: 'Remote debugging without video.',
  VIDEO_ONLY: 'Video only, no interaction.',
});

type R = RemoteAccessSessionRecord;

const DeviceFarmDeviceMinutes = builder.objectRef<NonNullable<R['deviceMinutes']>>('DeviceFarmDeviceMinutes').implement({
  description: doc('DeviceMinutes'),
  fields: (t) => ({
    total: t.exposeFloat('total', optional('DeviceMinutes', 'total')),
    metered: t.exposeFloat('metered', optional('DeviceMinutes', 'metered')),
    unmetered: t.exposeFloat('unmetered', optional('DeviceMinutes', 'unmetered')),
  }),
});

const DeviceFarmDeviceProxy = builder.objectRef<NonNullable<R['deviceProxy']>>('DeviceFarmDeviceProxy').implement({
  description: doc('DeviceProxy'),
  fields: (t) => ({
    host: t.exposeString('host', optional('DeviceProxy', 'host')),
    port: t.exposeInt('port', optional('DeviceProxy', 'port')),
  }),
});

const DeviceFarmRemoteAccessEndpoints = builder
  .objectRef<NonNullable<R['endpoints']>>('DeviceFarmRemoteAccessEndpoints')
  .implement({
    description: doc('RemoteAccessEndpoints'),
    fields: (t) => ({
      remoteDriverEndpoint: t.exposeString('remoteDriverEndpoint', optional('RemoteAccessEndpoints', 'remoteDriverEndpoint')),
      interactiveEndpoint: t.exposeString('interactiveEndpoint', optional('RemoteAccessEndpoints', 'interactiveEndpoint')),
    }),
  });

const f = (field: string) => optional('RemoteAccessSession', field);

export const RemoteAccessSession = builder.node(builder.objectRef<R>('RemoteAccessSession'), {
  description: `${doc('RemoteAccessSession')} A Device Farm session on a real phone or tablet.`,
  interfaces: [Session],
  isTypeOf: (o) => (o as R).kind === 'REMOTE_ACCESS',
  id: { resolve: (s) => s.arn, parse: (id) => parseDeviceFarmArnId('RemoteAccessSession', id, 'session') },
  loadMany: (arns, ctx) => arns.map((arn) => ctx.loaders.deviceFarm.remoteAccessSession.load(arn)),
  fields: (t) => ({
    arn: t.exposeString('arn', { nullable: false, description: doc('RemoteAccessSession', 'arn') }),
    name: t.exposeString('name', f('name')),
    created: t.expose('created', { type: 'DateTime', ...f('created') }),
    status: t.field({ type: Status.ref, ...f('status'), resolve: (s) => Status.known(s.status) }),
    result: t.field({ type: Result.ref, ...f('result'), resolve: (s) => Result.known(s.result) }),
    message: t.exposeString('message', f('message')),
    started: t.expose('started', { type: 'DateTime', ...f('started') }),
    stopped: t.expose('stopped', { type: 'DateTime', ...f('stopped') }),
    device: t.expose('device', { type: DeviceFarmDevice, ...f('device') }),
    instanceArn: t.exposeString('instanceArn', f('instanceArn')),
    billingMethod: t.field({ type: BillingMethod.ref, ...f('billingMethod'), resolve: (s) => BillingMethod.known(s.billingMethod) }),
    deviceMinutes: t.expose('deviceMinutes', { type: DeviceFarmDeviceMinutes, ...f('deviceMinutes') }),
    endpoint: t.exposeString('endpoint', { ...f('endpoint'), deprecationReason: 'Use endpoints.interactiveEndpoint.' }),
    deviceUdid: t.exposeString('deviceUdid', f('deviceUdid')),
    interactionMode: t.field({
      type: InteractionMode.ref,
      ...f('interactionMode'),
      resolve: (s) => InteractionMode.known(s.interactionMode),
    }),
    skipAppResign: t.exposeBoolean('skipAppResign', f('skipAppResign')),
    vpcConfig: t.expose('vpcConfig', { type: DeviceFarmVpcConfig, ...f('vpcConfig') }),
    deviceProxy: t.expose('deviceProxy', { type: DeviceFarmDeviceProxy, ...f('deviceProxy') }),
    appUpload: t.exposeString('appUpload', f('appUpload')),
    endpoints: t.expose('endpoints', { type: DeviceFarmRemoteAccessEndpoints, ...f('endpoints') }),
  }),
});

export const RemoteAccessSessionConnection = builder.connectionObject({
  type: RemoteAccessSession,
  name: 'RemoteAccessSessionConnection',
  description: 'A page of remote access sessions, newest first.',
});

/** The list arguments shared by the root field and `DeviceFarmProject.remoteAccessSessions`. */
export const remoteAccessSessionArgs = builder.args((t) => ({
  first: t.int({ description: 'How many sessions to return: 0 to 100, default 20.' }),
  after: t.string({ description: "Return the sessions after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." }),
}));

/** One project's sessions as a connection; the same list (and cursors) wherever it is asked for. */
export const resolveRemoteAccessSessions = (ctx: GatewayContext, arn: string, args: { first?: number | null; after?: string | null }) =>
  resolveTokenConnection<R>(
    {
      fingerprint: listFingerprint(ctx.cursorKey, ['remoteAccessSessions', arn]),
      idOf: (s) => s.arn,
      fetchPage: (nextToken) => ctx.loaders.deviceFarm.remoteAccessSessionPage.load({ arn, nextToken }),
    },
    args,
  );

builder.queryField('remoteAccessSessions', (t) =>
  t.field({
    type: RemoteAccessSessionConnection,
    description: 'The remote access sessions of one Device Farm project, newest first (ListRemoteAccessSessions).',
    args: {
      projectArn: t.arg.string({ required: true, description: 'The ARN of the Device Farm project.' }),
      ...remoteAccessSessionArgs,
    },
    resolve: (_root, args, ctx) => resolveRemoteAccessSessions(ctx, deviceFarmArn('projectArn', args.projectArn, 'project'), args),
  }),
);
