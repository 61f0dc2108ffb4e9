// How Device Farm sessions move over time: a remote access session goes PENDING → PROCESSING →
// SCHEDULING → PREPARING → RUNNING → STOPPING → COMPLETED (with a result); a test grid session
// is ACTIVE until it is CLOSED (or ERRORED). Used by the simulation, the Stop API and the control API.
import type { ExecutionResult, ExecutionStatus, RemoteAccessSession, TestGridSession } from '@aws-sdk/client-device-farm';
import { Random } from '../../seed/prng.js';
import type { Step, Timeline } from '../../seed/sessionTable.js';
import { at, MINUTE, SECOND } from '../../seed/time.js';

const MESSAGES: Partial<Record<ExecutionStatus, string>> = {
  PENDING: 'Waiting for the session to be scheduled.',
  PROCESSING: 'Processing the session request.',
  SCHEDULING: 'Scheduling the device.',
  PREPARING: 'Installing the app on the device.',
  RUNNING: 'The device is ready for interaction.',
  STOPPING: 'Stopping the session and collecting artifacts.',
};
const RESULTS: [ExecutionResult, string, number][] = [
  ['PASSED', 'The session ended normally.', 70],
  ['STOPPED', 'The session was stopped by the user.', 15],
  ['FAILED', 'The app crashed during the session.', 8],
  ['WARNED', 'The session ended; the device reported low battery.', 4],
  ['ERRORED', 'The device became unresponsive.', 3],
];
/** The natural course; the PENDING_* waits lead to PROCESSING. Seconds spent in each, min and max. */
const COURSE: [ExecutionStatus, number, number][] = [
  ['PENDING', 20, 60],
  ['PROCESSING', 10, 30],
  ['SCHEDULING', 10, 40],
  ['PREPARING', 30, 90],
  ['RUNNING', 5 * 60, 60 * 60],
  ['STOPPING', 20, 40],
];
const WAITS: Partial<Record<ExecutionStatus, [number, number]>> = { PENDING_CONCURRENCY: [30, 120], PENDING_DEVICE: [30, 120] };
/** How long a session the user stopped takes to collect its artifacts. */
export const REMOTE_STOPPING_MS = 30 * SECOND;

/** What starting a session draws: its endpoints' token and a public device's UDID. */
export interface RunDraw {
  token: string;
  udid: string;
}

export const runDraw = (rng: Random): RunDraw => ({ token: rng.alnum(32), udid: rng.hex(16).toUpperCase() });

function endpoints(token: string): Pick<RemoteAccessSession, 'endpoint' | 'endpoints'> {
  return {
    endpoint: `wss://devicefarm-interactive-global.us-west-2.api.aws/websocket/${token}`,
    endpoints: {
      remoteDriverEndpoint: `https://devicefarm-interactive-global.us-west-2.api.aws/remote-endpoint/${token}/wd/hub`,
      interactiveEndpoint: `https://devicefarm-interactive-global.us-west-2.api.aws/interactive-endpoint/${token}`,
    },
  };
}

/** The session running from `t`: started, with its endpoints and the device's UDID. */
export function runningRemote(session: RemoteAccessSession, t: number, draw: RunDraw): RemoteAccessSession {
  const isPrivate = session.device?.fleetType === 'PRIVATE';
  return {
    ...session,
    status: 'RUNNING',
    message: MESSAGES.RUNNING,
    started: at(t),
    ...endpoints(draw.token),
    deviceUdid: isPrivate ? session.device?.instances?.[0]?.udid : draw.udid,
  };
}

/** The session completed at `t` with `result`: stopped, billed, its endpoints gone. */
export function completedRemote(session: RemoteAccessSession, t: number, result: ExecutionResult, message: string): RemoteAccessSession {
  const { endpoint: _endpoint, endpoints: _endpoints, ...rest } = session;
  const started = session.started?.getTime();
  const minutes = started === undefined ? undefined : Math.round((t - started) / 600) / 100;
  const unmetered = session.billingMethod === 'UNMETERED';
  return {
    ...rest,
    status: 'COMPLETED',
    result,
    message,
    stopped: at(t),
    ...(minutes !== undefined && { deviceMinutes: { total: minutes, metered: unmetered ? 0 : minutes, unmetered: unmetered ? minutes : 0 } }),
  };
}

/** The rest of the session's natural course from `from`, drawn from its own stream. */
export function remotePlan(session: RemoteAccessSession, from: number, stream: number): Step<RemoteAccessSession>[] {
  const status = session.status as ExecutionStatus;
  if (status === 'COMPLETED') return [];
  const rng = new Random(stream);
  const seconds = ([min, max]: readonly [number, number]) => rng.int(min, max) * SECOND + rng.int(0, 999);
  const wait = WAITS[status];
  // A PENDING_* wait stands where PENDING does: PROCESSING comes next.
  let position = wait ? 0 : COURSE.findIndex(([s]) => s === status);
  const [, min, max] = COURSE[position] as [ExecutionStatus, number, number];
  let t = from + seconds(wait ?? [min, max]);
  const steps: Step<RemoteAccessSession>[] = [];
  for (position += 1; position < COURSE.length; position++) {
    const [next, min, max] = COURSE[position] as [ExecutionStatus, number, number];
    const when = t;
    // Draws happen here, once: applying a step must give the same session every time it is read.
    const draw = runDraw(rng);
    if (next === 'RUNNING') steps.push({ at: when, apply: (s) => runningRemote(s, when, draw) });
    else steps.push({ at: when, apply: (s) => ({ ...s, status: next, message: MESSAGES[next] }) });
    t += seconds([min, max]);
  }
  const [result, message] = rng.weighted(RESULTS.map(([r, m, w]) => [[r, m] as const, w] as const));
  const end = t;
  steps.push({ at: end, apply: (s) => completedRemote(s, end, result, message) });
  return steps;
}

/** StopRemoteAccessSession at `t`: STOPPING now, COMPLETED (result STOPPED) once the artifacts are in. */
export function stopRemote(session: RemoteAccessSession, t: number): Timeline<RemoteAccessSession> {
  const end = t + REMOTE_STOPPING_MS;
  return {
    base: { ...session, status: 'STOPPING', message: 'Stopping the session at the user\'s request.' },
    steps: [{ at: end, apply: (s) => completedRemote(s, end, 'STOPPED', 'The session was stopped by the user.') }],
  };
}

/** The session closed (or errored) at `t`, billed to then. */
export function closedTestGrid(session: TestGridSession, t: number, status: 'CLOSED' | 'ERRORED'): TestGridSession {
  const created = session.created?.getTime() ?? t;
  return { ...session, status, ended: at(t), billingMinutes: Math.round((t - created) / 600) / 100 };
}

/** An ACTIVE test grid session closes 1 to 45 minutes on; one in ten errors. */
export function testGridPlan(session: TestGridSession, from: number, stream: number): Step<TestGridSession>[] {
  if (session.status !== 'ACTIVE') return [];
  const rng = new Random(stream);
  const end = from + rng.int(1, 45) * MINUTE + rng.int(0, 59_999);
  const status = rng.chance(0.9) ? 'CLOSED' : 'ERRORED';
  return [{ at: end, apply: (s) => closedTestGrid(s, end, status) }];
}
