// CodeCatalyst operations: spaces, projects, dev environments and their sessions.
import type { DevEnvironmentSummary, ProjectSummary } from '@aws-sdk/client-codecatalyst';
import { errors } from './errors.js';
import { arraySource, fingerprint, pageOf } from '../../paging.js';
import type { Params } from '../../params.js';
import { sessionScope } from './seed.js';
import type { CallContext, Operation } from '../service.js';
import type { CodeCatalystSeed } from './seed.js';

const TOKEN = [1, 10000] as const;
const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPERATORS = ['EQ', 'GT', 'GE', 'LT', 'LE', 'BEGINS_WITH'] as const;

/** A space or project name: 3-63 characters of the model's pattern. */
function name(params: Params, key: string): string {
  const value = params.required(key);
  if (value.length < 3 || value.length > 63 || !NAME.test(value)) throw errors.invalid(`${key} is not a valid name: ${value}`);
  return value;
}

function space(params: Params, ctx: Ctx): string {
  const spaceName = name(params, 'spaceName');
  if (!ctx.data.spaces.some((s) => s.name === spaceName)) throw errors.notFound(`Space ${spaceName} was not found.`);
  return spaceName;
}

function project(params: Params, ctx: Ctx, key = 'projectName'): [string, string] {
  const spaceName = space(params, ctx);
  const projectName = name(params, key);
  if (!ctx.data.projects.get(spaceName)?.some((p) => p.name === projectName)) {
    throw errors.notFound(`Project ${projectName} was not found in space ${spaceName}.`);
  }
  return [spaceName, projectName];
}

function devEnvironment(params: Params, ctx: Ctx, key: string): DevEnvironmentSummary {
  const [spaceName, projectName] = project(params, ctx);
  const id = params.required(key);
  if (!UUID.test(id)) throw errors.invalid(`${key} must be a UUID: ${id}`);
  const found = ctx.data.devEnvironments.find((e) => e.spaceName === spaceName && e.projectName === projectName && e.id === id);
  if (!found) throw errors.notFound(`Dev Environment ${id} was not found.`);
  return found;
}

/** `filters` as the model shapes them: {key, values, comparisonOperator = EQ}, keys per operation. */
function filters<T>(params: Params, fields: Record<string, (item: T) => string | undefined>): (item: T) => boolean {
  const raw = params.raw.filters;
  if (raw === undefined || raw === null) return () => true;
  if (!Array.isArray(raw)) throw errors.invalid('filters must be a list.');
  const tests = raw.map((filter: { key?: unknown; values?: unknown; comparisonOperator?: unknown }) => {
    const field = typeof filter.key === 'string' ? fields[filter.key] : undefined;
    if (!field) throw errors.invalid(`Filter key must be one of ${Object.keys(fields).join(', ')}.`);
    const values = filter.values;
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) throw errors.invalid('Filter values must be a non-empty list of strings.');
    const operator = filter.comparisonOperator ?? 'EQ';
    if (!(OPERATORS as readonly unknown[]).includes(operator)) throw errors.invalid(`comparisonOperator must be one of ${OPERATORS.join(', ')}.`);
    return (item: T) => {
      const actual = field(item) ?? '';
      return (values as string[]).some((v) =>
        ({ EQ: actual === v, GT: actual > v, GE: actual >= v, LT: actual < v, LE: actual <= v, BEGINS_WITH: actual.startsWith(v) })[operator as (typeof OPERATORS)[number]],
      );
    };
  });
  return (item) => tests.every((test) => test(item));
}

type Ctx = CallContext<CodeCatalystSeed>;

export const operations: Record<string, Operation<CodeCatalystSeed>> = {
  ListSpaces(params, ctx) {
    const request = { token: params.token(...TOKEN), print: fingerprint('ListSpaces', []), size: ctx.pageSize('ListSpaces'), invalid: errors.invalid };
    const page = pageOf(arraySource(ctx.data.spaces), request);
    return { items: page.items, nextToken: page.nextToken };
  },
  ListProjects(params, ctx) {
    const spaceName = space(params, ctx);
    const size = params.int('maxResults', 1, 100) ?? ctx.pageSize('ListProjects');
    // Every seeded project is visible to the caller: hasAccessTo "true" keeps them all.
    const match = filters<ProjectSummary>(params, { name: (p) => p.name, hasAccessTo: () => 'true' });
    const print = fingerprint('ListProjects', [spaceName, params.raw.filters]);
    const page = pageOf(arraySource(ctx.data.projects.get(spaceName) ?? []), { token: params.token(...TOKEN), print, size, invalid: errors.invalid }, 'fill', match);
    return { items: page.items, nextToken: page.nextToken };
  },
  ListDevEnvironments(params, ctx) {
    const [spaceName, projectName] = params.string('projectName') === undefined ? [space(params, ctx), undefined] : project(params, ctx);
    const size = params.int('maxResults', 1, 50) ?? ctx.pageSize('ListDevEnvironments');
    const match = filters<DevEnvironmentSummary>(params, { status: (e) => e.status, alias: (e) => e.alias, creatorId: (e) => e.creatorId, instanceType: (e) => e.instanceType });
    const inScope = ctx.data.devEnvironments.filter((e) => e.spaceName === spaceName && (projectName === undefined || e.projectName === projectName));
    const print = fingerprint('ListDevEnvironments', [spaceName, projectName, params.raw.filters]);
    const page = pageOf(arraySource(inScope), { token: params.token(...TOKEN), print, size, invalid: errors.invalid }, 'fill', match);
    return { items: page.items, nextToken: page.nextToken };
  },
  GetDevEnvironment(params, ctx) {
    return devEnvironment(params, ctx, 'id');
  },
  ListDevEnvironmentSessions(params, ctx) {
    const env = devEnvironment(params, ctx, 'devEnvironmentId');
    const size = params.int('maxResults', 1, 200) ?? ctx.pageSize('ListDevEnvironmentSessions');
    const scope = sessionScope(env.spaceName as string, env.projectName as string, env.id as string);
    const print = fingerprint('ListDevEnvironmentSessions', [scope]);
    const page = pageOf(ctx.data.sessions.source(scope), { token: params.token(...TOKEN), print, size, invalid: errors.invalid });
    return { items: page.items, nextToken: page.nextToken };
  },
  StopDevEnvironmentSession(params, ctx) {
    const env = devEnvironment(params, ctx, 'id');
    const sessionId = params.required('sessionId');
    const sessions = ctx.data.sessions;
    const found = sessions.find(sessionId);
    if (!found || found.scope !== sessionScope(env.spaceName as string, env.projectName as string, env.id as string)) {
      throw errors.notFound(`Session ${sessionId} was not found.`);
    }
    sessions.remove(found);
    return { spaceName: env.spaceName, projectName: env.projectName, id: env.id, sessionId };
  },
};
