// The scope an upstream call belongs to, read off its input as its source declares (a Device
// Farm ARN's project, a Nimble studio, a CodeCatalyst space): what a stop invalidates. Discovery
// calls have no scope ('').
import type { Source } from '../config.js';
import { sourceDeclaration } from '../sources/registry.js';

export const scopeOfCall = (source: Source, input: object): string => sourceDeclaration(source).client.scopeOfCall(input as Record<string, unknown>);

/** The cache key of a read: identity, source and scope first, so a scope's keys share a prefix. */
export function cacheKey(identity: string, source: Source, scope: string, operation: string, input: string): string {
  return `${scopePrefix(identity, source, scope)}${operation}|${input}`;
}

export function scopePrefix(identity: string, source: Source, scope: string): string {
  return `${identity}|${source}|${scope}|`;
}
