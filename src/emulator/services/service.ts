// What a service module provides to the server: its errors, default page sizes and operations.
import type { ErrorKit } from '../errors.js';
import type { Params } from '../params.js';
import type { Route } from '../protocols/restJson.js';
import type { Store } from '../store.js';
import type { ServiceName } from '../types.js';

export interface CallContext {
  store: Store;
  /** The world's time (see world.ts), for changes such as a stop. */
  now(): Date;
  /** The page size when the request names none: the emulator option, else the service default. */
  pageSize(operation: string): number;
}

/** Returns the response body, or throws a ServiceError. */
export type Operation = (params: Params, ctx: CallContext) => object;

export interface Service {
  name: ServiceName;
  errors: ErrorKit;
  pageSizes: Readonly<Record<string, number>>;
  operations: Readonly<Record<string, Operation>>;
  /** restJson services: the API version segment every path starts with, and the route table. */
  rest?: { version: string; routes: readonly Route[] };
}
