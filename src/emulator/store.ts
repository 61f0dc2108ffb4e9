// The seeded data of every registered service, and the read-only views of it handed to tests.
import { REGISTERED, SERVICES } from './services/registry.js';
import type { AnyService } from './services/service.js';
import type { EmulatorData } from './types.js';
import type { World } from './world.js';

export interface Store {
  world: World;
  /** The service's seeded data. */
  data(service: AnyService): unknown;
}

export function createStore(seed: number, sessionsPerKind: number, world: World): Store {
  const data = new Map(REGISTERED.map((service) => [service.name, service.seed({ seed, sessionsPerKind, world })]));
  return { world, data: (service) => data.get(service.name) };
}

/** Lists are copies, so a test cannot change what is served. */
export function dataView(store: Store): EmulatorData {
  return Object.fromEntries(SERVICES.map((service) => [service.name, service.view(store.data(service) as never)])) as unknown as EmulatorData;
}
