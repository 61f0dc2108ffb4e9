// How Session Manager sessions move over time: Connecting → Connected (or Failed) → Terminating →
// Terminated; a Connected session may drop to Disconnected (the client went away) and is then
// terminated when the idle timeout passes. Used by the simulation, TerminateSession and the
// control API.
import type { Session } from '@aws-sdk/client-ssm';
import { Random } from '../../seed/prng.js';
import type { Step, Timeline } from '../../seed/sessionTable.js';
import { at, MINUTE, SECOND } from '../../seed/time.js';

/** How long TerminateSession takes to reach Terminated. */
export const TERMINATING_MS = 5 * SECOND;

const ended = (s: Session) => s.Status === 'Terminating' || s.Status === 'Terminated' || s.Status === 'Failed';

export function terminated(session: Session, t: number): Session {
  return { ...session, Status: 'Terminated', EndDate: at(t) };
}

export function connected(session: Session): Session {
  return { ...session, Status: 'Connected' };
}

/** TerminateSession at `t`: Terminating now, Terminated once the agent has closed the channel. */
export function terminate(session: Session, t: number): Timeline<Session> | undefined {
  if (ended(session)) return undefined;
  const end = t + TERMINATING_MS;
  return { base: { ...session, Status: 'Terminating' }, steps: [{ at: end, apply: (s) => terminated(s, end) }] };
}

/** The rest of the session's natural course from `from`, drawn from its own stream. */
export function sessionPlan(session: Session, from: number, stream: number): Step<Session>[] {
  if (session.Status === 'Terminated' || session.Status === 'Failed') return [];
  const rng = new Random(stream);
  const steps: Step<Session>[] = [];
  let t = from;
  let status = session.Status;
  if (status === 'Connecting') {
    const when = (t += rng.int(2, 10) * SECOND + rng.int(0, 999));
    // One in fifteen never reaches the agent.
    if (rng.chance(1 / 15)) return [{ at: when, apply: (s) => ({ ...s, Status: 'Failed', EndDate: at(when), Details: 'The SSM Agent on the target did not respond.' }) }];
    steps.push({ at: when, apply: connected });
    status = 'Connected';
  }
  if (status === 'Connected') {
    const until = (t += rng.int(5, 120) * MINUTE + rng.int(0, 59_999));
    if (rng.chance(0.3)) {
      steps.push({ at: until, apply: (s) => ({ ...s, Status: 'Disconnected' }) });
      status = 'Disconnected';
    } else {
      steps.push({ at: until, apply: (s) => ({ ...s, Status: 'Terminating' }) });
      status = 'Terminating';
    }
  }
  // A disconnected session is terminated when the idle timeout passes; a terminating one in seconds.
  const end = t + (status === 'Disconnected' ? rng.int(5, 20) * MINUTE : rng.int(1, 5) * SECOND) + rng.int(0, 999);
  steps.push({ at: end, apply: (s) => terminated(s, end) });
  return steps;
}
