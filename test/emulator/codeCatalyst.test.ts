import {
  GetDevEnvironmentCommand,
  ListDevEnvironmentSessionsCommand,
  ListDevEnvironmentsCommand,
  ListProjectsCommand,
  ListSpacesCommand,
  StopDevEnvironmentSessionCommand,
  type DevEnvironmentSummary,
  type ListDevEnvironmentsCommandInput,
} from '@aws-sdk/client-codecatalyst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { closeEmulator, failure, openEmulator, walk, type Clients } from './clients.js';

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  ({ emulator, clients } = await openEmulator());
});
afterAll(() => closeEmulator(emulator, clients));

const cc = () => clients.codeCatalyst;
const spaceName = 'acme-platform';
const envs = (project?: string) => emulator.data.codeCatalyst.devEnvironments(spaceName, project);
const running = () => emulator.data.codeCatalyst.spaces.flatMap((s) => emulator.data.codeCatalyst.devEnvironments(s.name as string)).filter((e) => e.status === 'RUNNING');
const key = (env: DevEnvironmentSummary) => ({ spaceName: env.spaceName, projectName: env.projectName });

async function listEnvs(input: ListDevEnvironmentsCommandInput) {
  return walk(async (nextToken) => {
    const r = await cc().send(new ListDevEnvironmentsCommand({ ...input, nextToken }));
    return { items: r.items, nextToken: r.nextToken };
  });
}

async function listSessions(env: DevEnvironmentSummary, maxResults?: number) {
  return walk(async (nextToken) => {
    const r = await cc().send(new ListDevEnvironmentSessionsCommand({ ...key(env), devEnvironmentId: env.id, maxResults, nextToken }));
    return { items: r.items, nextToken: r.nextToken };
  });
}

