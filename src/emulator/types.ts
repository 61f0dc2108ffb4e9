// The emulator's public contract. Object shapes come from the SDK clients themselves, so the
// seeded store can be compared with what a client decodes, field for field.
import type { SERVICES } from './services/registry.js';
import type { SessionKind } from './services/service.js';
import type { WorldClockMode } from './world.js';

import type { Hold, HoldMatch } from './holds.js';
import type { RoleOption } from './accounts.js';
import type { Place } from './seed/place.js';

type Registered = (typeof SERVICES)[number];

/** The registered services (services/registry.ts). */
export type ServiceName = Registered['name'];

export interface EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 1. The same seed gives byte-identical data. */
  seed?: number;
  /** Sessions of each kind (remote access, test grid, streaming, dev environment). Default 200. */
  sessionsPerKind?: number;
  /** Delay added to every service call. Default 0. */
  latencyMs?: number;
  /**
   * Default page sizes, by operation name. `ListProjects` exists in Device Farm and CodeCatalyst:
   * a bare name applies to both, `deviceFarm.ListProjects` / `codeCatalyst.ListProjects` to one.
   */
  pageSizes?: Partial<Record<string, number>>;
  /**
   * Per-account request quotas (token buckets), off by default. `'published'` is Device Farm's
   * published 10 requests per second with a burst of 50 (PUBLISHED_QUOTAS).
   */
  quotas?: Quotas | 'published';
  /**
   * Monotonic milliseconds; default `performance.now()`. It drives the quotas' token buckets, the
   * request log's times and, with `worldClock: 'running'`, the flow of the world's time. Delays
   * (latency, `slow`, `hang`) stay real timers.
   */
  clock?: () => number;
  /**
   * The world's start (the instant the seeded history ends at): a Date or epoch milliseconds.
   * Default: the real time when the emulator starts. Tests pass a fixed instant.
   */
  now?: Date | number;
  /**
   * `running`: the world's time follows `clock` (plus every advanceClock). `manual`: it stands
   * still until advanceClock. Default: `manual` with `now`, `running` without it.
   */
  worldClock?: WorldClockMode;
  /**
   * Sessions are created, start, run and end on their own as the world's time passes,
   * deterministically for the seed and the world's time. Default false.
   */
  simulation?: boolean;
  /**
   * The roles STS AssumeRole may assume (`arn:aws:iam::<account>:role/<name>`), each with the
   * external ID it requires, if any; any other is AccessDenied. Default: any well-formed role ARN,
   * with any external ID or none. Each role's account is served with data of its own.
   */
  roles?: RoleOption[];
}

type Kinds = Registered['kinds'];
type KindKey<K> = K extends unknown ? keyof K & string : never;
type SessionOf<K> = K extends unknown ? { [N in keyof K]: K[N] extends SessionKind<never, infer T> ? T : never }[keyof K] : never;

/** A session kind, as the control API names it: every kind of every registered service. */
export type SessionKindName = KindKey<Kinds>;

/** A session the control API acted on: what it is, where it lives, and how it is now (the SDK shape). */
export interface SessionRef {
  kind: SessionKindName;
  /** The ARN (Device Farm) or session id (Nimble, CodeCatalyst): what the Get/Stop APIs take. */
  id: string;
  /** The project ARN, studio id, or `space/project/devEnvironmentId`. */
  scope: string;
  /** The SDK's shape of it; undefined once it has left the list (a closed CodeCatalyst session). */
  session: SessionOf<Kinds> | undefined;
}

/** A token bucket: `burst` tokens at most, refilled at `ratePerSecond`; a call takes one. */
export interface QuotaLimit {
  ratePerSecond: number;
  burst: number;
}

/** Each named service meters its List* and Get* calls, one bucket per caller account and operation. */
export type Quotas = Partial<Record<ServiceName, QuotaLimit>>;

/** The faults answered with the service's own error (see errors.ts faultError). */
export type ErrorFault = 'throttle' | 'unavailable' | 'notFound' | 'accessDenied';

