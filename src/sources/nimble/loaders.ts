import * as nimble from './calls.js';
import { listAll } from '../../aws/page.js';
import type { Access } from '../../auth/access.js';
import type { Discovery } from '../../scopes/discovery.js';
import { studioClient } from './studioPlace.js';
import { dedupeLoader, forbidden, groupedLoader, ListedItems, type SessionSink } from '../../loaders/util.js';

export interface StreamingSessionKey {
  studioId: string;
  sessionId: string;
}

export type StreamingSessionPageKey = nimble.StreamingSessionFilter & { studioId: string; nextToken?: string | undefined };

export function createNimbleLoaders(client: nimble.NimbleSource | undefined, discovery: Discovery, access: Access, seen?: SessionSink) {
  const at = studioClient(client, discovery);

  const listed = new ListedItems<nimble.StreamingSessionRecord>(seen);
  // Many sessions of one studio cost one ListStreamingSessions call with `sessionIds`; those
  // listed earlier in the request cost none.
  const streamingSession = groupedLoader<StreamingSessionKey, nimble.StreamingSessionRecord | null>(
    (key) => key.studioId,
    async (keys) => {
      const studioId = (keys[0] as StreamingSessionKey).studioId;
      // A session in a studio the caller may not see does not exist for it.
      if (!access.allows('nimble', studioId)) return keys.map(() => null);
      const known = keys.map((k) => listed.find((s) => s.studioId === studioId && s.sessionId === k.sessionId));
      const sessionIds = [...new Set(keys.filter((_k, i) => !known[i]).map((k) => k.sessionId))];
      const studio = sessionIds.length === 0 ? undefined : await at(studioId);
      const found = !studio ? [] : await listAll('nimble', (nextToken) =>
        nimble.listStreamingSessions(studio, { studioId, sessionIds, nextToken }),
      );
      const byId = new Map([...known.filter((s) => s !== undefined), ...found].map((s) => [s.sessionId, s]));
      return keys.map((k) => byId.get(k.sessionId) ?? null);
    },
  );

  return {
    streamingSession,
    streamingSessionPage: dedupeLoader(async (key: StreamingSessionPageKey) => {
      if (!access.allows('nimble', key.studioId)) throw forbidden('nimble');
      return nimble.listStreamingSessions(await at(key.studioId), key).then((page) => listed.add(page));
    }),
  };
}
