import {
  GetLaunchProfileCommand,
  GetStreamingImageCommand,
  GetStreamingSessionCommand,
  ListLaunchProfilesCommand,
  ListStreamingSessionsCommand,
  ListStudiosCommand,
  StopStreamingSessionCommand,
  type ListStreamingSessionsCommandInput,
  type StreamingSession,
} from '@aws-sdk/client-nimble';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { closeEmulator, failure, openEmulator, walk, type Clients } from './clients.js';

let emulator: Emulator;
let clients: Clients;
beforeAll(async () => {
  ({ emulator, clients } = await openEmulator());
});
afterAll(() => closeEmulator(emulator, clients));

const nb = () => clients.nimble;
/** The studios that hold launch profiles, images and sessions. */
const mainStudios = () => emulator.data.nimble.studios.filter((s) => emulator.data.nimble.launchProfiles(s.studioId as string).length > 0);
const studioId = (n = 0) => mainStudios()[n]?.studioId as string;

async function listSessions(input: ListStreamingSessionsCommandInput) {
  return walk(async (nextToken) => {
    const r = await nb().send(new ListStreamingSessionsCommand({ ...input, nextToken }));
    return { items: r.sessions, nextToken: r.nextToken };
  });
}

describe('Nimble studios', () => {
  it('lists every studio in server-sized pages, newest first', async () => {
    const { items, pages } = await walk(async (nextToken) => {
      const r = await nb().send(new ListStudiosCommand({ nextToken }));
      return { items: r.studios, nextToken: r.nextToken };
    });
    expect(pages).toEqual([10, 9]);
    expect(items).toEqual(emulator.data.nimble.studios);
    expect(items.map((s) => s.createdAt?.getTime() ?? 0)).toEqual(items.map((s) => s.createdAt?.getTime() ?? 0).sort((a, b) => b - a));
    expect(mainStudios()).toHaveLength(2);
  });

  it('rejects a token that does not decode', async () => {
    expect(await failure(nb().send(new ListStudiosCommand({ nextToken: 'garbage!' })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });
});

describe('Nimble streaming sessions', () => {
  it('walks each studio: the seeded sessions in order, 20 a page, newest first', async () => {
    for (const n of [0, 1]) {
      const { items, pages } = await listSessions({ studioId: studioId(n) });
      expect(items).toEqual(emulator.data.nimble.streamingSessions(studioId(n)));
      expect(new Set(items.map((s) => s.sessionId)).size).toBe(items.length);
      expect(pages.length).toBeGreaterThan(2);
      expect(pages.slice(0, -1).every((p) => p === 20)).toBe(true);
      const created = items.map((s) => s.createdAt?.getTime() ?? 0);
      expect(created).toEqual([...created].sort((a, b) => b - a));
    }
  });

  it('filters createdBy and ownedBy page by page, scan-then-filter (empty pages keep their token)', async () => {
    const all = emulator.data.nimble.streamingSessions(studioId());
    const unfilteredPages = Math.ceil(all.length / 20);
    let sawEmptyPage = false;
    for (const user of emulator.data.nimble.users(studioId())) {
      for (const [input, keep] of [
        [{ createdBy: user }, (s: StreamingSession) => s.createdBy === user],
        [{ ownedBy: user }, (s: StreamingSession) => s.ownedBy === user],
        [{ createdBy: user, ownedBy: user }, (s: StreamingSession) => s.createdBy === user && s.ownedBy === user],
      ] as const) {
        const { items, pages } = await listSessions({ studioId: studioId(), ...input });
        expect(items).toEqual(all.filter(keep));
        expect(pages).toHaveLength(unfilteredPages);
        sawEmptyPage ||= pages.slice(0, -1).includes(0);
      }
    }
    expect(sawEmptyPage).toBe(true);
  });

  it('looks sessionIds up directly, newest first, paged over the matches', async () => {
    const all = emulator.data.nimble.streamingSessions(studioId());
    const wanted = [all[30], all[2], ...all.slice(40, 63)].map((s) => s?.sessionId as string);
    const foreign = emulator.data.nimble.streamingSessions(studioId(1))[0]?.sessionId;
    const { items, pages } = await listSessions({ studioId: studioId(), sessionIds: [...wanted, foreign, 'session-doesnotexist0'].join(',') });
    expect(pages).toEqual([20, 5]);
    expect(items).toEqual(all.filter((s) => wanted.includes(s.sessionId as string)));
  });

  it('gets a session whose launch profile and image exist in its studio', async () => {
    const session = emulator.data.nimble.streamingSessions(studioId(1))[5] as StreamingSession;
    const got = await nb().send(new GetStreamingSessionCommand({ studioId: studioId(1), sessionId: session.sessionId }));
    expect(got.session).toEqual(session);
    const profile = await nb().send(new GetLaunchProfileCommand({ studioId: studioId(1), launchProfileId: session.launchProfileId }));
    expect(profile.launchProfile?.streamConfiguration?.ec2InstanceTypes).toContain(session.ec2InstanceType);
    const image = await nb().send(new GetStreamingImageCommand({ studioId: studioId(1), streamingImageId: session.streamingImageId }));
    expect(image.streamingImage?.state).toBe('READY');
  });

  it('stops a READY session (STOP_IN_PROGRESS) and refuses one that is not running', async () => {
    const all = emulator.data.nimble.streamingSessions(studioId());
    const ready = all.find((s) => s.state === 'READY' && s.sessionPersistenceMode === 'ACTIVATED') as StreamingSession;
    const stopped = await nb().send(new StopStreamingSessionCommand({ studioId: studioId(), sessionId: ready.sessionId, volumeRetentionMode: 'DELETE' }));
    expect(stopped.session).toMatchObject({ state: 'STOP_IN_PROGRESS', statusCode: 'STREAMING_SESSION_STOP_IN_PROGRESS', volumeRetentionMode: 'DELETE' });
    expect(stopped.session?.updatedAt?.getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 1));
    const got = await nb().send(new GetStreamingSessionCommand({ studioId: studioId(), sessionId: ready.sessionId }));
    expect(got.session?.state).toBe('STOP_IN_PROGRESS');
    const failed = all.find((s) => s.state === 'CREATE_FAILED') as StreamingSession;
    expect(await failure(nb().send(new StopStreamingSessionCommand({ studioId: studioId(), sessionId: failed.sessionId })))).toMatchObject({ name: 'ConflictException', status: 409 });
    expect(await failure(nb().send(new StopStreamingSessionCommand({ studioId: studioId(), sessionId: ready.sessionId, volumeRetentionMode: 'KEEP' as never })))).toMatchObject({ name: 'ValidationException', status: 400 });
  });

  it('answers unknown studios and sessions with ResourceNotFoundException and a detailed code', async () => {
    const noStudio = await failure(nb().send(new ListStreamingSessionsCommand({ studioId: 'stid-doesnotexist00' })));
    expect(noStudio).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(noStudio.error.code).toBe('STUDIO_NOT_FOUND');
    const foreign = emulator.data.nimble.streamingSessions(studioId(1))[0]?.sessionId;
    const noSession = await failure(nb().send(new GetStreamingSessionCommand({ studioId: studioId(), sessionId: foreign })));
    expect(noSession).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(noSession.error.code).toBe('STREAMING_SESSION_NOT_FOUND');
    expect(noSession.error.context).toEqual({ sessionId: foreign });
    expect(await failure(nb().send(new GetStreamingSessionCommand({ studioId: 'st id/1', sessionId: 'x' })))).toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('lists nothing for a studio without sessions, and rejects tokens of another list', async () => {
    const bare = emulator.data.nimble.studios.find((s) => emulator.data.nimble.launchProfiles(s.studioId as string).length === 0);
    expect((await listSessions({ studioId: bare?.studioId })).items).toEqual([]);
    const page = await nb().send(new ListStreamingSessionsCommand({ studioId: studioId() }));
    expect(await failure(nb().send(new ListStreamingSessionsCommand({ studioId: studioId(1), nextToken: page.nextToken })))).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(await failure(nb().send(new ListStreamingSessionsCommand({ studioId: studioId(), ownedBy: 'x', nextToken: page.nextToken })))).toMatchObject({ name: 'ValidationException' });
  });
});

describe('Nimble launch profiles and images', () => {
  it('pages launch profiles by maxResults (1..100) and rejects values outside', async () => {
    const { items, pages } = await walk(async (nextToken) => {
      const r = await nb().send(new ListLaunchProfilesCommand({ studioId: studioId(), maxResults: 3, nextToken }));
      return { items: r.launchProfiles, nextToken: r.nextToken };
    });
    const all = emulator.data.nimble.launchProfiles(studioId());
    expect(items).toEqual(all);
    expect(pages).toEqual([3, 3, all.length - 6]);
    expect((await nb().send(new ListLaunchProfilesCommand({ studioId: studioId(), maxResults: 100 }))).launchProfiles).toEqual(all);
    for (const maxResults of [0, 101]) {
      expect(await failure(nb().send(new ListLaunchProfilesCommand({ studioId: studioId(), maxResults })))).toMatchObject({ name: 'ValidationException', status: 400 });
    }
  });

  it('filters launch profiles by states and principalId', async () => {
    const all = emulator.data.nimble.launchProfiles(studioId());
    const byState = await nb().send(new ListLaunchProfilesCommand({ studioId: studioId(), states: ['READY', 'CREATE_FAILED'] }));
    expect(byState.launchProfiles).toEqual(all.filter((p) => p.state === 'READY' || p.state === 'CREATE_FAILED'));
    const user = emulator.data.nimble.users(studioId())[3] as string;
    const byUser = await nb().send(new ListLaunchProfilesCommand({ studioId: studioId(), principalId: user }));
    expect(byUser.launchProfiles?.length).toBeGreaterThan(0);
    expect(byUser.launchProfiles?.length).toBeLessThan(all.length);
    expect(await failure(nb().send(new ListLaunchProfilesCommand({ studioId: studioId(), states: ['SLEEPING' as never] })))).toMatchObject({ name: 'ValidationException' });
  });

  it('gets launch profiles and streaming images, and 404s unknown ones with codes', async () => {
    const profile = emulator.data.nimble.launchProfiles(studioId(1))[0];
    expect((await nb().send(new GetLaunchProfileCommand({ studioId: studioId(1), launchProfileId: profile?.launchProfileId }))).launchProfile).toEqual(profile);
    const image = emulator.data.nimble.streamingImages(studioId(1))[4];
    expect((await nb().send(new GetStreamingImageCommand({ studioId: studioId(1), streamingImageId: image?.streamingImageId }))).streamingImage).toEqual(image);
    const lp = await failure(nb().send(new GetLaunchProfileCommand({ studioId: studioId(), launchProfileId: profile?.launchProfileId })));
    expect(lp).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect(lp.error.code).toBe('LAUNCH_PROFILE_NOT_FOUND');
    const img = await failure(nb().send(new GetStreamingImageCommand({ studioId: studioId(), streamingImageId: 'sti-nope' })));
    expect(img.error.code).toBe('STREAMING_IMAGE_NOT_FOUND');
  });
});
