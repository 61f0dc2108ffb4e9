// The records the loaders hand to the graph layer (SDK shapes plus the parent IDs the gateway
// adds). Re-exported here so the graph layer depends on the loaders, never on the AWS layer.
export type { RemoteAccessSessionRecord, TestGridSessionRecord, TestGridSessionFilter } from '../aws/deviceFarm.js';
export type { StreamingSessionRecord, StreamingSessionFilter } from '../aws/nimble.js';
export type { DevEnvironmentSessionRecord } from '../aws/codeCatalyst.js';
export type { Page } from '../aws/page.js';

import type { RemoteAccessSessionRecord, TestGridSessionRecord } from '../aws/deviceFarm.js';
import type { StreamingSessionRecord } from '../aws/nimble.js';
import type { DevEnvironmentSessionRecord } from '../aws/codeCatalyst.js';

export type SessionRecord =
  | RemoteAccessSessionRecord
  | TestGridSessionRecord
  | StreamingSessionRecord
  | DevEnvironmentSessionRecord;

export type SessionKind = SessionRecord['kind'];
