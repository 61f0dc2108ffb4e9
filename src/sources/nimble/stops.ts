import type { Access } from '../../auth/access.js';
import { foundOr, isConflict, mayStop, notFound } from '../../loaders/stops.js';
import type { Discovery } from '../../scopes/discovery.js';
import { studioClient } from './studioPlace.js';
import { listStreamingSessions, stopStreamingSession, type NimbleSource, type StreamingSessionRecord } from './calls.js';

/** Nimble states from which a session will still become READY: a stop is refused for now, not for good. */
const STOPPABLE_LATER = new Set(['CREATE_IN_PROGRESS', 'START_IN_PROGRESS']);

export function createNimbleStops(client: NimbleSource | undefined, discovery: Discovery, access: Access) {
  const at = studioClient(client, discovery);
  return {
    async stopStreamingSession(key: { studioId: string; sessionId: string }): Promise<StreamingSessionRecord> {
      mayStop(access, 'nimble', key.studioId);
      const nimble = await at(key.studioId);
      try {
        return await foundOr('streaming session', stopStreamingSession(nimble, key));
      } catch (error) {
        // Nimble refuses to stop a session that is not READY (409). One that has ended (or is
        // stopping) is answered as it is; one still starting keeps the error, which says why.
        if (!isConflict(error)) throw error;
        const [now] = (await listStreamingSessions(nimble, { studioId: key.studioId, sessionIds: [key.sessionId] })).items;
        if (!now) throw notFound('streaming session');
        if (!STOPPABLE_LATER.has(now.state ?? '')) return now;
        throw error;
      }
    },
  };
}
