// How Nimble streaming sessions move over time: CREATE_IN_PROGRESS → READY → (a persistent one)
// STOP_IN_PROGRESS → STOPPED, or (one without persistence) DELETE_IN_PROGRESS → DELETED;
// START_IN_PROGRESS → READY. Used by the simulation, StopStreamingSession and the control API.
import type { StreamingSession, StreamingSessionState, StreamingSessionStatusCode } from '@aws-sdk/client-nimble';
import { Random } from '../../seed/prng.js';
import type { Step, Timeline } from '../../seed/sessionTable.js';
import { at, MINUTE, SECOND } from '../../seed/time.js';

const STATUS: Partial<Record<StreamingSessionState, [StreamingSessionStatusCode, string]>> = {
  READY: ['STREAMING_SESSION_READY', 'The streaming session is ready.'],
  STOP_IN_PROGRESS: ['STREAMING_SESSION_STOP_IN_PROGRESS', 'Stopping the streaming session.'],
  STOPPED: ['STREAMING_SESSION_STOPPED', 'The streaming session is stopped.'],
  DELETE_IN_PROGRESS: ['STREAMING_SESSION_DELETE_IN_PROGRESS', 'Deleting the streaming session.'],
  DELETED: ['STREAMING_SESSION_DELETED', 'The streaming session was deleted.'],
};
/** How long a stop takes to reach STOPPED (or a deletion DELETED). */
export const STREAMING_STOPPING_MS = 90 * SECOND;

const persistent = (s: StreamingSession) => s.sessionPersistenceMode === 'ACTIVATED';

/** The session in `state` from `t`, updated by its owner. */
function moved(session: StreamingSession, state: StreamingSessionState, t: number): StreamingSession {
  const [statusCode, statusMessage] = STATUS[state] as [StreamingSessionStatusCode, string];
  return { ...session, state, statusCode, statusMessage, updatedAt: at(t), updatedBy: session.ownedBy };
}

/** READY from `t`: started, and due to stop after the profile's maximum session length. */
export function readyStreaming(session: StreamingSession, t: number, maxLengthMs: number): StreamingSession {
  // A stopped session started again is running: its last stop no longer describes it.
  const { stoppedAt: _stoppedAt, stoppedBy: _stoppedBy, ...rest } = session;
  return { ...moved(rest, 'READY', t), startedAt: at(t), startedBy: session.ownedBy, stopAt: at(t + maxLengthMs) };
}

/** DELETED from `t`: nothing is left to terminate. */
function deleted(session: StreamingSession, t: number): StreamingSession {
  const { stopAt: _stopAt, terminateAt: _terminateAt, ...gone } = session;
  return moved(gone, 'DELETED', t);
}

/** At `t` the stop is done: STOPPED (volume kept or not) or, without persistence, DELETED. */
function ended(session: StreamingSession, t: number): StreamingSession {
  if (!persistent(session)) return deleted(session, t);
  const { stopAt: _stopAt, ...rest } = session;
  return { ...moved(rest, 'STOPPED', t), stoppedAt: at(t), stoppedBy: session.ownedBy, volumeRetentionMode: session.volumeRetentionMode ?? 'RETAIN' };
}

/** StopStreamingSession (or the natural end of a READY session) at `t`. */
export function stopStreaming(session: StreamingSession, t: number, retention?: 'RETAIN' | 'DELETE'): Timeline<StreamingSession> {
  const { stopAt: _cancelled, ...running } = session;
  const end = t + STREAMING_STOPPING_MS;
  return {
    base: { ...moved(running, 'STOP_IN_PROGRESS', t), ...(persistent(session) && { volumeRetentionMode: retention ?? 'RETAIN' }) },
    steps: [{ at: end, apply: (s) => ended(s, end) }],
  };
}

/** The rest of the session's natural course from `from`, drawn from its own stream. */
export function streamingPlan(session: StreamingSession, from: number, stream: number): Step<StreamingSession>[] {
  const rng = new Random(stream);
  const minutes = (min: number, max: number) => rng.int(min, max) * MINUTE + rng.int(0, 59_999);
  const steps: Step<StreamingSession>[] = [];
  let t = from;
  let state = session.state;
  if (state === 'CREATE_IN_PROGRESS' || state === 'START_IN_PROGRESS') {
    const ready = (t += minutes(2, 6));
    const maxLength = session.stopAt !== undefined && session.startedAt !== undefined ? session.stopAt.getTime() - session.startedAt.getTime() : 690 * MINUTE;
    steps.push({ at: ready, apply: (s) => readyStreaming(s, ready, maxLength) });
    state = 'READY';
  }
  if (state === 'READY') {
    // Artists stop (or, without persistence, end) their sessions after half an hour to four hours.
    const stop = (t += minutes(30, 240));
    const end = stop + STREAMING_STOPPING_MS;
    steps.push({ at: stop, apply: (s) => stopStreaming(s, stop).base }, { at: end, apply: (s) => ended(s, end) });
  } else if (state === 'STOP_IN_PROGRESS' || state === 'DELETE_IN_PROGRESS') {
    const end = (t += minutes(1, 3));
    steps.push({ at: end, apply: (s) => (state === 'STOP_IN_PROGRESS' ? ended(s, end) : deleted(s, end)) });
  }
  return steps;
}
