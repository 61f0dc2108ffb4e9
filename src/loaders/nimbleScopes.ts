import * as nimble from '../aws/nimble.js';
import { listAll } from '../aws/page.js';
import type { Discovery } from '../scopes/discovery.js';
import { dedupeLoader, enabled, nullIfNotFound } from './util.js';

export type { LaunchProfileRecord, NimbleStudioRecord, StreamingImageRecord } from '../aws/nimble.js';

export interface LaunchProfileKey {
  studioId: string;
  launchProfileId: string;
}

export interface StreamingImageKey {
  studioId: string;
  streamingImageId: string;
}

export function createNimbleScopeLoaders(client: nimble.Nimble | undefined, discovery: Discovery) {
  const use = () => enabled('nimble', client);

  const launchProfile = dedupeLoader((key: LaunchProfileKey) =>
    nullIfNotFound(nimble.getLaunchProfile(use(), key.studioId, key.launchProfileId)),
  );

  return {
    // The gateway has no GetStudio: studios are known through discovery (one ListStudios walk,
    // cached across requests), so a studio the gateway does not know is null.
    studio: dedupeLoader(async (studioId: string) =>
      (await discovery.get('nimbleStudios')).find((s) => s.studioId === studioId) ?? null,
    ),
    launchProfile,
    // A studio's whole list: every profile in it is then free to look up by ID.
    launchProfiles: dedupeLoader(async (studioId: string) => {
      const profiles = await listAll('nimble', (token) => nimble.listLaunchProfiles(use(), studioId, token));
      for (const p of profiles) launchProfile.prime({ studioId, launchProfileId: p.launchProfileId }, p);
      return profiles;
    }),
    streamingImage: dedupeLoader((key: StreamingImageKey) =>
      nullIfNotFound(nimble.getStreamingImage(use(), key.studioId, key.streamingImageId)),
    ),
  };
}
