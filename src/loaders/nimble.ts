import * as nimble from '../aws/nimble.js';
import { listAll, type Page } from '../aws/page.js';
import type { Access } from '../auth/access.js';
import { dedupeLoader, enabled, forbidden, groupedLoader } from './util.js';

export interface StreamingSessionKey {
  studioId: string;
  sessionId: string;
}

export type StreamingSessionPageKey = nimble.StreamingSessionFilter & { studioId: string; nextToken?: string | undefined };

export function createNimbleLoaders(client: nimble.Nimble | undefined, access: Access) {
  const use = () => enabled('nimble', client);

  // Many sessions of one studio cost one ListStreamingSessions call with `sessionIds`.
  const streamingSession = groupedLoader<StreamingSessionKey, nimble.StreamingSessionRecord | null>(
    (key) => key.studioId,
    async (keys) => {
      const studioId = (keys[0] as StreamingSessionKey).studioId;
      // A session in a studio the caller may not see does not exist for it.
      if (!access.allows('nimble', studioId)) return keys.map(() => null);
      const sessionIds = [...new Set(keys.map((k) => k.sessionId))];
      const found = await listAll('nimble', (nextToken) =>
        nimble.listStreamingSessions(use(), { studioId, sessionIds, nextToken }),
      );
      const byId = new Map(found.map((s) => [s.sessionId, s]));
      return keys.map((k) => byId.get(k.sessionId) ?? null);
    },
  );

  const primed = (page: Page<nimble.StreamingSessionRecord>) => {
    for (const s of page.items) streamingSession.prime({ studioId: s.studioId, sessionId: s.sessionId }, s);
    return page;
  };

  return {
    streamingSession,
    streamingSessionPage: dedupeLoader(async (key: StreamingSessionPageKey) => {
      if (!access.allows('nimble', key.studioId)) throw forbidden('nimble');
      return nimble.listStreamingSessions(use(), key).then(primed);
    }),
  };
}