describe('CodeCatalyst spaces and projects', () => {
  it('lists spaces', async () => {
    const r = await cc().send(new ListSpacesCommand({}));
    expect(r.items).toEqual(emulator.data.codeCatalyst.spaces);
    expect(r.nextToken).toBeUndefined();
    expect(await failure(cc().send(new ListSpacesCommand({ nextToken: '%%%' })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });

  it('pages projects by maxResults (1..100) and filters them by name', async () => {
    const { items, pages } = await walk(async (nextToken) => {
      const r = await cc().send(new ListProjectsCommand({ spaceName, maxResults: 1, nextToken }));
      return { items: r.items, nextToken: r.nextToken };
    });
    expect(pages).toEqual([1, 1]);
    expect(items).toEqual(emulator.data.codeCatalyst.projects(spaceName));
    expect((await cc().send(new ListProjectsCommand({ spaceName, maxResults: 100 }))).items).toEqual(items);
    for (const maxResults of [0, 101]) {
      expect(await failure(cc().send(new ListProjectsCommand({ spaceName, maxResults })))).toMatchObject({ name: 'ValidationException', status: 400 });
    }
    const begins = await cc().send(new ListProjectsCommand({ spaceName, filters: [{ key: 'name', values: ['mobile'], comparisonOperator: 'BEGINS_WITH' }] }));
    expect(begins.items?.map((p) => p.name)).toEqual(['mobile-app']);
    const access = await cc().send(new ListProjectsCommand({ spaceName, filters: [{ key: 'hasAccessTo', values: ['true'] }] }));
    expect(access.items).toEqual(items);
    expect(await failure(cc().send(new ListProjectsCommand({ spaceName, filters: [{ key: 'owner' as never, values: ['x'] }] })))).toMatchObject({ name: 'ValidationException' });
  });

  it('answers an unknown space with 404 and a malformed (percent-decoded) name with 400', async () => {
    expect(await failure(cc().send(new ListProjectsCommand({ spaceName: 'no-such-space' })))).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(await failure(cc().send(new ListProjectsCommand({ spaceName: 'x/y z' })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });
});

describe('CodeCatalyst dev environments', () => {
  it('lists a whole space or one project (projectName in the body), newest first', async () => {
    const whole = await listEnvs({ spaceName, maxResults: 3 });
    expect(whole.items).toEqual(envs());
    expect(whole.pages).toEqual([3, 3, 2]);
    const updated = whole.items.map((e) => e.lastUpdatedTime?.getTime() ?? 0);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    const one = await listEnvs({ spaceName, projectName: 'mobile-app' });
    expect(one.items).toEqual(envs('mobile-app'));
    expect(one.pages).toEqual([4]);
  });

  it('bounds maxResults to 1..50, filters, and 404s an unknown project', async () => {
    for (const maxResults of [0, 51]) {
      expect(await failure(cc().send(new ListDevEnvironmentsCommand({ spaceName, maxResults })))).toMatchObject({ name: 'ValidationException', status: 400 });
    }
    expect((await cc().send(new ListDevEnvironmentsCommand({ spaceName, maxResults: 50 }))).items).toEqual(envs());
    const runningOnly = await cc().send(new ListDevEnvironmentsCommand({ spaceName, filters: [{ key: 'status', values: ['RUNNING'] }] }));
    expect(runningOnly.items).toEqual(envs().filter((e) => e.status === 'RUNNING'));
    expect(await failure(cc().send(new ListDevEnvironmentsCommand({ spaceName, projectName: 'no-such-project' })))).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });

  it('answers the older route with projectName in the path, as boto3 1.29 and AWS CLI 2.9 send it', async () => {
    // What those SDKs put on the wire: a bearer token, the project as a path label, paging in the body.
    const post = async (path: string, body: Record<string, unknown>) => {
      const response = await fetch(`${emulator.url}${path}`, {
        method: 'POST',
        headers: { authorization: 'Bearer old-sdk-pat', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { items?: { id: string }[]; nextToken?: string } };
    };
    const old = (project: string, body: Record<string, unknown>) => post(`/v1/spaces/${spaceName}/projects/${project}/devEnvironments`, body);
    const first = await old('checkout-service', { maxResults: 3 });
    expect(first.status).toBe(200);
    expect(first.body).toEqual((await post(`/v1/spaces/${spaceName}/devEnvironments`, { projectName: 'checkout-service', maxResults: 3 })).body);
    const rest = await old('checkout-service', { maxResults: 3, nextToken: first.body.nextToken });
    expect(rest.body.nextToken).toBeUndefined();
    expect([...first.body.items!, ...rest.body.items!].map((e) => e.id)).toEqual(envs('checkout-service').map((e) => e.id));
    const filtered = await old('checkout-service', { filters: [{ key: 'status', values: ['RUNNING'] }] });
    expect(filtered.body.items!.map((e) => e.id)).toEqual(envs('checkout-service').filter((e) => e.status === 'RUNNING').map((e) => e.id));
    expect(await old('no-such-project', {})).toMatchObject({ status: 404, body: { __type: 'ResourceNotFoundException' } });
    expect(emulator.requests.at(-1)).toMatchObject({ operation: 'ListDevEnvironments', params: { spaceName, projectName: 'no-such-project' } });
  });

  it('gets a dev environment as a flat object', async () => {
    const env = envs()[2] as DevEnvironmentSummary;
    const { $metadata, ...got } = await cc().send(new GetDevEnvironmentCommand({ ...key(env), id: env.id }));
    expect($metadata.httpStatusCode).toBe(200);
    expect(got).toEqual(env);
    expect(await failure(cc().send(new GetDevEnvironmentCommand({ ...key(env), id: '00000000-0000-4000-8000-000000000000' })))).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(await failure(cc().send(new GetDevEnvironmentCommand({ ...key(env), id: 'not-a-uuid' })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });
});

describe('CodeCatalyst dev environment sessions', () => {
  it('walks every running dev environment: the seeded sessions, 10 a page, newest first', async () => {
    for (const env of running()) {
      const { items, pages } = await listSessions(env);
      expect(items).toEqual(emulator.data.codeCatalyst.sessions(env.spaceName as string, env.projectName as string, env.id as string));
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.slice(0, -1).every((n) => n === 10)).toBe(true);
      const started = items.map((s) => s.startedTime?.getTime() ?? 0);
      expect(started).toEqual([...started].sort((a, b) => b - a));
    }
    const stopped = envs().find((e) => e.status === 'STOPPED') as DevEnvironmentSummary;
    expect((await listSessions(stopped)).items).toEqual([]);
  });

  it('bounds maxResults to 1..200', async () => {
    const env = running()[0] as DevEnvironmentSummary;
    for (const maxResults of [0, 201]) {
      expect(await failure(cc().send(new ListDevEnvironmentSessionsCommand({ ...key(env), devEnvironmentId: env.id, maxResults })))).toMatchObject({ name: 'ValidationException', status: 400 });
    }
    const all = await cc().send(new ListDevEnvironmentSessionsCommand({ ...key(env), devEnvironmentId: env.id, maxResults: 200 }));
    expect(all.items).toEqual((await listSessions(env)).items);
  });

  it('stops a session: it leaves the list, open tokens stay valid, a second stop is 404', async () => {
    const env = running()[1] as DevEnvironmentSummary;
    const before = (await listSessions(env, 5)).items;
    const first = await cc().send(new ListDevEnvironmentSessionsCommand({ ...key(env), devEnvironmentId: env.id, maxResults: 5 }));
    const victim = before[7];
    const { $metadata, ...stopped } = await cc().send(new StopDevEnvironmentSessionCommand({ ...key(env), id: env.id, sessionId: victim?.id }));
    expect(stopped).toEqual({ spaceName: env.spaceName, projectName: env.projectName, id: env.id, sessionId: victim?.id });
    const rest = await walk(async (nextToken) => {
      const r = await cc().send(new ListDevEnvironmentSessionsCommand({ ...key(env), devEnvironmentId: env.id, maxResults: 5, nextToken: nextToken ?? first.nextToken }));
      return { items: r.items, nextToken: r.nextToken };
    });
    expect([...(first.items ?? []), ...rest.items]).toEqual(before.filter((s) => s.id !== victim?.id));
    expect(await failure(cc().send(new StopDevEnvironmentSessionCommand({ ...key(env), id: env.id, sessionId: victim?.id })))).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });

  it('404s unknown parents and rejects a token issued for another dev environment', async () => {
    const [a, b] = running() as [DevEnvironmentSummary, DevEnvironmentSummary];
    expect(await failure(cc().send(new ListDevEnvironmentSessionsCommand({ ...key(a), devEnvironmentId: '00000000-0000-4000-8000-000000000000' })))).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(await failure(cc().send(new ListDevEnvironmentSessionsCommand({ spaceName: 'acme-platform', projectName: 'nope-project', devEnvironmentId: a.id })))).toMatchObject({ name: 'ResourceNotFoundException' });
    const page = await cc().send(new ListDevEnvironmentSessionsCommand({ ...key(a), devEnvironmentId: a.id }));
    expect(await failure(cc().send(new ListDevEnvironmentSessionsCommand({ ...key(b), devEnvironmentId: b.id, nextToken: page.nextToken })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });
});
