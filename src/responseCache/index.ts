// The process-wide whole-response cache above the upstream cache: a warm dashboard answers from
// one stored result without parsing, validating, merging 33 streams or signing cursors.
// Envelop's response cache (@envelop/response-cache) computes what to store (the result without
// its errors, the entities it contains, invalidation by mutations); this module reads before
// parsing, where it knows the caller and the request's Cache-Control, and makes concurrent
// identical misses wait for one computation instead of each merging the feed again; once a
// response has expired, the requests that arrive while one of them recomputes it get the expired
// one (for at most one more TTL), so an expiry under load costs no queue of waiting requests.
// A later page of a connection (an `after` cursor given) is neither stored nor waited for: a walk
// asks for each such page once, and storing a thousand of them only fills the heap.
import { createHash } from 'node:crypto';
import { useResponseCache } from '@envelop/response-cache';
import { BREAK, Kind, visit, type DocumentNode, type ExecutionResult, type ValueNode } from 'graphql';
import { isPromise, type Plugin } from 'graphql-yoga';
import { stableKey } from '../upstream/key.js';
import type { Clock } from '../upstream/index.js';
import { ResponseStore, type EntityRef } from './store.js';

export type { EntityRef };
export type ResponseCacheEvent = 'hit' | 'stale' | 'miss' | 'coalesced' | 'refresh' | 'stored' | 'invalidated';

export interface ResponseCacheOptions {
  /** How long a response is served; 0 turns the cache off. The gateway uses UPSTREAM_CACHE_TTL_MS. */
  ttlMs: number;
  /** Bound on the estimated heap the stored responses hold. */
  maxBytes: number;
  clock: Clock;
  /**
   * Who is asking, as a string equal for callers who see exactly the same (the same policy
   * rules); undefined when the request is not authenticated or its caller cannot be keyed, and
   * then it is neither read nor stored.
   */
  sessionOf: (request: Request) => string | undefined;
  /** Whether the request asked for fresh data (Cache-Control: no-cache): computed anew and stored. */
  wantsFresh: (request: Request) => boolean;
  /** How long a request waits for an identical one being computed before computing its own. */
  maxWaitMs: number;
  onEvent?: (event: ResponseCacheEvent, count?: number) => void;
}

/** What other parts of the gateway (e.g. mutations that stop a session) use to drop stale responses. */
export interface ResponseInvalidation {
  /** Drops every stored response containing one of the entities (`{ typename, id }`, id = the GraphQL `id`). */
  invalidate(entities: Iterable<EntityRef>): void;
  /** Drops every stored response. */
  clear(): void;
}

export interface ResponseCache extends ResponseInvalidation {
  readonly plugin: Plugin;
  readonly enabled: boolean;
  /** Identical misses being computed now (each ends with its request); for tests and diagnostics. */
  readonly inFlight: number;
}

/** What yoga puts in the context of every request. */
type YogaContext = { request: Request };

/** A computation in flight for one key; followers wait on `done`. */
interface Flight {
  done: Promise<void>;
  finish: () => void;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const { ttlMs, clock, onEvent = () => {} } = options;
  const enabled = ttlMs > 0;
  const store = new ResponseStore({ maxBytes: options.maxBytes, clock });
  /** The key of each request this cache serves, by its yoga context (the object execution gets). */
  const keys = new WeakMap<object, string>();
  /** At most one per request being handled: each ends with its request, see `instrumentation`. */
  const flights = new Map<string, Flight>();
  /** The flight each leading request must finish, whether or not it stored an answer. */
  const leading = new WeakMap<Request, { key: string; flight: Flight }>();

  const finish = (key: string, flight = flights.get(key)) => {
    if (!flight || flights.get(key) !== flight) return;
    flights.delete(key);
    flight.finish();
  };
  store.onStored = (key) => {
    onEvent('stored');
    finish(key);
  };
  store.onInvalidated = (count) => onEvent('invalidated', count);

