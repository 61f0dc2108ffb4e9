// Device Farm (awsJson1_1, SigV4 `devicefarm`): projects and remote access sessions, test grid
// projects and their Selenium sessions.
import type { Device, Project, RemoteAccessSession, TestGridProject, TestGridSession } from '@aws-sdk/client-device-farm';
import { Random } from '../../seed/prng.js';
import { defineService, sessionKind } from '../service.js';
import { errors } from './errors.js';
import { closedTestGrid, remotePlan, runDraw, runningRemote, stopRemote, testGridPlan } from './life.js';
import { operations } from './operations.js';
import { seedDeviceFarm, type DeviceFarmSeed } from './seed.js';

/** `emulator.data.deviceFarm`. */
export interface DeviceFarmView {
  readonly projects: readonly Project[];
  readonly testGridProjects: readonly TestGridProject[];
  /** The device catalog sessions draw from. */
  readonly devices: readonly Device[];
  remoteAccessSessions(projectArn: string): RemoteAccessSession[];
  testGridSessions(projectArn: string): TestGridSession[];
}

export const deviceFarm = defineService({
  name: 'deviceFarm',
  title: 'Device Farm',
  protocol: { kind: 'awsJson', targetPrefix: 'DeviceFarm_20150623.' },
  auth: { scheme: 'sigv4', signingName: 'devicefarm', frontEnd: 'coral' },
  // Device Farm exists only in us-west-2.
  regions: ['us-west-2'],
  errors,
  pageSizes: { ListProjects: 10, ListRemoteAccessSessions: 25, ListTestGridProjects: 10, ListTestGridSessions: 25 },
  // Device Farm's published figure for its List and Get APIs.
  publishedQuota: { ratePerSecond: 10, burst: 50 },
  operations,
  seed: ({ seed, sessionsPerKind, world, place }) => seedDeviceFarm(seed, sessionsPerKind, world, place),
  view: (data): DeviceFarmView => ({
    projects: data.projects,
    testGridProjects: data.testGridProjects,
    devices: data.devices,
    remoteAccessSessions: (projectArn) => data.remoteAccess.list(projectArn),
    testGridSessions: (projectArn) => data.testGrid.list(projectArn),
  }),
  kinds: {
    remoteAccess: sessionKind<DeviceFarmSeed, RemoteAccessSession>({
      table: (data) => data.remoteAccess,
      id: (s) => s.arn as string,
      ended: (s) => s.status === 'STOPPING' || s.status === 'COMPLETED',
      plan: remotePlan,
      start: (s, t, stream) => (s.status === 'RUNNING' ? undefined : runningRemote(s, t, runDraw(new Random(stream)))),
      stop: (s, t) => (s.status === 'STOPPING' || s.status === 'COMPLETED' ? undefined : stopRemote(s, t)),
    }),
    testGrid: sessionKind<DeviceFarmSeed, TestGridSession>({
      table: (data) => data.testGrid,
      id: (s) => s.arn as string,
      ended: (s) => s.status !== 'ACTIVE',
      plan: testGridPlan,
      // Test grid sessions run from creation.
      start: () => undefined,
      // There is no Stop API: the session closes now.
      stop: (s, t) => (s.status === 'ACTIVE' ? { base: closedTestGrid(s, t, 'CLOSED'), steps: [] } : undefined),
    }),
  },
});
