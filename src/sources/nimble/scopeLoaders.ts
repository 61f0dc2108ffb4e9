import * as nimble from './calls.js';
import { listAll } from '../../aws/page.js';
import type { Discovery } from '../../scopes/discovery.js';
import type { Access } from '../../auth/access.js';
import { dedupeLoader, forbidden, nullIfNotFound } from '../../loaders/util.js';
import { studioClient } from './studioPlace.js';

export type { LaunchProfileRecord, NimbleStudioRecord, StreamingImageRecord } from './calls.js';

export interface LaunchProfileKey {
  studioId: string;
  launchProfileId: string;
}

export interface StreamingImageKey {
  studioId: string;
  streamingImageId: string;
}

export function createNimbleScopeLoaders(client: nimble.NimbleSource | undefined, discovery: Discovery, access: Access) {
  const at = studioClient(client, discovery);
  // What belongs to a studio the caller may not see does not exist for it.
  const visible = (studioId: string) => access.allows('nimble', studioId);

  const launchProfile = dedupeLoader(async (key: LaunchProfileKey) =>
    visible(key.studioId) ? nullIfNotFound(nimble.getLaunchProfile(await at(key.studioId), key.studioId, key.launchProfileId)) : null,
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
      if (!visible(studioId)) throw forbidden('nimble');
      const studio = await at(studioId);
      const profiles = await listAll('nimble', (token) => nimble.listLaunchProfiles(studio, studioId, token));
      for (const p of profiles) launchProfile.prime({ studioId, launchProfileId: p.launchProfileId }, p);
      return profiles;
    }),
    streamingImage: dedupeLoader(async (key: StreamingImageKey) =>
      visible(key.studioId) ? nullIfNotFound(nimble.getStreamingImage(await at(key.studioId), key.studioId, key.streamingImageId)) : null,
    ),
  };
}