  const cachePlugin = useResponseCache<Record<string, unknown>>({
    cache: store,
    ttl: ttlMs,
    session: (context) => keys.get(context) ?? null,
    enabled: (context) => keys.has(context),
    buildResponseCacheKey: ({ context }) => keys.get(context as object) as string,
    // A result with any error (a failing source, a deadline, a denied scope) is never stored.
    shouldCacheResult: ({ result }) => !result.errors?.length,
    includeExtensionMetadata: false,
  }) as Plugin;

  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(cachePlugin);
    },
    // A request that leads a flight may end before any hook below sees it again: its parameters
    // refused by a later plugin, an error thrown, its client gone. Ending the flight with the
    // request, whatever became of it, keeps followers from waiting out their deadline on it, and
    // keeps the registry from holding a flight for every key never stored.
    instrumentation: {
      request({ request }, handle) {
        let handled;
        try {
          handled = handle();
        } catch (error) {
          end(request);
          throw error;
        }
        if (!isPromise(handled)) return end(request);
        return handled.finally(() => end(request));
      },
    },
    async onParams({ params, request, context, setResult }) {
      // The parameters' types are checked by src/graph/security/params.ts, before this; this
      // only keys the kind it can key.
      if (!enabled || typeof params.query !== 'string' || !params.query) return;
      const session = options.sessionOf(request);
      if (session === undefined) return;
      const key = createHash('sha256')
        .update(`${session}\n${params.operationName ?? ''}\n${stableKey(params.variables ?? {})}\n${params.query}`)
        .digest('base64url');
      keys.set(context, key);
      if (options.wantsFresh(request)) return onEvent('refresh');
      const hit = store.read(key);
      if (hit) return serve(hit, setResult, 'hit');
      const flight = flights.get(key);
      if (flight) {
        // Expired a moment ago and being recomputed: the previous answer, rather than a wait.
        const stale = store.readStale(key);
        if (stale) return serve(stale, setResult, 'stale');
        await waitFor(flight.done, request.signal, options.maxWaitMs);
        const shared = store.read(key);
        // The one computed while this request waited; without it (it failed), compute anew.
        if (shared) return serve(shared, setResult, 'coalesced');
      } else {
        let resolve!: () => void;
        const led: Flight = { done: new Promise<void>((r) => (resolve = r)), finish: () => resolve() };
        flights.set(key, led);
        leading.set(request, { key, flight: led });
      }
      onEvent('miss');
    },
    // An incremental answer (@defer/@stream) must stay incremental, and a subscription's events
    // are its own: neither is read nor stored, and nobody waits for them as for a computation.
    onExecute({ args }) {
      if (isIncremental(args.document) || continues(args.document, args.variableValues)) release(args.contextValue as YogaContext);
    },
    onSubscribe({ args }) {
      release(args.contextValue as YogaContext);
    },
    // A request that leads a flight ends it here as soon as its result is known, stored or not,
    // so no follower waits past it (and at the latest when the request ends, above).
    onExecutionResult({ request }) {
      end(request);
    },
  };

  function release(context: YogaContext) {
    keys.delete(context);
    end(context.request);
  }

  function end(request: Request) {
    const led = leading.get(request);
    if (!led) return;
    leading.delete(request);
    finish(led.key, led.flight);
  }

  function serve(result: ExecutionResult, setResult: (result: ExecutionResult) => void, event: ResponseCacheEvent) {
    onEvent(event);
    setResult(result);
  }

  return {
    plugin,
    enabled,
    get inFlight() {
      return flights.size;
    },
    invalidate: (entities) => store.invalidate(entities),
    clear: () => store.clear(),
  };
}

/** Waits for `done`, but no longer than `ms` or than the request stays (never rejects). */
function waitFor(done: Promise<void>, signal: AbortSignal, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(stop, ms);
    signal.addEventListener('abort', stop, { once: true });
    void done.then(stop);
  });
}

/** A document's `after` arguments, and which of its variables have a non-null default. */
const cursors = new WeakMap<DocumentNode, { afters: ValueNode[]; defaulted: Set<string> }>();

/** Whether a request asks for a later page of any connection: an `after` argument with a value. */
function continues(document: DocumentNode, variables: Readonly<Record<string, unknown>> | null | undefined): boolean {
  let found = cursors.get(document);
  if (!found) {
    const { afters, defaulted }: { afters: ValueNode[]; defaulted: Set<string> } = { afters: [], defaulted: new Set() };
    visit(document, {
      Argument(node) {
        if (node.name.value === 'after') afters.push(node.value);
      },
      VariableDefinition(node) {
        if (node.defaultValue && node.defaultValue.kind !== Kind.NULL) defaulted.add(node.variable.name.value);
      },
    });
    cursors.set(document, (found = { afters, defaulted }));
  }
  const { afters, defaulted } = found;
  const given = (name: string) => (variables && name in variables ? variables[name] != null : defaulted.has(name));
  return afters.some((value) => (value.kind === Kind.VARIABLE ? given(value.name.value) : value.kind !== Kind.NULL));
}

const incremental = new WeakMap<DocumentNode, boolean>();

/** Whether a document asks for an incremental answer (@defer or @stream anywhere in it). */
function isIncremental(document: DocumentNode): boolean {
  let found = incremental.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive(node) {
        if (node.name.value !== 'defer' && node.name.value !== 'stream') return undefined;
        found = true;
        return BREAK;
      },
    });
    incremental.set(document, found);
  }
  return found;
}
