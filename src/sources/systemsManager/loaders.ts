import type { Access } from '../../auth/access.js';
import { dedupeLoader, enabled, forbidden, groupedLoader, ListedItems, type SessionSink } from '../../loaders/util.js';
import { describeSessions, type ManagedInstanceSessionPageKey, type ManagedInstanceSessionRecord, type SystemsManager } from './calls.js';

export interface ManagedInstanceSessionKey {
  region: string;
  sessionId: string;
}

export function createSystemsManagerLoaders(client: SystemsManager | undefined, access: Access, seen?: SessionSink) {
  const use = () => enabled('systemsManager', client);
  const listed = new ListedItems<ManagedInstanceSessionRecord>(seen);

  /** The regions this gateway reads sessions in: its client's. */
  const regions = async (): Promise<string[]> => [await use().region()];

  // A session by ID: one filtered DescribeSessions per state, both at once (a session moves from
  // Active to History when it ends). Sessions listed earlier in the request cost nothing.
  const managedInstanceSession = groupedLoader<ManagedInstanceSessionKey, ManagedInstanceSessionRecord | null>(
    (key) => `${key.region}|${key.sessionId}`,
    async (keys) => {
      const { region, sessionId } = keys[0] as ManagedInstanceSessionKey;
      if (!access.allows('systemsManager', region)) return keys.map(() => null);
      const known = listed.find((s) => s.region === region && s.SessionId === sessionId);
      if (known) return keys.map(() => known);
      const filters = [{ key: 'SessionId' as const, value: sessionId }];
      const pages = await Promise.all((['Active', 'History'] as const).map((state) => describeSessions(use(), { region, state, filters })));
      const found = pages.flatMap((p) => p.items).find((s) => s.SessionId === sessionId) ?? null;
      return keys.map(() => found);
    },
  );

  return {
    regions,
    managedInstanceSession,
    managedInstanceSessionPage: dedupeLoader(async (key: ManagedInstanceSessionPageKey) => {
      if (!access.allows('systemsManager', key.region)) throw forbidden('systemsManager');
      return describeSessions(use(), key).then((page) => listed.add(page));
    }),
  };
}
