import { context, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import DataLoader from 'dataloader';
import { GatewayError } from '../errors.js';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { stableKey } from '../upstream/key.js';
import type { SessionRecord } from './records.js';

export { stableKey };
export { enabled } from '../aws/clients.js';

/** Runs `fn` for `key` in the trace context of the first load that asked for the key. */
type InContextOf<K> = <T>(key: K, fn: () => T) => T;

/**
 * A DataLoader whose calls run in the trace context of the load that asked for them. A batch
 * runs in the async context of the load that scheduled it (the first of its tick), so without
 * this every call of a batch would hang under the first field's resolver span, whichever field
 * asked for it. Without tracing the active context is OpenTelemetry's no-op root: nothing is kept.
 */
class TracedLoader<K, V> extends DataLoader<K, V, string> {
  private readonly contexts: Map<string, Context>;

  constructor(batch: (keys: readonly K[], inContextOf: InContextOf<K>) => Promise<Array<V | Error>>) {
    const contexts = new Map<string, Context>();
    const inContextOf: InContextOf<K> = (key, fn) => {
      const traced = contexts.get(stableKey(key));
      return traced ? context.with(traced, fn) : fn();
    };
    super((keys) => batch(keys, inContextOf), { cacheKeyFn: stableKey });
    this.contexts = contexts;
  }

  override load(key: K): Promise<V> {
    const active = context.active();
    if (active !== ROOT_CONTEXT) {
      const cacheKey = stableKey(key);
      if (!this.contexts.has(cacheKey)) this.contexts.set(cacheKey, active);
    }
    return super.load(key);
  }
}

/** Receives every session a request lists (see ListedItems); must not block or throw. */
export type SessionSink = (sessions: readonly SessionRecord[]) => void;


/**
 * A loader for calls that cannot be batched: each distinct key is fetched once per request,
 * all of them in parallel. A failure belongs to its key alone.
 */
export function dedupeLoader<K, V>(fetch: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new TracedLoader<K, V>((keys, inContextOf) =>
    Promise.all(
      keys.map((key) =>
        inContextOf(key, async () => {
          try {
            return await fetch(key);
          } catch (error) {
            return toError(error);
          }
        }),
      ),
    ),
  );
}

/** A loader whose batch function groups keys by parent, e.g. sessions of one studio. */
export function groupedLoader<K, V>(
  groupOf: (key: K) => string,
  fetchGroup: (keys: K[]) => Promise<Array<V | Error>>,
): DataLoader<K, V, string> {
  return new TracedLoader<K, V>(async (keys, inContextOf) => {
    const groups = new Map<string, number[]>();
    keys.forEach((key, i) => groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), i]));
    const results: Array<V | Error> = new Array(keys.length);
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        const groupKeys = indexes.map((i) => keys[i] as K);
        // One call answers the group: it hangs under the field that asked for its first key.
        const values = await inContextOf(groupKeys[0] as K, () => fetchGroup(groupKeys)).catch((error: unknown) => groupKeys.map(() => toError(error)));
        indexes.forEach((keyIndex, j) => (results[keyIndex] = values[j] as V | Error));
      }),
    );
    return results;
  });
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Not-found answers a by-ID lookup with null (the object is gone) instead of an error. */
export function nullIfNotFound<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((error: unknown) => {
    if (error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND') return null;
    throw error;
  });
}

/**
 * A scope the caller's policy does not let it see, asked for by name (an API-shaped connection's
 * argument): refused before any call. The scope is not repeated: the caller sent it.
 */
export function forbidden(source: Source): GatewayError {
  return new GatewayError('FORBIDDEN', `Your identity may not read this ${SOURCE_LABEL[source]} scope; ask for it to be added to the gateway's access policy.`, { source });
}

/**
 * The items of the pages listed in this request, searched only when a by-ID lookup comes. A page
 * costs no work per item when it is listed (a feed page lists thousands of items it never looks
 * up again), and a later lookup of a listed item still costs no call.
 */
export class ListedItems<T> {
  private readonly pages: T[][] = [];

  /** `seen`: where every listed session also goes (the history recorder), if anywhere. */
  constructor(private readonly seen?: SessionSink) {}

  add<P extends { items: T[] }>(page: P): P {
    this.pages.push(page.items);
    this.seen?.(page.items as unknown as SessionRecord[]);
    return page;
  }

  find(match: (item: T) => boolean): T | undefined {
    for (const items of this.pages) {
      const found = items.find(match);
      if (found) return found;
    }
    return undefined;
  }
}
