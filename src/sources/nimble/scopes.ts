// Nimble Studio's scopes: studios, listed in every account and region and stamped with the place
// they were listed in (studioPlace.ts reads it back).
import type { NimbleClient } from '@aws-sdk/client-nimble';
import { listAll } from '../../aws/page.js';
import { scopeList } from '../scopes.js';
import { listStudios, type NimbleStudioRecord } from './calls.js';

declare module '../scopes.js' {
  interface Scopes {
    nimbleStudios: NimbleStudioRecord[];
  }
}

export const nimbleScopes = {
  nimbleStudios: scopeList<NimbleClient, NimbleStudioRecord[]>({
    source: 'nimble',
    pin: { variable: 'NIMBLE_STUDIO_IDS' },
    async discover(nimble, place, pinned, home) {
      // There is no GetStudio in the gateway's operations: a pinned studio is known by its ID alone.
      if (pinned) return home ? pinned.map((studioId) => ({ studioId })) : [];
      return (await listAll('nimble', (token) => listStudios(nimble.at(place), token))).map((studio) => ({ ...studio, place }));
    },
    visible: (studios, access) => studios.filter((s) => access.allows('nimble', s.studioId)),
    empty: [],
  }),
};
