// Nimble Studio (restJson1 under /2020-08-01/, SigV4 `nimble`): studios, launch profiles,
// streaming images and streaming sessions.
import type { LaunchProfile, StreamingImage, StreamingSession, Studio } from '@aws-sdk/client-nimble';
import { ControlError } from '../../errors.js';
import { MINUTE } from '../../seed/time.js';
import { defineService, sessionKind } from '../service.js';
import { errors } from './errors.js';
import { readyStreaming, stopStreaming, streamingPlan } from './life.js';
import { operations } from './operations.js';
import { seedNimble, type NimbleSeed } from './seed.js';

/** `emulator.data.nimble`. */
export interface NimbleView {
  readonly studios: readonly Studio[];
  launchProfiles(studioId: string): LaunchProfile[];
  streamingImages(studioId: string): StreamingImage[];
  streamingSessions(studioId: string): StreamingSession[];
  /** Identity Store user ids that create and own the studio's sessions. */
  users(studioId: string): string[];
}

const V = '2020-08-01';

export const nimble = defineService({
  name: 'nimble',
  title: 'Nimble Studio',
  protocol: {
    kind: 'restJson',
    version: V,
    routes: [
      { method: 'GET', path: `/${V}/studios`, operation: 'ListStudios' },
      { method: 'GET', path: `/${V}/studios/{studioId}/streaming-sessions`, operation: 'ListStreamingSessions' },
      { method: 'GET', path: `/${V}/studios/{studioId}/streaming-sessions/{sessionId}`, operation: 'GetStreamingSession' },
      { method: 'POST', path: `/${V}/studios/{studioId}/streaming-sessions/{sessionId}/stop`, operation: 'StopStreamingSession' },
      { method: 'GET', path: `/${V}/studios/{studioId}/launch-profiles`, operation: 'ListLaunchProfiles' },
      { method: 'GET', path: `/${V}/studios/{studioId}/launch-profiles/{launchProfileId}`, operation: 'GetLaunchProfile' },
      { method: 'GET', path: `/${V}/studios/{studioId}/streaming-images/{streamingImageId}`, operation: 'GetStreamingImage' },
    ],
  },
  auth: { scheme: 'sigv4', signingName: 'nimble', frontEnd: 'apiGateway' },
  regions: 'regional',
  errors,
  pageSizes: { ListStudios: 10, ListStreamingSessions: 20, ListLaunchProfiles: 10 },
  operations,
  seed: ({ seed, sessionsPerKind, world, place }) => seedNimble(seed, sessionsPerKind, world, place),
  view: (data): NimbleView => {
    const content = (studioId: string) => data.content.get(studioId);
    return {
      studios: data.studios,
      launchProfiles: (studioId) => [...(content(studioId)?.launchProfiles ?? [])],
      streamingImages: (studioId) => [...(content(studioId)?.images ?? [])],
      streamingSessions: (studioId) => data.sessions.list(studioId),
      users: (studioId) => [...(content(studioId)?.users ?? [])],
    };
  },
  kinds: {
    streaming: sessionKind<NimbleSeed, StreamingSession>({
      table: (data) => data.sessions,
      id: (s) => s.sessionId as string,
      ended: (s) => !['CREATE_IN_PROGRESS', 'START_IN_PROGRESS', 'STOPPED', 'READY'].includes(s.state ?? ''),
      plan: streamingPlan,
      start: (s, t) => {
        if (s.state === 'READY') return undefined;
        const maxLength = s.stopAt && s.startedAt ? s.stopAt.getTime() - s.startedAt.getTime() : 690 * MINUTE;
        return readyStreaming(s, t, maxLength);
      },
      stop: (s, t) => {
        if (s.state === 'STOP_IN_PROGRESS' || s.state === 'STOPPED') return undefined;
        if (s.state !== 'READY') throw new ControlError(409, `Streaming session ${s.sessionId} is ${s.state}; only a READY session can be stopped.`);
        return stopStreaming(s, t);
      },
    }),
  },
});
