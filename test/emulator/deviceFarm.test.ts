import {
  GetProjectCommand,
  GetRemoteAccessSessionCommand,
  GetTestGridProjectCommand,
  GetTestGridSessionCommand,
  ListProjectsCommand,
  ListRemoteAccessSessionsCommand,
  ListTestGridProjectsCommand,
  ListTestGridSessionsCommand,
  StopRemoteAccessSessionCommand,
  type TestGridSession,
} from '@aws-sdk/client-device-farm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { closeEmulator, failure, openEmulator, walk, type Clients } from './clients.js';

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  ({ emulator, clients } = await openEmulator({ pageSizes: { 'deviceFarm.ListProjects': 2 } }));
});
afterAll(() => closeEmulator(emulator, clients));

const df = () => clients.deviceFarm;
const projects = () => emulator.data.deviceFarm.projects;
const tgProjects = () => emulator.data.deviceFarm.testGridProjects;
const times = (items: { created?: Date }[]) => items.map((i) => i.created?.getTime() ?? 0);
const newestFirst = (items: { created?: Date }[]) => times(items).every((t, i, all) => i === 0 || (all[i - 1] as number) > t);

describe('Device Farm projects', () => {
  it('lists every project in pages of the configured size, newest first', async () => {
    const { items, pages } = await walk(async (nextToken) => {
      const r = await df().send(new ListProjectsCommand({ nextToken }));
      return { items: r.projects, nextToken: r.nextToken };
    });
    expect(pages).toEqual([2, 1]);
    expect(items).toEqual(projects());
    expect(newestFirst(items)).toBe(true);
  });

  it('lists one project by arn and gets a project', async () => {
    const project = projects()[1];
    const listed = await df().send(new ListProjectsCommand({ arn: project?.arn }));
    expect(listed.projects).toEqual([project]);
    const got = await df().send(new GetProjectCommand({ arn: project?.arn }));
    expect(got.project).toEqual(project);
    expect(got.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a missing or malformed arn and answers NotFound for an unknown project', async () => {
    expect(await failure(df().send(new GetProjectCommand({ arn: undefined })))).toMatchObject({ name: 'ArgumentException', status: 400 });
    expect(await failure(df().send(new GetProjectCommand({ arn: 'not-an-arn' })))).toMatchObject({ name: 'ArgumentException', status: 400 });
    const unknown = `arn:aws:devicefarm:us-west-2:123456789012:project:00000000-0000-4000-8000-000000000000`;
    expect(await failure(df().send(new GetProjectCommand({ arn: unknown })))).toMatchObject({ name: 'NotFoundException', status: 400 });
    expect(await failure(df().send(new ListProjectsCommand({ arn: unknown })))).toMatchObject({ name: 'NotFoundException', status: 400 });
  });
});

describe('Device Farm remote access sessions', () => {
  it('walks every project page by page: the seeded sessions, in order, no duplicates', async () => {
    for (const project of projects()) {
      const { items, pages } = await walk(async (nextToken) => {
        const r = await df().send(new ListRemoteAccessSessionsCommand({ arn: project.arn, nextToken }));
        return { items: r.remoteAccessSessions, nextToken: r.nextToken };
      });
      const expected = emulator.data.deviceFarm.remoteAccessSessions(project.arn as string);
      expect(items).toEqual(expected);
      expect(new Set(items.map((s) => s.arn)).size).toBe(items.length);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.slice(0, -1).every((n) => n === 25)).toBe(true);
      expect(newestFirst(items)).toBe(true);
    }
  });

  it('gets a session by arn, with epoch timestamps decoded to the same instants', async () => {
    const session = emulator.data.deviceFarm.remoteAccessSessions(projects()[0]?.arn as string)[3];
    const got = await df().send(new GetRemoteAccessSessionCommand({ arn: session?.arn }));
    expect(got.remoteAccessSession).toEqual(session);
    expect(got.remoteAccessSession?.created).toBeInstanceOf(Date);
  });

  it('stops a running session (STOPPING) and leaves a completed one as it is', async () => {
    const list = emulator.data.deviceFarm.remoteAccessSessions(projects()[0]?.arn as string);
    const running = list.find((s) => s.status === 'RUNNING');
    const stopped = await df().send(new StopRemoteAccessSessionCommand({ arn: running?.arn }));
    expect(stopped.remoteAccessSession?.status).toBe('STOPPING');
    const again = await df().send(new GetRemoteAccessSessionCommand({ arn: running?.arn }));
    expect(again.remoteAccessSession?.status).toBe('STOPPING');
    expect(emulator.data.deviceFarm.remoteAccessSessions(projects()[0]?.arn as string).find((s) => s.arn === running?.arn)?.status).toBe('STOPPING');
    const completed = list.find((s) => s.status === 'COMPLETED');
    const unchanged = await df().send(new StopRemoteAccessSessionCommand({ arn: completed?.arn }));
    expect(unchanged.remoteAccessSession).toEqual(completed);
  });

  it('rejects missing parameters, unknown parents and bad tokens with the service errors', async () => {
    expect(await failure(df().send(new ListRemoteAccessSessionsCommand({ arn: undefined })))).toMatchObject({ name: 'ArgumentException', status: 400 });
    const unknown = `${projects()[0]?.arn?.slice(0, -4)}ffff`;
    expect(await failure(df().send(new ListRemoteAccessSessionsCommand({ arn: unknown })))).toMatchObject({ name: 'NotFoundException', status: 400 });
    expect(await failure(df().send(new GetRemoteAccessSessionCommand({ arn: `${unknown}x`.padEnd(40, 'x') })))).toMatchObject({ name: 'NotFoundException' });
    const [first, second] = projects();
    const page = await df().send(new ListRemoteAccessSessionsCommand({ arn: first?.arn }));
    for (const nextToken of ['abc', 'not a token at all', 'x'.repeat(1025), page.nextToken]) {
      const arn = nextToken === page.nextToken ? second?.arn : first?.arn;
      expect(await failure(df().send(new ListRemoteAccessSessionsCommand({ arn, nextToken })))).toMatchObject({ name: 'ArgumentException', status: 400 });
    }
  });
});

