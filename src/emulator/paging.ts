// Paging as AWS does it: opaque tokens bound to the list's parameters, server-chosen page sizes,
// and positions that stay valid while sessions are stopped, removed or created. A token holds
// how many positions were left after its page, so sessions created in front since (the newest
// first) shift nothing.
import type { ServiceError } from './errors.js';
import { hashString } from './seed/prng.js';

/** A list read by position; `at` returns undefined for a removed item. */
export interface Source<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

export function arraySource<T>(items: readonly T[]): Source<T> {
  return { length: items.length, at: (i) => items[i] };
}

export interface Page<T> {
  items: T[];
  /** The position the next page starts at; undefined on the last page. */
  next?: number;
}

/**
 * `fill` (filters applied before paging): collects up to `size` matches, then looks ahead to
 * the next match so the last page carries no token.
 * `window` (AWS's scan-then-filter): reads exactly `size` positions and keeps the matches, so
 * a page may be empty and still carry a token.
 */
export function readPage<T>(
  source: Source<T>,
  start: number,
  size: number,
  mode: 'fill' | 'window',
  match: (item: T) => boolean = () => true,
): Page<T> {
  const items: T[] = [];
  let i = start;
  if (mode === 'window') {
    const end = Math.min(start + size, source.length);
    for (; i < end; i++) {
      const item = source.at(i);
      if (item !== undefined && match(item)) items.push(item);
    }
    return end < source.length ? { items, next: end } : { items };
  }
  for (; i < source.length; i++) {
    const item = source.at(i);
    if (item === undefined || !match(item)) continue;
    if (items.length === size) return { items, next: i };
    items.push(item);
  }
  return { items };
}

/** A short fingerprint of what a list was asked for: a token only works for the same list. */
export function fingerprint(operation: string, params: readonly unknown[]): string {
  return hashString(JSON.stringify([operation, ...params])).toString(36);
}

/** `remaining`: the positions after the page that issued the token. */
export function encodeToken(remaining: number, print: string): string {
  return Buffer.from(JSON.stringify({ r: remaining, h: print })).toString('base64url');
}

/** The remaining positions a token stands for; anything not issued for this very list is rejected. */
export function decodeToken(
  token: string | undefined,
  print: string,
  invalid: (message: string) => ServiceError,
): number | undefined {
  if (token === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid('The nextToken is not valid.');
  }
  const { r, h } = (decoded ?? {}) as { r?: unknown; h?: unknown };
  if (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0 || typeof h !== 'string') {
    throw invalid('The nextToken is not valid.');
  }
  if (h !== print) throw invalid('The nextToken was issued for a different request.');
  return r;
}

/** Reads one page of a list and wraps the next position into a token. */
export function pageOf<T>(
  source: Source<T>,
  request: { token: string | undefined; print: string; size: number; invalid: (m: string) => ServiceError },
  mode: 'fill' | 'window' = 'fill',
  match?: (item: T) => boolean,
): { items: T[]; nextToken?: string } {
  const remaining = decodeToken(request.token, request.print, request.invalid);
  const start = remaining === undefined ? 0 : Math.max(0, source.length - remaining);
  const page = readPage(source, start, request.size, mode, match);
  return page.next === undefined ? { items: page.items } : { items: page.items, nextToken: encodeToken(source.length - page.next, request.print) };
}
