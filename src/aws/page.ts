import { GatewayError } from '../errors.js';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';

/** One upstream page: its items in upstream order and the token of the next page, if any. */
export interface Page<T> {
  items: T[];
  nextToken: string | undefined;
}

/**
 * AWS models mark identifiers optional, but a record without its identifier cannot be
 * addressed again; such an answer is treated as a broken upstream response.
 */
export function required<T>(source: Source, what: string, value: T | undefined | null): T {
  if (value === undefined || value === null || value === '') {
    throw new GatewayError('UPSTREAM_ERROR', `${SOURCE_LABEL[source]} returned ${what} without its identifier.`, { source });
  }
  return value;
}

/** A list from an answer: absent is empty; anything but an array is a broken upstream response. */
export function items<T>(source: Source, what: string, value: T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new GatewayError('UPSTREAM_ERROR', `${SOURCE_LABEL[source]} returned ${what} that is not a list; the gateway could not read the answer.`, { source });
  }
  return value;
}

/**
 * Walks every page of a list meant to be small (scopes, one dev environment's sessions). A list
 * that never ends is an upstream fault, reported rather than silently cut short.
 */
export async function listAll<T>(
  source: Source,
  fetch: (token?: string) => Promise<Page<T>>,
  maxPages = 1000,
): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetch(token);
    items.push(...result.items);
    token = result.nextToken;
    if (!token) return items;
  }
  throw new GatewayError('UPSTREAM_ERROR', `${SOURCE_LABEL[source]} kept returning pages after ${maxPages}.`, { source });
}
