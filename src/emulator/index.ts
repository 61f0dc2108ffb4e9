// The embedded AWS emulator: the services of services/registry.ts on one local port, speaking
// their real wire protocols to the unmodified SDK clients. See README.md.
export { PUBLISHED_QUOTAS } from './quotas.js';
export { startEmulator } from './server.js';
export type { AssumedCredentials, RoleOption } from './accounts.js';
export type { Hold, HoldMatch } from './holds.js';
export { DEFAULT_ACCOUNT, DEFAULT_REGION, type Place } from './seed/place.js';
export { FIXED_START } from './seed/time.js';
export type { WorldClockMode } from './world.js';
export type {
  Emulator,
  EmulatorData,
  EmulatorOptions,
  ErrorFault,
  FaultKind,
  FaultRule,
  LatencyMatch,
  QuotaLimit,
  Quotas,
  RequestLogEntry,
  ServiceName,
  SessionKindName,
  SessionRef,
} from './types.js';
