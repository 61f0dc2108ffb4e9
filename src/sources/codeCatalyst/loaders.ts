import * as cc from './calls.js';
import { listAll } from '../../aws/page.js';
import type { Access } from '../../auth/access.js';
import { stableKey, dedupeLoader, enabled, forbidden, groupedLoader, ListedItems, nullIfNotFound, type SessionSink } from '../../loaders/util.js';

export type DevEnvironmentSessionKey = cc.DevEnvironmentKey & { sessionId: string };
export type DevEnvironmentSessionPageKey = cc.DevEnvironmentKey & {
  maxResults?: number | undefined;
  nextToken?: string | undefined;
};

/** The API's largest page, so one dev environment's sessions usually take one call. */
const WHOLE_LIST_PAGE = 200;

const parentOf = ({ spaceName, projectName, devEnvironmentId }: cc.DevEnvironmentKey): cc.DevEnvironmentKey => ({
  spaceName,
  projectName,
  devEnvironmentId,
});

export function createCodeCatalystLoaders(client: cc.CodeCatalystSource | undefined, access: Access, seen?: SessionSink) {
  const use = () => enabled('codeCatalyst', client).at();

  const listed = new ListedItems<cc.DevEnvironmentSessionRecord>(seen);
  // There is no get-one-session operation: the sessions of one dev environment come from one
  // list walk, shared by every session of that dev environment asked for in the request.
  const devEnvironmentSession = groupedLoader<DevEnvironmentSessionKey, cc.DevEnvironmentSessionRecord | null>(
    (key) => stableKey(parentOf(key)),
    async (keys) => {
      const parent = parentOf(keys[0] as DevEnvironmentSessionKey);
      // A session in a space the caller may not see does not exist for it.
      if (!access.allows('codeCatalyst', parent.spaceName)) return keys.map(() => null);
      const same = (s: cc.DevEnvironmentSessionRecord, k: DevEnvironmentSessionKey) =>
        s.id === k.sessionId && s.devEnvironmentId === k.devEnvironmentId && s.projectName === k.projectName && s.spaceName === k.spaceName;
      const known = keys.map((k) => listed.find((s) => same(s, k)));
      if (known.every((s) => s !== undefined)) return known;
      const sessions = await nullIfNotFound(
        listAll('codeCatalyst', (nextToken) =>
          cc.listDevEnvironmentSessions(use(), { ...parent, maxResults: WHOLE_LIST_PAGE, nextToken }),
        ),
      );
      const byId = new Map((sessions ?? []).map((s) => [s.id, s]));
      return keys.map((k) => byId.get(k.sessionId) ?? null);
    },
  );


  return {
    devEnvironmentSession,
    devEnvironmentSessionPage: dedupeLoader(async (key: DevEnvironmentSessionPageKey) => {
      if (!access.allows('codeCatalyst', key.spaceName)) throw forbidden('codeCatalyst');
      return cc.listDevEnvironmentSessions(use(), key).then((page) => listed.add(page));
    }),
  };
}