/**
 * Service error answers (throttle … accessDenied), and what a hostile network or a broken front
 * end does: `hang` (no answer), `reset` (the socket destroyed), `html` (a load balancer's 502
 * page), `truncated` (200, the JSON cut short), `wrongShape` (200, valid JSON whose lists and
 * objects have the wrong type), `slow` (the normal answer after `ms`).
 */
export type FaultKind =
  | ErrorFault
  | 'hang'
  | 'reset'
  | 'html'
  | 'truncated'
  | 'wrongShape'
  | 'slow';

export interface FaultRule {
  service?: ServiceName;
  operation?: string;
  /** The caller's account (12 digits) and region, as the request log records them: one place fails, the others answer. */
  account?: string;
  region?: string;
  fault: FaultKind;
  /** Default: every matching request. Counts the requests the rule faulted. */
  times?: number;
  /**
   * The chance (above 0, at most 1) that the rule faults a matching request; default 1. Drawn from
   * a stream seeded by the emulator's seed and the rule's position, so a seed repeats the sequence.
   */
  rate?: number;
  /** `slow` only (and required there): the delay before the normal answer, in milliseconds. */
  ms?: number;
}

export interface RequestLogEntry {
  seq: number;
  service: ServiceName;
  operation: string;
  method: string;
  path: string;
  /** Body + query + path labels, as received. */
  params: Record<string, unknown>;
  /** 0 when no response was sent (a hung request ended by the client or by close()). */
  status: number;
  /** The account (from the access key) and region (from the credential scope) of a SigV4 call. */
  account?: string;
  region?: string;
  errorType?: string;
  /** The injected fault that shaped the answer; a quota's throttling has none. */
  fault?: FaultKind;
  /** Milliseconds from the emulator's clock (performance.now() by default); a quota charges a call at startedAt. */
  startedAt: number;
  endedAt: number;
}

export interface LatencyMatch {
  service?: ServiceName;
  operation?: string;
}

/** Read-only views of the seeded store, by service (each service's `view`); lists are newest first, as the services return them. */
export type EmulatorData = { readonly [S in Registered as S['name']]: ReturnType<S['view']> };

export interface Emulator {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** Every request served, in arrival order (a hung one appears when it ends). */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
  /** Without `match`, the delay for every call; with it, for the matching calls only. */
  setLatency(ms: number, match?: LatencyMatch): void;
  /** Holds matching calls (after their latency) until released; see holds.ts. */
  hold(match: HoldMatch): Hold;
  /** The first matching rule wins; `times` counts down. */
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Replaces the quotas (every bucket starts full); services not named are not metered. */
  setQuotas(quotas: Quotas | 'published'): void;
  clearQuotas(): void;
  /** The default account's data (us-west-2 for regional services). */
  readonly data: EmulatorData;
  /** The data of another account and region (a global service's is the same everywhere). */
  dataAt(place: Place): EmulatorData;
  /** The world's time now (see `now`, `worldClock`). */
  now(): Date;
  /** Whether the simulation is on. */
  readonly simulation: boolean;
  /** Moves the world's time forward by `ms` (0 or more) and returns it; every session moves on to it. */
  advanceClock(ms: number): Date;
  /**
   * Creates a session now in its first state (PENDING, ACTIVE, CREATE_IN_PROGRESS, or an open Dev
   * Environment session), newest of its scope (default: the first scope of the kind).
   */
  createSession(kind: SessionKindName, scope?: string): SessionRef;
  /** Starts a session now: RUNNING, READY; test grid and Dev Environment sessions run from creation. */
  startSession(kind: SessionKindName, id: string): SessionRef;
  /** Stops a session now, as the kind's Stop API does (a test grid session closes). */
  stopSession(kind: SessionKindName, id: string): SessionRef;
  /** Drops open connections (releasing hung requests), then stops listening. */
  close(): Promise<void>;
}
