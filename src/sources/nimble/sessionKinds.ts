// Nimble Studio's streaming sessions: how they map onto the shared phase and times, and how the
// feed lists them (one stream per studio that can hold sessions).
import type { StreamingSessionRecord } from './calls.js';
import { createdTimeOf, orNull, phaseFromTimes, type SessionKindModel, type SessionPhase, streamsOfPlaces } from '../kinds.js';

const STREAMING_PHASE: Record<string, SessionPhase> = {
  CREATE_IN_PROGRESS: 'STARTING',
  START_IN_PROGRESS: 'STARTING',
  READY: 'RUNNING',
  STOP_IN_PROGRESS: 'STOPPING',
  DELETE_IN_PROGRESS: 'STOPPING',
  STOPPED: 'ENDED',
  DELETED: 'ENDED',
  CREATE_FAILED: 'FAILED',
  START_FAILED: 'FAILED',
  STOP_FAILED: 'FAILED',
  DELETE_FAILED: 'FAILED',
};

// A studio that was deleted or never created has no sessions (AWS may answer not-found).
const STUDIO_WITHOUT_SESSIONS = new Set(['CREATE_FAILED', 'DELETED']);

const streamingTimes = (s: StreamingSessionRecord) => ({ createdAt: orNull(s.createdAt), startedAt: orNull(s.startedAt), endedAt: orNull(s.stoppedAt) });

export const streaming: SessionKindModel<StreamingSessionRecord> = {
  kind: 'STREAMING',
  typename: 'StreamingSession',
  source: 'nimble',
  description: 'A Nimble Studio streaming session on a virtual workstation (ListStreamingSessions).',
  phases: ['STARTING', 'RUNNING', 'STOPPING', 'ENDED', 'FAILED'],
  phase: (s) => STREAMING_PHASE[s.state ?? ''] ?? phaseFromTimes(streamingTimes(s)),
  times: streamingTimes,
  async streams({ loaders, discovery }) {
    const timeOf = createdTimeOf(streamingTimes);
    return streamsOfPlaces(discovery, 'nimbleStudios', { prefix: 'ST', kind: 'STREAMING', source: 'nimble' }, (studios) =>
      studios
        .filter((s) => !STUDIO_WITHOUT_SESSIONS.has(s.state ?? ''))
        .map(({ studioId }) => ({
          key: `ST|${studioId}`,
          kind: 'STREAMING',
          source: 'nimble',
          scope: studioId,
          idOf: (s) => s.sessionId,
          timeOf,
          fetchPage: (nextToken) => loaders.nimble.streamingSessionPage.load({ studioId, nextToken }),
        })),
    );
  },
  graphiqlFields: 'sessionId state ownedBy ec2InstanceType',
  // Nimble bills instance time: the session's time from start to end.
  history: {
    place: (s) => ({ id: `STREAMING|${s.studioId}|${s.sessionId}`, scope: s.studioId, parent: s.studioId }),
    describe: (s) => ({ name: s.sessionId, owner: s.ownedBy ?? null, status: s.state ?? null, instanceType: s.ec2InstanceType ?? null }),
  },
  stop: {
    what: 'streaming session',
    description: 'Stops a READY Nimble Studio streaming session (StopStreamingSession). Idempotent: a session already stopping, stopped or ended is returned unchanged; one still starting is refused (UPSTREAM_BAD_REQUEST).',
    after: 'The streaming session after StopStreamingSession: STOP_IN_PROGRESS, then STOPPED (or DELETED without session persistence).',
    run: (loaders, key) => loaders.nimble.stopStreamingSession(key as { studioId: string; sessionId: string }),
  },
};
