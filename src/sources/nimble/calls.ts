import {
  GetLaunchProfileCommand,
  GetStreamingImageCommand,
  ListLaunchProfilesCommand,
  ListStreamingSessionsCommand,
  ListStudiosCommand,
  StopStreamingSessionCommand,
  type LaunchProfile,
  type NimbleClient,
  type StreamingImage,
  type StreamingSession,
  type Studio,
} from '@aws-sdk/client-nimble';
import { items, required, type Page } from '../../aws/page.js';
import { randomUUID } from 'node:crypto';
import type { Place } from '../../aws/places.js';
import type { PlacedClient, SourceClient } from '../../aws/sourceClient.js';
import { oncePerChange } from '../../aws/writes.js';

export type Nimble = PlacedClient<NimbleClient>;
export type NimbleSource = SourceClient<NimbleClient>;
// Nimble records do not name their studio, so the AWS layer adds it: it is needed to address
// them again (global IDs, navigation).
/** `place`: where discovery listed it, or where its pinned ARN says it is (see studioPlace.ts); none for a studio pinned by ID. */
export type NimbleStudioRecord = Studio & { studioId: string; place?: Place };
export type StreamingSessionRecord = StreamingSession & { kind: 'STREAMING'; studioId: string; sessionId: string };
export type LaunchProfileRecord = LaunchProfile & { studioId: string; launchProfileId: string };
export type StreamingImageRecord = StreamingImage & { studioId: string; streamingImageId: string };

const list = <T>(what: string, value: T[] | undefined) => items('nimble', what, value);

const session = (studioId: string) => (s: StreamingSession): StreamingSessionRecord => ({
  ...s,
  kind: 'STREAMING',
  studioId,
  sessionId: required('nimble', 'a streaming session', s.sessionId),
});

export interface StreamingSessionFilter {
  createdBy?: string | undefined;
  ownedBy?: string | undefined;
  sessionIds?: readonly string[] | undefined;
}

export function listStreamingSessions(
  nimble: Nimble,
  input: StreamingSessionFilter & { studioId: string; nextToken?: string | undefined },
): Promise<Page<StreamingSessionRecord>> {
  const { sessionIds, ...rest } = input;
  // The API takes the IDs as one comma-separated string.
  const request = { ...rest, ...(sessionIds ? { sessionIds: sessionIds.join(',') } : {}) };
  return nimble.read('ListStreamingSessions', request, async (client, options) => {
    const out = await client.send(new ListStreamingSessionsCommand(request), options);
    return { items: list('streaming sessions', out.sessions).map(session(input.studioId)), nextToken: out.nextToken };
  });
}

export function listStudios(nimble: Nimble, nextToken?: string): Promise<Page<NimbleStudioRecord>> {
  return nimble.read('ListStudios', { nextToken }, async (client, options) => {
    const out = await client.send(new ListStudiosCommand({ nextToken }), options);
    const studios = list('studios', out.studios).map((s) => ({ ...s, studioId: required('nimble', 'a studio', s.studioId) }));
    return { items: studios, nextToken: out.nextToken };
  });
}

const launchProfile = (studioId: string) => (p: LaunchProfile): LaunchProfileRecord => ({
  ...p,
  studioId,
  launchProfileId: required('nimble', 'a launch profile', p.launchProfileId),
});

export function listLaunchProfiles(nimble: Nimble, studioId: string, nextToken?: string): Promise<Page<LaunchProfileRecord>> {
  const input = { studioId, nextToken, maxResults: 100 };
  return nimble.read('ListLaunchProfiles', input, async (client, options) => {
    const out = await client.send(new ListLaunchProfilesCommand(input), options);
    return { items: list('launch profiles', out.launchProfiles).map(launchProfile(studioId)), nextToken: out.nextToken };
  });
}

export function getLaunchProfile(nimble: Nimble, studioId: string, launchProfileId: string) {
  const input = { studioId, launchProfileId };
  return nimble.read('GetLaunchProfile', input, async (client, options) => {
    const out = await client.send(new GetLaunchProfileCommand(input), options);
    return out.launchProfile ? launchProfile(studioId)(out.launchProfile) : null;
  });
}

export function getStreamingImage(nimble: Nimble, studioId: string, streamingImageId: string) {
  const input = { studioId, streamingImageId };
  return nimble.read('GetStreamingImage', input, async (client, options) => {
    const out = await client.send(new GetStreamingImageCommand(input), options);
    const image = out.streamingImage;
    return image
      ? { ...image, studioId, streamingImageId: required('nimble', 'a streaming image', image.streamingImageId) }
      : null;
  });
}

/**
 * StopStreamingSession: the session right after (STOP_IN_PROGRESS, or unchanged when already
 * stopping or stopped). The client token makes AWS answer a throttled-then-retried attempt once.
 */
export function stopStreamingSession(nimble: Nimble, key: { studioId: string; sessionId: string }): Promise<StreamingSessionRecord> {
  return nimble.write('StopStreamingSession', key, async (client, options) => {
    const out = await client.send(oncePerChange(new StopStreamingSessionCommand({ ...key, clientToken: randomUUID() })), options);
    return session(key.studioId)(out.session ?? {});
  });
}
