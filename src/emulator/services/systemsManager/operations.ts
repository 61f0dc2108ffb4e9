// Session Manager operations: DescribeSessions (Active, or the last 30 days of History, filtered
// before paging) and TerminateSession.
import type { Session, SessionStatus } from '@aws-sdk/client-ssm';
import { fingerprint, pageOf } from '../../paging.js';
import type { Params } from '../../params.js';
import { DAY } from '../../seed/time.js';
import type { CallContext, Operation } from '../service.js';
import { constraint, errors, invalidFilterKey, invalidNextToken } from './errors.js';
import { terminate } from './life.js';
import type { SystemsManagerSeed } from './seed.js';

type Ctx = CallContext<SystemsManagerSeed>;

/** Active: sessions under way (connected or not); History: the ones that ended, for 30 days. */
export const ACTIVE: readonly SessionStatus[] = ['Connecting', 'Connected', 'Disconnected', 'Terminating'];
export const HISTORY_DAYS = 30;
const STATUSES: readonly SessionStatus[] = [...ACTIVE, 'Terminated', 'Failed'];
const FILTER_KEYS = ['InvokedAfter', 'InvokedBefore', 'Target', 'Owner', 'Status', 'SessionId', 'AccessType'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Whether a session is listed under `state` at `now` (epoch ms). */
export function listedUnder(state: 'Active' | 'History', session: Session, now: number): boolean {
  if (state === 'Active') return ACTIVE.includes(session.Status as SessionStatus);
  const ended = (session.EndDate ?? session.StartDate)?.getTime() ?? 0;
  return !ACTIVE.includes(session.Status as SessionStatus) && ended >= now - HISTORY_DAYS * DAY;
}

function filterTest(key: FilterKey, value: string): (s: Session) => boolean {
  switch (key) {
    case 'InvokedAfter':
    case 'InvokedBefore': {
      const ms = ISO.test(value) ? Date.parse(value) : NaN;
      if (!Number.isFinite(ms)) throw errors.invalid(`The ${key} filter takes a timestamp such as 2024-08-29T00:00:00Z, got ${value.slice(0, 100)}.`);
      return key === 'InvokedAfter' ? (s) => (s.StartDate?.getTime() ?? 0) >= ms : (s) => (s.StartDate?.getTime() ?? 0) < ms;
    }
    case 'Status':
      if (!(STATUSES as readonly string[]).includes(value)) throw errors.invalid(`The Status filter takes one of ${STATUSES.join(', ')}.`);
      return (s) => s.Status === value;
    case 'AccessType':
      if (value !== 'Standard' && value !== 'JustInTime') throw errors.invalid('The AccessType filter takes Standard or JustInTime.');
      return (s) => s.AccessType === value;
    case 'Target':
      return (s) => s.Target === value;
    case 'Owner':
      return (s) => s.Owner === value;
    case 'SessionId':
      return (s) => s.SessionId === value;
  }
}

/** `Filters`: 1 to 6 of {key, value}, every one must hold. */
function filters(params: Params): (s: Session) => boolean {
  const raw = params.raw.Filters;
  if (raw === undefined || raw === null) return () => true;
  if (!Array.isArray(raw)) throw errors.invalid('Filters must be a list of {key, value}.');
  if (raw.length < 1 || raw.length > 6) throw constraint(`[${raw.length} filters]`, 'filters', 'have length between 1 and 6');
  const tests = raw.map((filter: unknown, n) => {
    const { key, value } = (filter ?? {}) as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || !(FILTER_KEYS as readonly string[]).includes(key)) {
      throw invalidFilterKey(`The filter key ${String(key).slice(0, 100)} is not valid; use one of ${FILTER_KEYS.join(', ')}.`);
    }
    if (typeof value !== 'string' || value.length < 1 || value.length > 400) throw constraint(value, `filters.${n + 1}.member.value`, 'have length between 1 and 400');
    return filterTest(key as FilterKey, value);
  });
  return (s) => tests.every((test) => test(s));
}

export const operations: Record<string, Operation<SystemsManagerSeed>> = {
  DescribeSessions(params, ctx: Ctx) {
    const state = params.raw.State;
    if (state !== 'Active' && state !== 'History') {
      throw state === undefined ? errors.invalid('Missing required parameter: State.') : constraint(state, 'state', 'satisfy enum value set: [Active, History]');
    }
    const max = params.raw.MaxResults;
    if (max !== undefined && max !== null && !(Number.isInteger(max) && (max as number) >= 1 && (max as number) <= 200)) {
      throw constraint(max, 'maxResults', (max as number) < 1 ? 'have value greater than or equal to 1' : 'have value less than or equal to 200');
    }
    const size = (max as number | undefined) ?? ctx.pageSize('DescribeSessions');
    const match = filters(params);
    const now = ctx.now().getTime();
    const scope = ctx.data.sessions.scopeKeys()[0] as string;
    const token = params.string('NextToken');
    const print = fingerprint('DescribeSessions', [state, params.raw.Filters ?? null]);
    const page = pageOf(ctx.data.sessions.source(scope), { token, print, size, invalid: invalidNextToken }, 'fill', (s) => listedUnder(state, s, now) && match(s));
    return { Sessions: page.items, ...(page.nextToken !== undefined && { NextToken: page.nextToken }) };
  },
  TerminateSession(params, ctx: Ctx) {
    const sessionId = params.required('SessionId');
    if (sessionId.length > 96) throw constraint(sessionId, 'sessionId', 'have length less than or equal to 96');
    const found = ctx.data.sessions.find(sessionId);
    if (!found) throw errors.notFound(`Session with id ${sessionId} does not exist.`);
    const next = terminate(found.session, ctx.now().getTime());
    if (next) ctx.data.sessions.replace(found, next);
    return { SessionId: sessionId };
  },
};
