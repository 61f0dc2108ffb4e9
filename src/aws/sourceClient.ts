import type { Source } from '../config.js';

/** What one upstream call is given: an abort signal the SDK passes down to the HTTP request. */
export interface CallOptions {
  abortSignal?: AbortSignal;
}

/**
 * One source's SDK client as the AWS-layer functions see it. `read` runs a List/Get call and
 * reads its answer into records; the process-wide upstream layer (src/upstream) implements it, so
 * every read goes through its cache and every attempt through its rate limit, and a failure of
 * either the call or the reading of its answer comes back as one coded GatewayError.
 */
export interface SourceClient<C> {
  readonly source: Source;
  /** The SDK client's region, as it resolved it: what a regional source's scopes are. */
  region(): Promise<string>;
  /**
   * `operation` and `input` identify the call (they make the cache key with the caller's
   * identity); `run` makes it and turns the answer into what is cached.
   */
  read<R>(operation: string, input: object, run: (client: C, options: CallOptions) => Promise<R>): Promise<R>;
  /**
   * Runs a call that changes something (a Stop): never cached, rate limited like every attempt,
   * and afterwards (whether it worked or not) the cached reads of `input`'s scope are dropped, so
   * the next read shows the change. Commands should go through `oncePerChange` (see writes.ts).
   */
  write<R>(operation: string, input: object, run: (client: C, options: CallOptions) => Promise<R>): Promise<R>;
}
