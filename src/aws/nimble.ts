import {
  GetLaunchProfileCommand,
  GetStreamingImageCommand,
  ListLaunchProfilesCommand,
  ListStreamingSessionsCommand,
  ListStudiosCommand,
  type LaunchProfile,
  type NimbleClient,
  type StreamingImage,
  type StreamingSession,
  type Studio,
} from '@aws-sdk/client-nimble';
import { call } from './errors.js';
import { required, type Page } from './page.js';

// Nimble records do not name their studio, so the AWS layer adds it: it is needed to address
// them again (global IDs, navigation).
export type NimbleStudioRecord = Studio & { studioId: string };
export type StreamingSessionRecord = StreamingSession & { kind: 'STREAMING'; studioId: string; sessionId: string };
export type LaunchProfileRecord = LaunchProfile & { studioId: string; launchProfileId: string };
export type StreamingImageRecord = StreamingImage & { studioId: string; streamingImageId: string };

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

export async function listStreamingSessions(
  client: NimbleClient,
  input: StreamingSessionFilter & { studioId: string; nextToken?: string | undefined },
): Promise<Page<StreamingSessionRecord>> {
  const { sessionIds, ...rest } = input;
  // The API takes the IDs as one comma-separated string.
  const request = { ...rest, ...(sessionIds ? { sessionIds: sessionIds.join(',') } : {}) };
  const out = await call('nimble', 'ListStreamingSessions', () =>
    client.send(new ListStreamingSessionsCommand(request)),
  );
  return { items: (out.sessions ?? []).map(session(input.studioId)), nextToken: out.nextToken };
}

export async function listStudios(client: NimbleClient, nextToken?: string): Promise<Page<NimbleStudioRecord>> {
  const out = await call('nimble', 'ListStudios', () => client.send(new ListStudiosCommand({ nextToken })));
  const items = (out.studios ?? []).map((s) => ({ ...s, studioId: required('nimble', 'a studio', s.studioId) }));
  return { items, nextToken: out.nextToken };
}

const launchProfile = (studioId: string) => (p: LaunchProfile): LaunchProfileRecord => ({
  ...p,
  studioId,
  launchProfileId: required('nimble', 'a launch profile', p.launchProfileId),
});

export async function listLaunchProfiles(
  client: NimbleClient,
  studioId: string,
  nextToken?: string,
): Promise<Page<LaunchProfileRecord>> {
  const out = await call('nimble', 'ListLaunchProfiles', () =>
    client.send(new ListLaunchProfilesCommand({ studioId, nextToken, maxResults: 100 })),
  );
  return { items: (out.launchProfiles ?? []).map(launchProfile(studioId)), nextToken: out.nextToken };
}

export async function getLaunchProfile(client: NimbleClient, studioId: string, launchProfileId: string) {
  const out = await call('nimble', 'GetLaunchProfile', () =>
    client.send(new GetLaunchProfileCommand({ studioId, launchProfileId })),
  );
  return out.launchProfile ? launchProfile(studioId)(out.launchProfile) : null;
}

export async function getStreamingImage(client: NimbleClient, studioId: string, streamingImageId: string) {
  const out = await call('nimble', 'GetStreamingImage', () =>
    client.send(new GetStreamingImageCommand({ studioId, streamingImageId })),
  );
  const image = out.streamingImage;
  return image
    ? { ...image, studioId, streamingImageId: required('nimble', 'a streaming image', image.streamingImageId) }
    : null;
}
