// What a source declares about each kind of session it lists, once: the feed, the filter, the
// shared phase and times, the live watcher, the history sweep, `Session.kind`, global IDs and the
// GraphiQL query all read it from the registry (registry.ts). Nothing here knows GraphQL types.
import type { Source } from '../config.js';
import type { Page } from '../aws/page.js';
import type { Loaders } from '../loaders/index.js';
import { placedScope, placeKey } from '../aws/places.js';
import type { Discovery, ScopeKind, Scopes } from '../scopes/discovery.js';

export const SESSION_PHASES = ['PENDING', 'STARTING', 'RUNNING', 'STOPPING', 'ENDED', 'FAILED'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export interface SessionTimes {
  createdAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

export const orNull = (d: Date | undefined): Date | null => d ?? null;

/**
 * The phase of a status this gateway does not know yet (AWS adds values), from the timestamps,
 * so a new status never fails a session.
 */
export function phaseFromTimes(times: SessionTimes): SessionPhase {
  if (times.endedAt) return 'ENDED';
  if (times.startedAt) return 'RUNNING';
  return 'PENDING';
}

/** One upstream list of one scope, as the feed, the watcher and the sweep read it. */
export interface SessionStream<T> {
  /** Stable identity across requests, e.g. "ST|<studio id>": feed cursors hold it, so it never changes. */
  key: string;
  kind: string;
  source: Source;
  /** The scope as the access policy names it (a project ARN, a studio ID, a space name). */
  scope: string;
  idOf: (item: T) => string;
  /** Creation time in ms; upstream lists are newest first by it. */
  timeOf: (item: T) => number;
  fetchPage: (token: string | undefined, size: number | undefined) => Promise<Page<T>>;
  /**
   * The page size to ask for, where the API takes one. Fixed, not sized to the request: every
   * request then asks for the same pages, so a page a previous request stopped inside is the same
   * cached page, and a walk costs no more calls than listing the scope.
   */
  pageSize?: number;
}

/** What a stream may push to AWS, where the API filters. */
export interface StreamFilter {
  phases: ReadonlySet<SessionPhase> | null;
  createdAfter: Date | undefined;
  createdBefore: Date | undefined;
}

/** What a kind's streams read through: the request's loaders and its view of the scopes. */
export interface StreamReads {
  loaders: Loaders;
  discovery: Discovery;
}

/** Where an API takes a page size: one more than the largest `first`, so one page fills any page of the feed. */
export const FEED_PAGE_SIZE = 101;

/** How the history store files a session of a kind (src/history/row.ts). */
export interface SessionHistoryModel<R> {
  /** Its identity across reads, the scope the policy checks, and the parent list it is read from (its stream's key after the prefix). */
  place(session: R): { id: string; scope: string; parent: string };
  describe(session: R): { name: string | null; owner: string | null; status: string | null; instanceType: string | null };
  /** Minutes used, when AWS counts them (else the time from start to end). */
  minutes?(session: R): number | undefined;
  /** What AWS bills, in minutes, when it says (else the minutes used). */
  billedMinutes?(session: R): number;
}

/** A kind's Stop API, which the stop mutations call (src/graph/StopMutations.ts). */
export interface SessionStopModel<R> {
  /** What a person calls a session of the kind, e.g. "streaming session". */
  what: string;
  /** The mutation's description: the call, and how it treats sessions already ending. */
  description: string;
  /** The payload's description: where the session is after the call. */
  after: string;
  /** Runs the call for a session's parsed global ID: the session after it, or null once it is gone. */
  run(loaders: Loaders, id: unknown): Promise<R | null>;
  /** The API keeps no closed session: the payload's `session` is always null. */
  gone?: boolean;
}

export interface SessionKindModel<R extends { kind: string }> {
  kind: R['kind'];
  /** Its GraphQL type: global IDs, `Session.__typename`, entities. */
  typename: string;
  source: Source;
  /** The `SessionKind` enum value's description. */
  description: string;
  /** The phases it can be in: a filter on other phases reads none of its lists. */
  phases: readonly SessionPhase[];
  phase(session: R): SessionPhase;
  times(session: R): SessionTimes;
  /** One stream per scope the caller may see, with the filter pushed upstream where the API has it. */
  streams(reads: StreamReads, filter: StreamFilter): Promise<Array<SessionStream<R>>>;
  /** Its own fields in GraphiQL's default query, as an inline fragment's selection. */
  graphiqlFields: string;
  history: SessionHistoryModel<R>;
  /** Its Stop, when the API has one; else why not (the answer to a stop of such a session). */
  stop: SessionStopModel<R> | { none: string };
}

export const createdTimeOf =
  <R>(times: (s: R) => SessionTimes) =>
  (s: R): number =>
    times(s).createdAt?.getTime() ?? 0;

/**
 * The streams of a kind over its scopes in every place (account) it is discovered in. A place
 * whose discovery failed becomes one stream that fails with that error, so the feed names the
 * account in `incompleteSources` and the other accounts still answer; when every place failed,
 * the error is the kind's.
 */
export async function streamsOfPlaces<K extends ScopeKind, R>(
  discovery: Discovery,
  scopeKind: K,
  what: { prefix: string; kind: string; source: Source },
  streams: (scopes: Scopes[K]) => Array<SessionStream<R>>,
): Promise<Array<SessionStream<R>>> {
  const placed = await discovery.getPlaced(scopeKind);
  if (placed.length > 0 && placed.every((p) => 'error' in p)) throw (placed[0] as { error: unknown }).error;
  return placed.flatMap((p): Array<SessionStream<R>> => {
    if ('scopes' in p) return streams(p.scopes);
    const error = p.error;
    return [{ ...what, key: `${what.prefix}|unlisted|${placeKey(p.place)}`, scope: placedScope(p.place.account, ''), idOf: () => '', timeOf: () => 0, fetchPage: () => Promise.reject(error) }];
  });
}
