import { badInput } from '../../errors.js';
import type { SessionKind, SessionRecord } from '../../loaders/records.js';
import { sessionPhase, sessionTimes, type SessionPhase } from '../../loaders/sessionPhase.js';
import { SESSION_KINDS } from '../../sources/registry.js';

export interface FeedFilterInput {
  kinds?: readonly SessionKind[] | null;
  phases?: readonly SessionPhase[] | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export interface FeedFilter {
  kinds: ReadonlySet<SessionKind>;
  phases: ReadonlySet<SessionPhase> | null;
  createdAfter: Date | undefined;
  createdBefore: Date | undefined;
}

const ALL_KINDS = SESSION_KINDS.map((k) => k.kind);
/** The phases each kind can be in: a kind that cannot match is not read. */
const KIND_PHASES = new Map(SESSION_KINDS.map((k) => [k.kind, k.phases]));

export function parseFeedFilter(input: FeedFilterInput | null | undefined): FeedFilter {
  if (input?.kinds?.length === 0) throw badInput('`filter.kinds` must name at least one kind; leave it out for every kind.');
  if (input?.phases?.length === 0) throw badInput('`filter.phases` must name at least one phase; leave it out for every phase.');
  const createdAfter = input?.createdAfter ?? undefined;
  const createdBefore = input?.createdBefore ?? undefined;
  if (createdAfter && createdBefore && createdAfter >= createdBefore) {
    throw badInput('`filter.createdAfter` must be earlier than `filter.createdBefore`.');
  }
  const phases = input?.phases ? new Set(input.phases) : null;
  const kinds = (input?.kinds ?? ALL_KINDS).filter((k) => !phases || KIND_PHASES.get(k)?.some((p) => phases.has(p)));
  return { kinds: new Set(kinds), phases, createdAfter, createdBefore };
}

/** What identifies the filtered feed in its cursors: order-insensitive. */
export function filterFingerprint(filter: FeedFilter): unknown {
  return [
    [...filter.kinds].sort(),
    filter.phases ? [...filter.phases].sort() : null,
    filter.createdAfter?.toISOString() ?? null,
    filter.createdBefore?.toISOString() ?? null,
  ];
}

export const createdTime = (s: SessionRecord): number => sessionTimes(s).createdAt?.getTime() ?? 0;

/** The filter as applied in the gateway, whatever the APIs already applied. */
export function accepts(filter: FeedFilter) {
  const after = filter.createdAfter?.getTime();
  const before = filter.createdBefore?.getTime();
  return (s: SessionRecord): boolean => {
    if (filter.phases && !filter.phases.has(sessionPhase(s))) return false;
    const t = createdTime(s);
    return (after === undefined || t >= after) && (before === undefined || t < before);
  };
}
