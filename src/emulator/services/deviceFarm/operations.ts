// Device Farm operations: projects and remote access sessions, test grid projects and sessions.
import type { Project, TestGridProject, TestGridSession, TestGridSessionStatus } from '@aws-sdk/client-device-farm';
import { errors } from './errors.js';
import { arraySource, fingerprint, pageOf } from '../../paging.js';
import type { Params } from '../../params.js';
import { stopRemote } from './life.js';
import type { CallContext, Operation } from '../service.js';
import { arnOf, type DeviceFarmSeed } from './seed.js';

const TOKEN = [4, 1024] as const;
const MAX_RESULT = [1, 1000] as const;
const TEST_GRID_STATUSES: readonly TestGridSessionStatus[] = ['ACTIVE', 'CLOSED', 'ERRORED'];

/** A required ARN, checked against the model's length and pattern before any lookup. */
function arn(params: Params, name: string): string {
  const value = params.required(name);
  if (value.length < 32 || value.length > 1011 || !value.startsWith('arn:aws:devicefarm:')) {
    throw errors.invalid(`Invalid ${name}: ${value}`);
  }
  return value;
}

function project(ctx: Ctx, projectArn: string): Project {
  const found = ctx.data.projects.find((p) => p.arn === projectArn);
  if (!found) throw errors.notFound(`Project not found: ${projectArn}`);
  return found;
}

function testGridProject(ctx: Ctx, projectArn: string): TestGridProject {
  const found = ctx.data.testGridProjects.find((p) => p.arn === projectArn);
  if (!found) throw errors.notFound(`Test grid project not found: ${projectArn}`);
  return found;
}

function remoteAccessSession(params: Params, ctx: Ctx) {
  const sessionArn = arn(params, 'arn');
  const found = ctx.data.remoteAccess.find(sessionArn);
  if (!found) throw errors.notFound(`Remote access session not found: ${sessionArn}`);
  return found;
}

/** GetTestGridSession also takes the session as projectArn + sessionId. */
function testGridSessionArn(params: Params, ctx: Ctx): string {
  if (params.string('projectArn') === undefined || params.string('sessionId') === undefined) {
    throw errors.invalid('Specify sessionArn, or projectArn and sessionId.');
  }
  const projectArn = testGridProject(ctx, arn(params, 'projectArn')).arn as string;
  return `${arnOf(projectArn)}:testgrid-session:${projectArn.split(':').pop()}/${params.required('sessionId')}`;
}

/** The time filters are strict bounds; a bound on a missing time (an active session's end) fails. */
function within(value: Date | undefined, after: number | undefined, before: number | undefined): boolean {
  if (after === undefined && before === undefined) return true;
  if (value === undefined) return false;
  const ms = value.getTime();
  return (after === undefined || ms > after) && (before === undefined || ms < before);
}

type Ctx = CallContext<DeviceFarmSeed>;

export const operations: Record<string, Operation<DeviceFarmSeed>> = {
  ListProjects(params, ctx) {
    const only = params.string('arn') === undefined ? undefined : arn(params, 'arn');
    const list = only === undefined ? ctx.data.projects : [project(ctx, only)];
    const print = fingerprint('ListProjects', [only ?? null]);
    const page = pageOf(arraySource(list), { token: params.token(...TOKEN), print, size: ctx.pageSize('ListProjects'), invalid: errors.invalid });
    return { projects: page.items, nextToken: page.nextToken };
  },
  GetProject(params, ctx) {
    return { project: project(ctx, arn(params, 'arn')) };
  },
  ListRemoteAccessSessions(params, ctx) {
    const projectArn = project(ctx, arn(params, 'arn')).arn as string;
    const print = fingerprint('ListRemoteAccessSessions', [projectArn]);
    const request = { token: params.token(...TOKEN), print, size: ctx.pageSize('ListRemoteAccessSessions'), invalid: errors.invalid };
    const page = pageOf(ctx.data.remoteAccess.source(projectArn), request);
    return { remoteAccessSessions: page.items, nextToken: page.nextToken };
  },
  GetRemoteAccessSession(params, ctx) {
    return { remoteAccessSession: remoteAccessSession(params, ctx).session };
  },
  StopRemoteAccessSession(params, ctx) {
    const found = remoteAccessSession(params, ctx);
    if (found.session.status === 'COMPLETED' || found.session.status === 'STOPPING') {
      return { remoteAccessSession: found.session };
    }
    const stopping = stopRemote(found.session, ctx.now().getTime());
    ctx.data.remoteAccess.replace(found, stopping);
    return { remoteAccessSession: stopping.base };
  },
  ListTestGridProjects(params, ctx) {
    const size = params.int('maxResult', ...MAX_RESULT) ?? ctx.pageSize('ListTestGridProjects');
    const print = fingerprint('ListTestGridProjects', []);
    const page = pageOf(arraySource(ctx.data.testGridProjects), { token: params.token(...TOKEN), print, size, invalid: errors.invalid });
    return { testGridProjects: page.items, nextToken: page.nextToken };
  },
  GetTestGridProject(params, ctx) {
    return { testGridProject: testGridProject(ctx, arn(params, 'projectArn')) };
  },
  ListTestGridSessions(params, ctx) {
    const projectArn = testGridProject(ctx, arn(params, 'projectArn')).arn as string;
    const status = params.oneOf('status', TEST_GRID_STATUSES);
    const [createdAfter, createdBefore] = [params.epochMs('creationTimeAfter'), params.epochMs('creationTimeBefore')];
    const [endedAfter, endedBefore] = [params.epochMs('endTimeAfter'), params.epochMs('endTimeBefore')];
    const size = params.int('maxResult', ...MAX_RESULT) ?? ctx.pageSize('ListTestGridSessions');
    const print = fingerprint('ListTestGridSessions', [projectArn, status, createdAfter, createdBefore, endedAfter, endedBefore]);
    const match = (s: TestGridSession) =>
      (status === undefined || s.status === status) && within(s.created, createdAfter, createdBefore) && within(s.ended, endedAfter, endedBefore);
    const page = pageOf(ctx.data.testGrid.source(projectArn), { token: params.token(...TOKEN), print, size, invalid: errors.invalid }, 'fill', match);
    return { testGridSessions: page.items, nextToken: page.nextToken };
  },
  GetTestGridSession(params, ctx) {
    const sessionArn = params.string('sessionArn') === undefined ? testGridSessionArn(params, ctx) : arn(params, 'sessionArn');
    const found = ctx.data.testGrid.find(sessionArn);
    if (!found) throw errors.notFound(`Test grid session not found: ${sessionArn}`);
    return { testGridSession: found.session };
  },
};
