// The sources of sessions, declared once each. Everything that spans sources (the feed and its
// filter, `Session`, phases, `node`, entities, the watcher, the history sweep, GraphiQL's
// default query) reads this list and never names a source.
import type { SessionRecord } from '../loaders/records.js';
import { codeCatalyst } from './codeCatalyst/index.js';
import { deviceFarm } from './deviceFarm/index.js';
import type { SessionKindModel } from './kinds.js';
import { nimble } from './nimble/index.js';

export const SOURCE_REGISTRY = [deviceFarm, nimble, codeCatalyst] as const;

/** Every kind of session, in declaration order. Each model is only handed records of its own kind (see sessionKind). */
export const SESSION_KINDS = SOURCE_REGISTRY.flatMap((s) => s.kinds as ReadonlyArray<unknown>) as ReadonlyArray<SessionKindModel<SessionRecord>>;

const BY_KIND = new Map(SESSION_KINDS.map((k) => [k.kind, k]));

/** The declaration of a kind of session. */
export function sessionKind(kind: SessionRecord['kind']): SessionKindModel<SessionRecord> {
  const model = BY_KIND.get(kind);
  if (!model) throw new Error(`No source declares the session kind ${kind}.`);
  return model;
}
