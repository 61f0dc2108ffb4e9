import type { Access } from '../../auth/access.js';
import { foundOr, mayStop } from '../../loaders/stops.js';
import { enabled } from '../../loaders/util.js';
import { terminateSession, type SystemsManager } from './calls.js';

export function createSystemsManagerStops(client: SystemsManager | undefined, access: Access) {
  return {
    /** TerminateSession; AWS accepts it again for a session already ending or ended. */
    async terminateSession(key: { region: string; sessionId: string }): Promise<void> {
      mayStop(access, 'systemsManager', key.region);
      await foundOr('Session Manager session', terminateSession(enabled('systemsManager', client), key));
    },
  };
}
