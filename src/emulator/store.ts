// The seeded data of every registered service, per place (account and region), and the
// read-only views of it handed to tests. The default place is seeded at start; any other the
// first time a call (or a test) reaches it, from its own seed, so the order places are first
// reached in changes nothing.
import type { Accounts } from './accounts.js';
import { DEFAULT_PLACE, placeKey, placeSeed, type Place } from './seed/place.js';
import { REGISTERED, SERVICES } from './services/registry.js';
import type { AnyService } from './services/service.js';
import type { EmulatorData } from './types.js';
import type { World } from './world.js';

export interface Store {
  world: World;
  /** The service's seeded data at `place` (default: the default place); a global service has one place. */
  data(service: AnyService, place?: Place): unknown;
}

export function createStore(seed: number, sessionsPerKind: number, world: World, accounts: Accounts): Store {
  const seeded = new Map<string, unknown>();
  const data = (service: AnyService, at: Place = DEFAULT_PLACE) => {
    const place = service.regions === 'global' ? DEFAULT_PLACE : at;
    const key = `${service.name}|${placeKey(place)}`;
    if (!seeded.has(key)) seeded.set(key, service.seed({ seed: placeSeed(seed, place), sessionsPerKind, world, place, accounts }));
    return seeded.get(key);
  };
  for (const service of REGISTERED) data(service);
  return { world, data };
}

/** Lists are copies, so a test cannot change what is served. */
export function dataView(store: Store, place: Place = DEFAULT_PLACE): EmulatorData {
  return Object.fromEntries(SERVICES.map((service) => [service.name, service.view(store.data(service, place) as never)])) as unknown as EmulatorData;
}
