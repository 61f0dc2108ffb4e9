// Nimble Studio operations: studios, launch profiles, streaming images and streaming sessions.
import type { LaunchProfileState, StreamingSession, Studio } from '@aws-sdk/client-nimble';
import { errors } from './errors.js';
import { ServiceError } from '../../errors.js';
import { arraySource, fingerprint, pageOf } from '../../paging.js';
import type { Params } from '../../params.js';
import type { StudioContent } from './seed.js';
import { stopStreaming } from './life.js';
import type { Located } from '../../seed/sessionTable.js';
import type { CallContext, Operation } from '../service.js';
import type { NimbleSeed } from './seed.js';

const PROFILE_STATES: readonly LaunchProfileState[] = ['CREATE_IN_PROGRESS', 'READY', 'UPDATE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'DELETED', 'DELETE_FAILED', 'CREATE_FAILED', 'UPDATE_FAILED'];
const NO_CONTENT: StudioContent = { launchProfiles: [], images: [], users: [], members: new Map() };

function studio(params: Params, ctx: Ctx): Studio {
  const studioId = params.required('studioId');
  const found = ctx.data.studios.find((s) => s.studioId === studioId);
  if (!found) throw errors.notFound(`Studio ${studioId} was not found.`, 'STUDIO', { studioId });
  return found;
}

const content = (ctx: Ctx, found: Studio) => ctx.data.content.get(found.studioId as string) ?? NO_CONTENT;

function streamingSession(params: Params, ctx: Ctx): Located<StreamingSession> {
  const studioId = studio(params, ctx).studioId;
  const sessionId = params.required('sessionId');
  const found = ctx.data.sessions.find(sessionId);
  if (!found || found.scope !== studioId) {
    throw errors.notFound(`Streaming session ${sessionId} was not found.`, 'STREAMING_SESSION', { sessionId });
  }
  return found;
}

type Ctx = CallContext<NimbleSeed>;

export const operations: Record<string, Operation<NimbleSeed>> = {
  ListStudios(params, ctx) {
    const request = { token: params.string('nextToken'), print: fingerprint('ListStudios', []), size: ctx.pageSize('ListStudios'), invalid: errors.invalid };
    const page = pageOf(arraySource(ctx.data.studios), request);
    return { studios: page.items, nextToken: page.nextToken };
  },
  ListStreamingSessions(params, ctx) {
    const studioId = studio(params, ctx).studioId as string;
    const [createdBy, ownedBy, sessionIds] = [params.string('createdBy'), params.string('ownedBy'), params.string('sessionIds')];
    const request = {
      token: params.string('nextToken'),
      print: fingerprint('ListStreamingSessions', [studioId, createdBy, ownedBy, sessionIds]),
      size: ctx.pageSize('ListStreamingSessions'),
      invalid: errors.invalid,
    };
    const match = (s: StreamingSession) => (createdBy === undefined || s.createdBy === createdBy) && (ownedBy === undefined || s.ownedBy === ownedBy);
    const table = ctx.data.sessions;
    if (sessionIds === undefined) {
      // AWS scans a page-sized window and filters it, so a filtered page may come back empty
      // with a nextToken still set.
      const page = pageOf(table.source(studioId), request, 'window', match);
      return { sessions: page.items, nextToken: page.nextToken };
    }
    const wanted = new Set(sessionIds.split(',').map((id) => id.trim()).filter(Boolean));
    const found = [...wanted].map((id) => table.find(id)).filter((s): s is Located<StreamingSession> => s?.scope === studioId);
    found.sort((a, b) => a.index - b.index);
    const page = pageOf(arraySource(found.map((s) => s.session)), request, 'fill', match);
    return { sessions: page.items, nextToken: page.nextToken };
  },
  GetStreamingSession(params, ctx) {
    return { session: streamingSession(params, ctx).session };
  },
  StopStreamingSession(params, ctx) {
    const found = streamingSession(params, ctx);
    const retention = params.oneOf('volumeRetentionMode', ['RETAIN', 'DELETE'] as const);
    const { session } = found;
    if (session.state === 'STOP_IN_PROGRESS' || session.state === 'STOPPED') return { session };
    if (session.state !== 'READY') {
      throw new ServiceError('ConflictException', 409, `Streaming session ${session.sessionId} is ${session.state}; only a READY session can be stopped.`, {
        code: 'STREAMING_SESSION_NOT_READY',
        context: { sessionId: session.sessionId as string, state: session.state as string },
      });
    }
    const stopping = stopStreaming(session, ctx.now().getTime(), retention);
    ctx.data.sessions.replace(found, stopping);
    return { session: stopping.base };
  },
  ListLaunchProfiles(params, ctx) {
    const found = studio(params, ctx);
    const size = params.int('maxResults', 1, 100) ?? ctx.pageSize('ListLaunchProfiles');
    const principalId = params.string('principalId');
    const states = params.list('states');
    const unknown = states?.find((s) => !(PROFILE_STATES as readonly string[]).includes(s));
    if (unknown !== undefined) throw errors.invalid(`states must be values of ${PROFILE_STATES.join(', ')}; got ${unknown}.`);
    const { launchProfiles, members } = content(ctx, found);
    const print = fingerprint('ListLaunchProfiles', [found.studioId, principalId, states]);
    const page = pageOf(arraySource(launchProfiles), { token: params.string('nextToken'), print, size, invalid: errors.invalid }, 'fill', (profile) =>
      (states === undefined || states.includes(profile.state as string)) &&
      (principalId === undefined || (members.get(profile.launchProfileId as string) ?? []).includes(principalId)),
    );
    return { launchProfiles: page.items, nextToken: page.nextToken };
  },
  GetLaunchProfile(params, ctx) {
    const id = params.required('launchProfileId');
    const launchProfile = content(ctx, studio(params, ctx)).launchProfiles.find((p) => p.launchProfileId === id);
    if (!launchProfile) throw errors.notFound(`Launch profile ${id} was not found.`, 'LAUNCH_PROFILE', { launchProfileId: id });
    return { launchProfile };
  },
  GetStreamingImage(params, ctx) {
    const id = params.required('streamingImageId');
    const streamingImage = content(ctx, studio(params, ctx)).images.find((i) => i.streamingImageId === id);
    if (!streamingImage) throw errors.notFound(`Streaming image ${id} was not found.`, 'STREAMING_IMAGE', { streamingImageId: id });
    return { streamingImage };
  },
};
