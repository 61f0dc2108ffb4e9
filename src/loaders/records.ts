// The records the loaders hand to the graph layer (SDK shapes plus the parent IDs the gateway
// adds). Re-exported here so the graph layer depends on the loaders, never on the AWS layer.
export type { RemoteAccessSessionRecord, TestGridSessionRecord, TestGridSessionFilter } from '../sources/deviceFarm/calls.js';
export type { StreamingSessionRecord } from '../sources/nimble/calls.js';
export type { DevEnvironmentSessionRecord } from '../sources/codeCatalyst/calls.js';
export type { Page } from '../aws/page.js';

import type { SOURCE_REGISTRY } from '../sources/registry.js';

/** A session of any kind: the record type of every kind a source in the registry declares. */
export type SessionRecord = Parameters<(typeof SOURCE_REGISTRY)[number]['kinds'][number]['phase']>[0];

export type SessionKind = SessionRecord['kind'];
