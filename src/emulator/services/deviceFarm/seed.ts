// Device Farm: three projects with remote access sessions, two test grid projects with Selenium
// sessions. The newest sessions of every project run through every status; older ones are done.
import type {
  Device,
  ExecutionResult,
  ExecutionStatus,
  Project,
  RemoteAccessSession,
  TestGridProject,
  TestGridSession,
  TestGridSessionStatus,
  VpcConfig,
} from '@aws-sdk/client-device-farm';
import type { World } from '../../world.js';
import { remotePlan, testGridPlan } from './life.js';
import { seedDevices } from './devices.js';
import { arnPrefix, type Place } from '../../seed/place.js';
import { deepFreeze } from '../../seed/freeze.js';
import { mix, Random } from '../../seed/prng.js';
import { SessionTable, spread } from '../../seed/sessionTable.js';
import { at, DAY, MINUTE, SECOND } from '../../seed/time.js';

export interface DeviceFarmSeed {
  projects: readonly Project[];
  testGridProjects: readonly TestGridProject[];
  devices: readonly Device[];
  /** Scoped by project ARN, looked up by session ARN. */
  remoteAccess: SessionTable<RemoteAccessSession>;
  /** Scoped by test grid project ARN, looked up by session ARN. */
  testGrid: SessionTable<TestGridSession>;
}

/** Sessions of a scope spread over this span, whatever their number. */
const SPAN = 120 * DAY;

/** Coherent (status, result, message) triples: the newest sessions of each project show them all. */
type RemoteState = [ExecutionStatus, ExecutionResult, string];
const REMOTE_STATES: RemoteState[] = [
  ['PENDING', 'PENDING', 'Waiting for the session to be scheduled.'],
  ['PENDING_CONCURRENCY', 'PENDING', 'Waiting for a free device slot in your account.'],
  ['PENDING_DEVICE', 'PENDING', 'Waiting for the device to become available.'],
  ['PROCESSING', 'PENDING', 'Processing the session request.'],
  ['SCHEDULING', 'PENDING', 'Scheduling the device.'],
  ['PREPARING', 'PENDING', 'Installing the app on the device.'],
  ['RUNNING', 'PENDING', 'The device is ready for interaction.'],
  ['STOPPING', 'PENDING', 'Stopping the session and collecting artifacts.'],
  ['COMPLETED', 'PASSED', 'The session ended normally.'],
  ['COMPLETED', 'WARNED', 'The session ended; the device reported low battery.'],
  ['COMPLETED', 'FAILED', 'The app crashed during the session.'],
  ['COMPLETED', 'SKIPPED', 'The session was skipped: the device was removed from the fleet.'],
  ['COMPLETED', 'ERRORED', 'The device became unresponsive.'],
  ['COMPLETED', 'STOPPED', 'The session was stopped by the user.'],
];
const DONE_WEIGHTS: [number, number][] = [[8, 60], [9, 8], [10, 14], [11, 2], [12, 4], [13, 12]];
const STARTED: ReadonlySet<ExecutionStatus> = new Set(['RUNNING', 'STOPPING', 'COMPLETED']);
const FLOWS = ['Checkout smoke', 'Login regression', 'Exploratory session', 'Push notification check', 'Deep link triage', 'Accessibility audit', 'Payment sheet repro', 'Onboarding walkthrough'];
const BROWSERS: [string, string[]][] = [['chrome', ['118.0', '119.0', '120.0']], ['firefox', ['119.0', '120.0']], ['MicrosoftEdge', ['119.0', '120.0']]];

function vpc(rng: Random): VpcConfig {
  return { securityGroupIds: [`sg-0${rng.hex(16)}`], subnetIds: [`subnet-0${rng.hex(16)}`, `subnet-0${rng.hex(16)}`], vpcId: `vpc-0${rng.hex(16)}` };
}

const PROJECTS: [string, number, number][] = [
  ['Shopfront Android', 150, 400],
  ['Shopfront iOS', 60, 260],
  ['Payments SDK smoke tests', 30, 75],
];

/** The simulation creates a session in each project about this often. */
const REMOTE_BIRTH_GAP = 20 * MINUTE;
const TEST_GRID_BIRTH_GAP = 15 * MINUTE;

