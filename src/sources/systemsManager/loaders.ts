import type { Access } from '../../auth/access.js';
import { dedupeLoader, enabled, forbidden, groupedLoader, ListedItems, type SessionSink } from '../../loaders/util.js';
import { placedScope, type Place } from '../../aws/places.js';
import { badInput } from '../../errors.js';
import { describeSessions, type ManagedInstanceSessionPageKey, type ManagedInstanceSessionRecord, type SystemsManagerPlaces } from './calls.js';

export interface ManagedInstanceSessionKey {
  account: string;
  region: string;
  sessionId: string;
}

export function createSystemsManagerLoaders(client: SystemsManagerPlaces | undefined, access: Access, seen?: SessionSink) {
  const use = () => enabled('systemsManager', client);
  const listed = new ListedItems<ManagedInstanceSessionRecord>(seen);

  /** The accounts and regions this gateway reads sessions in (AWS_ACCOUNTS × SYSTEMS_MANAGER_REGIONS). */
  const places = (): Promise<Place[]> => use().places();
  const visible = (place: Pick<Place, 'account' | 'region'>) => access.allows('systemsManager', placedScope(place.account, place.region));

  // A session by ID: one filtered DescribeSessions per state, both at once (a session moves from
  // Active to History when it ends). Sessions listed earlier in the request cost nothing.
  const managedInstanceSession = groupedLoader<ManagedInstanceSessionKey, ManagedInstanceSessionRecord | null>(
    (key) => `${key.account}|${key.region}|${key.sessionId}`,
    async (keys) => {
      const { account, region, sessionId } = keys[0] as ManagedInstanceSessionKey;
      if (!visible({ account, region })) return keys.map(() => null);
      const known = listed.find((s) => s.account === account && s.region === region && s.SessionId === sessionId);
      if (known) return keys.map(() => known);
      const filters = [{ key: 'SessionId' as const, value: sessionId }];
      const pages = await Promise.all((['Active', 'History'] as const).map((state) => describeSessions(use().at({ account, region }), { account, region, state, filters })));
      const found = pages.flatMap((p) => p.items).find((s) => s.SessionId === sessionId) ?? null;
      return keys.map(() => found);
    },
  );

  /** One configured place, named by account ('' for the gateway's own) and region (omitted: the first of that account). */
  async function place(account: string, region: string | undefined): Promise<Place> {
    const all = await places();
    const found = all.find((p) => p.account === account && (region === undefined || p.region === region));
    if (found) return found;
    const where = [account ? `account ${account}` : "the gateway's own account", region].filter(Boolean).join(' in ');
    throw badInput(`Systems Manager is not read in ${where}; this gateway reads ${all.map((p) => placedScope(p.account, p.region)).join(', ')} (see AWS_ACCOUNTS and SYSTEMS_MANAGER_REGIONS).`);
  }

  return {
    places,
    place,
    managedInstanceSession,
    managedInstanceSessionPage: dedupeLoader(async (key: ManagedInstanceSessionPageKey) => {
      if (!visible(key)) throw forbidden('systemsManager');
      return describeSessions(use().at(key), key).then((page) => listed.add(page));
    }),
  };
}
