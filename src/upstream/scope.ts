// The scope an upstream call belongs to, read off its input: what a stop invalidates. A Device
// Farm session or project ARN belongs to its project (`arn`, `projectArn`, `sessionArn`), a Nimble
// call to its studio, a CodeCatalyst call to its space; discovery calls have no scope ('').
import type { Source } from '../config.js';

const DEVICE_FARM = /^(arn:[^:]+:devicefarm:[^:]*:[^:]*):(session|testgrid-session|project|testgrid-project):([^/]+)/;

export function scopeOfCall(source: Source, input: object): string {
  const fields = input as Record<string, unknown>;
  if (source === 'nimble') return typeof fields.studioId === 'string' ? fields.studioId : '';
  if (source === 'codeCatalyst') return typeof fields.spaceName === 'string' ? fields.spaceName : '';
  const arn = [fields.arn, fields.projectArn, fields.sessionArn].find((a): a is string => typeof a === 'string') ?? '';
  const match = DEVICE_FARM.exec(arn);
  if (!match) return '';
  const parent = match[2] === 'session' || match[2] === 'project' ? 'project' : 'testgrid-project';
  return `${match[1]}:${parent}:${match[3]}`;
}

/** The cache key of a read: identity, source and scope first, so a scope's keys share a prefix. */
export function cacheKey(identity: string, source: Source, scope: string, operation: string, input: string): string {
  return `${scopePrefix(identity, source, scope)}${operation}|${input}`;
}

export function scopePrefix(identity: string, source: Source, scope: string): string {
  return `${identity}|${source}|${scope}|`;
}