export function seedDeviceFarm(seed: number, sessionsPerKind: number, world: World, place: Place): DeviceFarmSeed {
  const base = world.start;
  const rng = new Random(mix(seed, 0xdf));
  const DF_ARN = arnPrefix('devicefarm', place);
  const devices = seedDevices(rng, DF_ARN);
  const projects: Project[] = PROJECTS.map(([name, timeout, ageDays]) => ({
    arn: `${DF_ARN}:project:${rng.uuid()}`,
    name,
    defaultJobTimeoutMinutes: timeout,
    created: at(base - ageDays * DAY - rng.int(0, DAY)),
    vpcConfig: vpc(rng),
    environmentVariables: [
      { name: 'API_BASE_URL', value: `https://staging-${rng.alnum(6)}.api.shopfront.example` },
      { name: 'FEATURE_FLAGS', value: 'new-checkout,dark-mode' },
    ],
    executionRoleArn: `arn:aws:iam::${place.account}:role/DeviceFarmExecution-${name.split(' ')[0]}`,
  }));
  projects.sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
  const testGridProjects: TestGridProject[] = [
    ['web-checkout-e2e', 'Selenium suite for the checkout funnel', 300],
    ['marketing-site-visual', 'Visual regression of the marketing site', 120],
  ].map(([name, description, ageDays]) => ({
    arn: `${DF_ARN}:testgrid-project:${rng.uuid()}`,
    name: name as string,
    description: description as string,
    vpcConfig: vpc(rng),
    created: at(base - (ageDays as number) * DAY - rng.int(0, DAY)),
  }));
  testGridProjects.sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));

  const raCounts = spread(sessionsPerKind, [5, 3, 2]);
  const raOrder = projects.map(() => rng.shuffle(REMOTE_STATES.map((_, i) => i)));
  const remoteAccess = new SessionTable(projects.map((p) => p.arn as string), raCounts, {
    key: (scope, i) => raArn(seed, projects[scope] as Project, scope, i),
    make: (scope, i) => seededRemote(seed, base, projects[scope] as Project, devices, scope, i, raCounts[scope] ?? 1, raOrder[scope] ?? []),
    fresh: (scope, stream, created) => {
      const r = new Random(stream);
      const project = projects[scope] as Project;
      return remoteSession(r, `${arnOf(project.arn)}:session:${projectId(project.arn)}/${r.uuid()}/00000`, project, devices, created, REMOTE_STATES[0] as RemoteState, created);
    },
    id: (session) => session.arn as string,
    plan: remotePlan,
    birthGap: REMOTE_BIRTH_GAP,
  }, world, mix(seed, 0xa9));
  const tgCounts = spread(sessionsPerKind, [3, 2]);
  const tgOrder = testGridProjects.map(() => rng.shuffle<TestGridSessionStatus>(['ACTIVE', 'CLOSED', 'ERRORED']));
  const testGrid = new SessionTable(testGridProjects.map((p) => p.arn as string), tgCounts, {
    key: (scope, i) => tgArn(seed, testGridProjects[scope] as TestGridProject, scope, i),
    make: (scope, i) => seededTestGrid(seed, base, testGridProjects[scope] as TestGridProject, scope, i, tgCounts[scope] ?? 1, tgOrder[scope] ?? []),
    fresh: (scope, stream, created) => {
      const r = new Random(stream);
      const project = testGridProjects[scope] as TestGridProject;
      return testGridSession(r, `${arnOf(project.arn)}:testgrid-session:${projectId(project.arn)}/${r.hex(32)}`, created, 'ACTIVE', created);
    },
    id: (session) => session.arn as string,
    plan: testGridPlan,
    birthGap: TEST_GRID_BIRTH_GAP,
  }, world, mix(seed, 0xb9));
  return { projects: deepFreeze(projects), testGridProjects: deepFreeze(testGridProjects), devices: deepFreeze(devices), remoteAccess, testGrid };
}

const projectId = (arn: string | undefined) => (arn ?? '').slice((arn ?? '').lastIndexOf(':') + 1);
/** `arn:aws:devicefarm:<region>:<account>` of a project's ARN: its sessions' ARNs start the same. */
export const arnOf = (arn: string | undefined) => (arn ?? '').split(':').slice(0, 5).join(':');

function raArn(seed: number, project: Project, scope: number, i: number): string {
  const runId = new Random(mix(seed, 0xa1, scope, i)).uuid();
  return `${arnOf(project.arn)}:session:${projectId(project.arn)}/${runId}/00000`;
}

/** Index 0 is the newest: creation times step back by about span/count, strictly decreasing. */
function createdAt(rng: Random, base: number, scope: number, i: number, count: number): number {
  const gap = Math.max(SPAN / count, SECOND);
  return base - scope * 7 * MINUTE - i * gap - Math.floor(rng.next() * gap);
}

