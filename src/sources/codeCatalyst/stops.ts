import type { Access } from '../../auth/access.js';
import { isNotFound, mayStop, notFound } from '../../loaders/stops.js';
import { enabled } from '../../loaders/util.js';
import { getDevEnvironment, stopDevEnvironmentSession, type CodeCatalystSource, type DevEnvironmentKey } from './calls.js';

export function createCodeCatalystStops(client: CodeCatalystSource | undefined, access: Access) {
  return {
    /**
     * CodeCatalyst keeps no record of closed sessions: a session that is not open in an existing
     * Dev Environment has ended, so stopping it succeeds (there is nothing left to return).
     */
    async stopDevEnvironmentSession(key: DevEnvironmentKey & { sessionId: string }): Promise<null> {
      mayStop(access, 'codeCatalyst', key.spaceName);
      const codeCatalyst = enabled('codeCatalyst', client).at();
      try {
        await stopDevEnvironmentSession(codeCatalyst, key);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        const environment = await getDevEnvironment(codeCatalyst, key).catch((e: unknown) => (isNotFound(e) ? null : Promise.reject(e)));
        if (!environment) throw notFound('Dev Environment session');
      }
      return null;
    },
  };
}
