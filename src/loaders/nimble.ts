import * as nimble from '../aws/nimble.js';
import { listAll, type Page } from '../aws/page.js';
import { dedupeLoader, enabled, groupedLoader } from './util.js';

export interface StreamingSessionKey {
  studioId: string;
  sessionId: string;
}

export type StreamingSessionPageKey = nimble.StreamingSessionFilter & { studioId: string; nextToken?: string | undefined };

export function createNimbleLoaders(client: nimble.Nimble | undefined) {
  const use = () => enabled('nimble', client);

  // Many sessions of one studio cost one ListStreamingSessions call with `sessionIds`.
  const streamingSession = groupedLoader<StreamingSessionKey, nimble.StreamingSessionRecord | null>(
    (key) => key.studioId,
    async (keys) => {
      const studioId = (keys[0] as StreamingSessionKey).studioId;
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
    streamingSessionPage: dedupeLoader((key: StreamingSessionPageKey) =>
      nimble.listStreamingSessions(use(), key).then(primed),
    ),
  };
}
