// The scope an upstream call belongs to, read off its input as its source declares (a Device
// Farm ARN's project, a Nimble studio, a CodeCatalyst space): what a stop invalidates. Discovery
// calls have no scope ('').
import type { Source } from '../config.js';
import { placeKey, type Place } from '../aws/places.js';
import { sourceDeclaration } from '../sources/registry.js';

export const scopeOfCall = (source: Source, input: object): string => sourceDeclaration(source).client.scopeOfCall(input as Record<string, unknown>);

/**
 * The cache key of a read: identity, source, place (account and region) and scope first, so a
 * scope's keys share a prefix and two places never share an answer.
 */
export function cacheKey(identity: string, source: Source, place: Place, scope: string, operation: string, input: string): string {
  return `${scopePrefix(identity, source, place, scope)}${operation}|${input}`;
}

export function scopePrefix(identity: string, source: Source, place: Place, scope: string): string {
  return `${identity}|${source}|${placeKey(place)}|${scope}|`;
}
