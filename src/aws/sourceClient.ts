import type { Source } from '../config.js';
import type { Place, PlaceName } from './places.js';

/** What one upstream call is given: an abort signal the SDK passes down to the HTTP request. */
export interface CallOptions {
  abortSignal?: AbortSignal;
}

/**
 * One source's SDK client in one place (account and region) as the AWS-layer functions see it.
 * `read` runs a List/Get call and reads its answer into records; the process-wide upstream layer
 * (src/upstream) implements it, so every read goes through its cache and every attempt through
 * its rate limit, and a failure of either the call or the reading of its answer comes back as one
 * coded GatewayError that names the source and, when it is not the home place, the place.
 */
export interface PlacedClient<C> {
  readonly source: Source;
  /** The account ('' for the gateway's own) and region, as the client resolved it. */
  place(): Promise<Place>;
  /**
   * `operation` and `input` identify the call (they make the cache key with the caller's
   * identity and the place); `run` makes it and turns the answer into what is cached.
   */
  read<R>(operation: string, input: object, run: (client: C, options: CallOptions) => Promise<R>): Promise<R>;
  /**
   * Runs a call that changes something (a Stop): never cached, rate limited like every attempt,
   * and afterwards (whether it worked or not) the cached reads of `input`'s scope are dropped, so
   * the next read shows the change. Commands should go through `oncePerChange` (see writes.ts).
   */
  write<R>(operation: string, input: object, run: (client: C, options: CallOptions) => Promise<R>): Promise<R>;
}

/** A source across every place it is read in (accounts × regions, as configured). */
export interface SourceClient<C> {
  readonly source: Source;
  /** Every place, regions resolved, in configuration order (accounts first, then regions). */
  places(): Promise<Place[]>;
  /**
   * The client of a place; without one, the home place (the first: the gateway's own account in
   * its first region). A place that is not configured fails its calls with BAD_USER_INPUT.
   */
  at(place?: PlaceName): PlacedClient<C>;
}
