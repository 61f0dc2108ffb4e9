// What a service declares once, in its own folder, for the rest of the emulator to derive from:
// how requests reach it (protocol), how callers prove who they are (auth), its errors, default
// page sizes and operations, its seeded data and the read-only view of it, and its session kinds
// (what the control API can create, start and stop). The registry (registry.ts) lists them.
import type { Accounts } from '../accounts.js';
import type { ErrorKit } from '../errors.js';
import type { Params } from '../params.js';
import type { Route } from '../protocols/restJson.js';
import type { Place } from '../seed/place.js';
import type { SessionTable, Step, Timeline } from '../seed/sessionTable.js';
import type { QuotaLimit } from '../types.js';
import type { World } from '../world.js';

export interface CallContext<Data> {
  /** The service's seeded data, of the caller's account and region. */
  data: Data;
  /** The caller's identity: the access key id (SigV4) or the bearer token. */
  caller: string;
  /** The world's time (see world.ts), for changes such as a stop. */
  now(): Date;
  /** The page size when the request names none: the emulator option, else the service default. */
  pageSize(operation: string): number;
}

/** Returns the response body, or throws a ServiceError. */
export type Operation<Data> = (params: Params, ctx: CallContext<Data>) => object;

export type Protocol =
  /** `POST /`, the operation in `X-Amz-Target: <targetPrefix><Operation>`, epoch-second timestamps. */
  | { kind: 'awsJson'; targetPrefix: string }
  /** The method and a path under `/<version>/` name the operation; ISO timestamps. */
  | { kind: 'restJson'; version: string; routes: readonly Route[] }
  /** `POST` a form naming `Action` and `Version`; XML answers in `xmlns`. */
  | { kind: 'awsQuery'; version: string; xmlns: string };

export type Auth =
  /**
   * SigV4, checked for shape and for the credential's service. `coral` front ends (awsJson) answer
   * auth failures with 400, API-Gateway-style ones (restJson) with 403.
   */
  | { scheme: 'sigv4'; signingName: string; frontEnd: 'coral' | 'apiGateway' }
  /** `Authorization: Bearer <token>`, any token. */
  | { scheme: 'bearer' };

export interface SeedInput {
  /** The seed of this place's data (see seed/place.ts). */
  seed: number;
  sessionsPerKind: number;
  world: World;
  /** The account and region the data belongs to. */
  place: Place;
  /** The emulator's accounts and the credentials STS issued. */
  accounts: Accounts;
}

/**
 * Where a service answers. `regional`: in every region, each (account, region) with its own data;
 * a list: only in those regions (elsewhere the credential's region is refused); `global`: one
 * endpoint, one set of data whatever the account and region.
 */
export type Regions = 'regional' | readonly string[] | 'global';

/** A kind of session the control API acts on; `T` is its SDK shape. */
export interface SessionKind<Data, T extends object> {
  table(data: Data): SessionTable<T>;
  /** What the service's Get/Stop APIs take: an ARN or a session id. */
  id(session: T): string;
  /** Ended or ending: it cannot be started. */
  ended(session: T): boolean;
  /** Its natural course from `from` (the simulation). */
  plan(session: T, from: number, stream: number): Step<T>[];
  /** The session running from `t`, or undefined when it already runs (or runs from creation). */
  start(session: T, t: number, stream: number): T | undefined;
  /** What the kind's Stop API does at `t`: a new timeline, `null` to remove it, undefined for no change. */
  stop(session: T, t: number): Timeline<T> | null | undefined;
}

export interface Service<Name extends string, Data, View, Kinds extends Record<string, SessionKind<Data, any>>> {
  name: Name;
  /** For people: "Device Farm". */
  title: string;
  protocol: Protocol;
  auth: Auth;
  regions: Regions;
  errors: ErrorKit;
  pageSizes: Readonly<Record<string, number>>;
  operations: Readonly<Record<string, Operation<Data>>>;
  /** The service's published request quota, if AWS publishes one (the `'published'` quotas). */
  publishedQuota?: QuotaLimit;
  seed(input: SeedInput): Data;
  /** Read-only views of the data for tests (`emulator.data.<name>`): copies, newest first. */
  view(data: Data): View;
  kinds: Kinds;
}

/** Any registered service, as the server sees it: it hands each service its own data back unread. */
export type AnyService = Service<string, any, unknown, Record<string, SessionKind<any, any>>>;

/** Declares a service; the type parameters are inferred, so the registry keeps every literal name. */
export function defineService<const Name extends string, Data, View, Kinds extends Record<string, SessionKind<Data, any>>>(
  service: Service<Name, Data, View, Kinds>,
): Service<Name, Data, View, Kinds> {
  return service;
}

/** Declares a session kind of a service, typed by the service's data and the kind's SDK shape. */
export function sessionKind<Data, T extends object>(kind: SessionKind<Data, T>): SessionKind<Data, T> {
  return kind;
}
