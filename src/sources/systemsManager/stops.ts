import type { Access } from '../../auth/access.js';
import { foundOr, mayStop } from '../../loaders/stops.js';
import { enabled } from '../../loaders/util.js';
import { placedScope } from '../../aws/places.js';
import { terminateSession, type SystemsManagerPlaces } from './calls.js';

export function createSystemsManagerStops(client: SystemsManagerPlaces | undefined, access: Access) {
  return {
    /** TerminateSession; AWS accepts it again for a session already ending or ended. */
    async terminateSession(key: { account: string; region: string; sessionId: string }): Promise<void> {
      mayStop(access, 'systemsManager', placedScope(key.account, key.region));
      await foundOr('Session Manager session', terminateSession(enabled('systemsManager', client).at(key), key));
    },
  };
}