describe('Device Farm test grid', () => {
  it('lists test grid projects with maxResult 1..1000 and rejects values outside', async () => {
    const { items, pages } = await walk(async (nextToken) => {
      const r = await df().send(new ListTestGridProjectsCommand({ maxResult: 1, nextToken }));
      return { items: r.testGridProjects, nextToken: r.nextToken };
    });
    expect(pages).toEqual([1, 1]);
    expect(items).toEqual(tgProjects());
    expect((await df().send(new ListTestGridProjectsCommand({ maxResult: 1000 }))).testGridProjects).toEqual(tgProjects());
    for (const maxResult of [0, 1001]) {
      expect(await failure(df().send(new ListTestGridProjectsCommand({ maxResult })))).toMatchObject({ name: 'ArgumentException', status: 400 });
    }
  });

  it('gets a test grid project, and rejects a missing or unknown one', async () => {
    const project = tgProjects()[0];
    expect((await df().send(new GetTestGridProjectCommand({ projectArn: project?.arn }))).testGridProject).toEqual(project);
    expect(await failure(df().send(new GetTestGridProjectCommand({ projectArn: undefined })))).toMatchObject({ name: 'ArgumentException' });
    expect(await failure(df().send(new GetTestGridProjectCommand({ projectArn: projects()[0]?.arn })))).toMatchObject({ name: 'NotFoundException' });
  });

  it('walks every test grid project with the default page size', async () => {
    for (const project of tgProjects()) {
      const { items, pages } = await walk(async (nextToken) => {
        const r = await df().send(new ListTestGridSessionsCommand({ projectArn: project.arn, nextToken }));
        return { items: r.testGridSessions, nextToken: r.nextToken };
      });
      expect(items).toEqual(emulator.data.deviceFarm.testGridSessions(project.arn as string));
      expect(pages.slice(0, -1).every((n) => n === 25)).toBe(true);
      expect(newestFirst(items)).toBe(true);
    }
  });

  it('filters by status and by creation and end times before paging (full pages, no empty tail)', async () => {
    const projectArn = tgProjects()[0]?.arn as string;
    const all = emulator.data.deviceFarm.testGridSessions(projectArn);
    const created = times(all);
    const [after, before] = [new Date(created[80] as number), new Date(created[10] as number)];
    const ended = all.filter((s) => s.ended).map((s) => s.ended?.getTime() as number).sort((a, b) => a - b);
    const [endAfter, endBefore] = [new Date(ended[5] as number), new Date(ended[60] as number)];
    const cases: [object, (s: TestGridSession) => boolean][] = [
      [{ status: 'CLOSED' }, (s) => s.status === 'CLOSED'],
      [{ status: 'ERRORED' }, (s) => s.status === 'ERRORED'],
      [{ status: 'ACTIVE' }, (s) => s.status === 'ACTIVE'],
      [{ creationTimeAfter: after, creationTimeBefore: before }, (s) => (s.created as Date) > after && (s.created as Date) < before],
      [{ endTimeAfter: endAfter, endTimeBefore: endBefore, status: 'CLOSED' }, (s) => s.status === 'CLOSED' && !!s.ended && s.ended > endAfter && s.ended < endBefore],
    ];
    for (const [filter, keep] of cases) {
      const { items, pages } = await walk(async (nextToken) => {
        const r = await df().send(new ListTestGridSessionsCommand({ projectArn, ...filter, maxResult: 7, nextToken }));
        return { items: r.testGridSessions, nextToken: r.nextToken };
      });
      const expected = all.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(items).toEqual(expected);
      expect(pages.slice(0, -1).every((n) => n === 7)).toBe(true);
      expect(pages.at(-1)).toBeGreaterThan(0);
    }
  });

  it('rejects a bad status, maxResult out of bounds, a token for other filters and a missing project', async () => {
    const projectArn = tgProjects()[0]?.arn;
    expect(await failure(df().send(new ListTestGridSessionsCommand({ projectArn, status: 'RUNNING' as never })))).toMatchObject({ name: 'ArgumentException' });
    for (const maxResult of [0, 1001]) {
      expect(await failure(df().send(new ListTestGridSessionsCommand({ projectArn, maxResult })))).toMatchObject({ name: 'ArgumentException', status: 400 });
    }
    expect((await df().send(new ListTestGridSessionsCommand({ projectArn, maxResult: 1000 }))).testGridSessions?.length).toBe(
      emulator.data.deviceFarm.testGridSessions(projectArn as string).length,
    );
    const page = await df().send(new ListTestGridSessionsCommand({ projectArn, status: 'CLOSED', maxResult: 5 }));
    expect(await failure(df().send(new ListTestGridSessionsCommand({ projectArn, status: 'ERRORED', nextToken: page.nextToken })))).toMatchObject({ name: 'ArgumentException' });
    expect(await failure(df().send(new ListTestGridSessionsCommand({ projectArn: undefined })))).toMatchObject({ name: 'ArgumentException' });
    expect(await failure(df().send(new ListTestGridSessionsCommand({ projectArn: projects()[0]?.arn })))).toMatchObject({ name: 'NotFoundException' });
  });

  it('gets a test grid session by arn or by project and id', async () => {
    const project = tgProjects()[1];
    const session = emulator.data.deviceFarm.testGridSessions(project?.arn as string)[4];
    expect((await df().send(new GetTestGridSessionCommand({ sessionArn: session?.arn }))).testGridSession).toEqual(session);
    const sessionId = session?.arn?.split('/').pop();
    expect((await df().send(new GetTestGridSessionCommand({ projectArn: project?.arn, sessionId }))).testGridSession).toEqual(session);
    expect(JSON.parse(session?.seleniumProperties ?? '{}')).toHaveProperty('browserName');
    expect(await failure(df().send(new GetTestGridSessionCommand({})))).toMatchObject({ name: 'ArgumentException', status: 400 });
    expect(await failure(df().send(new GetTestGridSessionCommand({ projectArn: project?.arn, sessionId: 'f'.repeat(32) })))).toMatchObject({ name: 'NotFoundException', status: 400 });
  });
});
