// The records the loaders hand to the graph layer (SDK shapes plus the parent IDs the gateway
// adds). Re-exported here so the graph layer depends on the loaders, never on the AWS layer.
export type { RemoteAccessSessionRecord, TestGridSessionRecord, TestGridSessionFilter } from '../sources/deviceFarm/calls.js';
export type { StreamingSessionRecord, StreamingSessionFilter } from '../sources/nimble/calls.js';
export type { DevEnvironmentSessionRecord } from '../sources/codeCatalyst/calls.js';
export type { Page } from '../aws/page.js';

import type { RemoteAccessSessionRecord, TestGridSessionRecord } from '../sources/deviceFarm/calls.js';
import type { StreamingSessionRecord } from '../sources/nimble/calls.js';
import type { DevEnvironmentSessionRecord } from '../sources/codeCatalyst/calls.js';

export type SessionRecord =
  | RemoteAccessSessionRecord
  | TestGridSessionRecord
  | StreamingSessionRecord
  | DevEnvironmentSessionRecord;

export type SessionKind = SessionRecord['kind'];
