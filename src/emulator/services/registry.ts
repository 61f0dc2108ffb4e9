// The emulator's services, declared once. Dispatch, auth, errors, faults, latency, quotas, the
// store, `emulator.data` and the control API's session kinds all derive from this list: adding a
// service is its folder plus one line here.
import { codeCatalyst } from './codeCatalyst/index.js';
import { deviceFarm } from './deviceFarm/index.js';
import { nimble } from './nimble/index.js';
import { sts } from './sts/index.js';
import { systemsManager } from './systemsManager/index.js';
import type { AnyService } from './service.js';

export const SERVICES = [deviceFarm, nimble, codeCatalyst, systemsManager, sts] as const;

/** The same list, as the server handles it. */
export const REGISTERED: readonly AnyService[] = SERVICES;

export const SERVICE_NAMES: readonly string[] = SERVICES.map((service) => service.name);
