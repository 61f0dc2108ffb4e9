// Nimble Studio's scopes: studios, listed in every account and region and stamped with the place
// they were listed in (studioPlace.ts reads it back).
import type { NimbleClient } from '@aws-sdk/client-nimble';
import { listAll } from '../../aws/page.js';
import { scopeList } from '../scopes.js';
import { listStudios, type NimbleStudioRecord } from './calls.js';
import { pinnedStudios, STUDIO_PIN, studioArnPlace } from './studioPins.js';

declare module '../scopes.js' {
  interface Scopes {
    nimbleStudios: NimbleStudioRecord[];
  }
}

export const nimbleScopes = {
  nimbleStudios: scopeList<NimbleClient, NimbleStudioRecord[]>({
    source: 'nimble',
    pin: {
      variable: 'NIMBLE_STUDIO_IDS',
      pattern: STUDIO_PIN,
      what: 'studio IDs or studio ARNs (arn:aws:nimble:<region>:<account>:studio/<studio ID>)',
      regionOf: (pin) => studioArnPlace(pin)?.region,
    },
    async discover(nimble, place, pinned, home) {
      if (pinned) return pinnedStudios(pinned, place, home, await nimble.places());
      return (await listAll('nimble', (token) => listStudios(nimble.at(place), token))).map((studio) => ({ ...studio, place }));
    },
    visible: (studios, access) => studios.filter((s) => access.allows('nimble', s.studioId)),
    empty: [],
  }),
};
