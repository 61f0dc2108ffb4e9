// Nimble Studio is regional and per account, and its studio IDs are unique across both: a studio
// ID alone names where its sessions, launch profiles and images are, so IDs and policy scopes keep
// naming studios only. Discovery stamps each studio with the place it was listed in.
import type { Discovery } from '../../scopes/discovery.js';
import { enabled } from '../../loaders/util.js';
import type { Nimble, NimbleSource } from './calls.js';

/** The client of a studio's place: the home place when only one is read or the studio is not discovered (a pinned one). */
export function studioClient(client: NimbleSource | undefined, discovery: Discovery): (studioId: string) => Promise<Nimble> {
  return async (studioId) => {
    const nimble = enabled('nimble', client);
    if ((await nimble.places()).length === 1) return nimble.at();
    const studio = (await discovery.get('nimbleStudios')).find((s) => s.studioId === studioId);
    return nimble.at(studio?.place);
  };
}
