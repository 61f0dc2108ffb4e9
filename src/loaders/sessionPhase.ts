// Each kind's status and timestamps mapped onto the shared phase and times, as its source
// declares them (src/sources/*/sessionKinds.ts).
import { sessionKind } from '../sources/registry.js';
import type { SessionPhase, SessionTimes } from '../sources/kinds.js';
import type { SessionRecord } from './records.js';

export { SESSION_PHASES, type SessionPhase, type SessionTimes } from '../sources/kinds.js';

/** Each API's timestamps mapped onto the shared createdAt / startedAt / endedAt. */
export const sessionTimes = (s: SessionRecord): SessionTimes => sessionKind(s.kind).times(s);

/** Each API's status, state or result mapped onto the shared SessionPhase. */
export const sessionPhase = (s: SessionRecord): SessionPhase => sessionKind(s.kind).phase(s);