function seededRemote(seed: number, base: number, project: Project, devices: readonly Device[], scope: number, i: number, count: number, order: number[]): RemoteAccessSession {
  const rng = new Random(mix(seed, 0xa2, scope, i));
  const created = createdAt(rng, base, scope, i, count);
  const state = REMOTE_STATES[i < order.length ? (order[i] as number) : rng.weighted(DONE_WEIGHTS)] as RemoteState;
  return remoteSession(rng, raArn(seed, project, scope, i), project, devices, created, state, base);
}

/** `now`: the instant a running session's device minutes are counted to. */
function remoteSession(rng: Random, arn: string, project: Project, devices: readonly Device[], created: number, [status, result, message]: RemoteState, now: number): RemoteAccessSession {
  const device = rng.pick(devices);
  const isPrivate = device.fleetType === 'PRIVATE';
  const started = STARTED.has(status) && result !== 'SKIPPED' ? created + rng.int(1, 6) * MINUTE + rng.int(0, 59_999) : undefined;
  const stopped = status === 'COMPLETED' ? (started ?? created) + rng.int(2, 95) * MINUTE + rng.int(0, 59_999) : undefined;
  const minutes = started === undefined ? undefined : Math.round(((stopped ?? now) - started) / 600) / 100;
  const live = status === 'RUNNING' || status === 'STOPPING';
  const endpointToken = rng.alnum(32);
  const session: RemoteAccessSession = {
    arn,
    name: `${rng.pick(FLOWS)} on ${device.name}`,
    created: at(created),
    status,
    result,
    message,
    ...(started !== undefined && { started: at(started) }),
    ...(stopped !== undefined && { stopped: at(stopped) }),
    device,
    ...(isPrivate && { instanceArn: rng.pick(device.instances ?? []).arn }),
    billingMethod: isPrivate ? 'UNMETERED' : 'METERED',
    ...(minutes !== undefined && { deviceMinutes: { total: minutes, metered: isPrivate ? 0 : minutes, unmetered: isPrivate ? minutes : 0 } }),
    ...(live && { endpoint: `wss://devicefarm-interactive-global.us-west-2.api.aws/websocket/${endpointToken}` }),
    ...(started !== undefined && { deviceUdid: isPrivate ? device.instances?.[0]?.udid : rng.hex(16).toUpperCase() }),
    interactionMode: rng.pick(['INTERACTIVE', 'NO_VIDEO', 'VIDEO_ONLY'] as const),
    skipAppResign: rng.chance(0.25),
    vpcConfig: project.vpcConfig,
    deviceProxy: { host: `10.0.${rng.int(0, 255)}.${rng.int(1, 254)}`, port: rng.pick([3128, 8080, 8888]) },
    appUpload: `${arnOf(project.arn)}:upload:${projectId(project.arn)}/${rng.uuid()}`,
    ...(live && {
      endpoints: {
        remoteDriverEndpoint: `https://devicefarm-interactive-global.us-west-2.api.aws/remote-endpoint/${endpointToken}/wd/hub`,
        interactiveEndpoint: `https://devicefarm-interactive-global.us-west-2.api.aws/interactive-endpoint/${endpointToken}`,
      },
    }),
  };
  return session;
}

function tgArn(seed: number, project: TestGridProject, scope: number, i: number): string {
  const sessionId = new Random(mix(seed, 0xb1, scope, i)).hex(32);
  return `${arnOf(project.arn)}:testgrid-session:${projectId(project.arn)}/${sessionId}`;
}

function seededTestGrid(seed: number, base: number, project: TestGridProject, scope: number, i: number, count: number, order: TestGridSessionStatus[]): TestGridSession {
  const rng = new Random(mix(seed, 0xb2, scope, i));
  const created = createdAt(rng, base, scope, i, count);
  const status = i < order.length ? (order[i] as TestGridSessionStatus) : rng.chance(0.9) ? 'CLOSED' : 'ERRORED';
  return testGridSession(rng, tgArn(seed, project, scope, i), created, status, base);
}

/** `now`: the instant an active session is billed to. */
function testGridSession(rng: Random, arn: string, created: number, status: TestGridSessionStatus, now: number): TestGridSession {
  const ended = status === 'ACTIVE' ? undefined : created + rng.int(1, 45) * MINUTE + rng.int(0, 59_999);
  const [browserName, versions] = rng.pick(BROWSERS);
  const properties = {
    browserName,
    browserVersion: rng.pick(versions),
    platformName: rng.pick(['linux', 'windows']),
    'aws:maxDurationSecs': 2400,
    acceptInsecureCerts: rng.chance(0.3),
  };
  return {
    arn,
    status,
    created: at(created),
    ...(ended !== undefined && { ended: at(ended) }),
    billingMinutes: Math.round(((ended ?? now) - created) / 600) / 100,
    seleniumProperties: JSON.stringify(properties),
  };
}
