// The embedded AWS emulator: Device Farm, Nimble Studio and CodeCatalyst on one local port,
// speaking their real wire protocols to the unmodified SDK clients. See README.md.
export { startEmulator } from './server.js';
export type {
  Emulator,
  EmulatorData,
  EmulatorOptions,
  FaultKind,
  FaultRule,
  LatencyMatch,
  RequestLogEntry,
  ServiceName,
} from './types.js';
