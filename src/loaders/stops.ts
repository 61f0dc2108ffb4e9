// Stopping sessions, for one request: the policy first (FORBIDDEN unless a rule with `stop` grants
// the scope; nothing is called), then one Stop call, never cached nor retried blindly (see
// aws/writes.ts). Stopping a session that is already stopping or has ended succeeds and
// returns it as it is (idempotent), as the Stop APIs do themselves.
import type { SourceClients } from '../aws/clients.js';
import * as cc from '../sources/codeCatalyst/calls.js';
import * as df from '../sources/deviceFarm/calls.js';
import * as nimble from '../sources/nimble/calls.js';
import { deviceFarmScopeOf, type Access } from '../auth/access.js';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { GatewayError } from '../errors.js';
import { enabled } from './util.js';

const notAllowed = (source: Source) =>
  new GatewayError('FORBIDDEN', `Your identity may not stop ${SOURCE_LABEL[source]} sessions in this scope; ask for a rule with "stop": true in the gateway's access policy.`, { source });

const notFound = (what: string) => new GatewayError('NOT_FOUND', `There is no ${what} with this ID (or it is gone); list the sessions again for current IDs.`);

/** An upstream not-found as the mutation's NOT_FOUND; anything else unchanged. */
async function foundOr<T>(what: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND') {
      throw new GatewayError('NOT_FOUND', notFound(what).message, error.details);
    }
    throw error;
  }
}

const isConflict = (error: unknown) => error instanceof GatewayError && error.details.awsError === 'ConflictException';

export function createStops(clients: SourceClients, access: Access) {
  const allow = (source: Source, scope: string | null) => {
    if (scope === null || !access.mayStop(source, scope)) throw notAllowed(source);
  };
  return {
    remoteAccessSession(arn: string): Promise<df.RemoteAccessSessionRecord> {
      allow('deviceFarm', deviceFarmScopeOf(arn));
      return foundOr('remote access session', df.stopRemoteAccessSession(enabled('deviceFarm', clients.deviceFarm), arn));
    },

    async streamingSession(key: { studioId: string; sessionId: string }): Promise<nimble.StreamingSessionRecord> {
      allow('nimble', key.studioId);
      const client = enabled('nimble', clients.nimble);
      try {
        return await foundOr('streaming session', nimble.stopStreamingSession(client, key));
      } catch (error) {
        // Nimble refuses to stop a session that is not READY (409). One that has ended (or is
        // stopping) is answered as it is; one still starting keeps the error, which says why.
        if (!isConflict(error)) throw error;
        const [now] = (await nimble.listStreamingSessions(client, { studioId: key.studioId, sessionIds: [key.sessionId] })).items;
        if (!now) throw notFound('streaming session');
        if (!STOPPABLE_LATER.has(now.state ?? '')) return now;
        throw error;
      }
    },

    /**
     * CodeCatalyst keeps no record of closed sessions: a session that is not open in an existing
     * Dev Environment has ended, so stopping it succeeds (there is nothing left to return).
     */
    async devEnvironmentSession(key: cc.DevEnvironmentKey & { sessionId: string }): Promise<void> {
      allow('codeCatalyst', key.spaceName);
      const client = enabled('codeCatalyst', clients.codeCatalyst);
      try {
        await cc.stopDevEnvironmentSession(client, key);
      } catch (error) {
        if (!(error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND')) throw error;
        const environment = await cc.getDevEnvironment(client, key).catch((e: unknown) => (e instanceof GatewayError && e.code === 'UPSTREAM_NOT_FOUND' ? null : Promise.reject(e)));
        if (!environment) throw notFound('Dev Environment session');
      }
    },
  };
}

/** Nimble states from which a session will still become READY: a stop is refused for now, not for good. */
const STOPPABLE_LATER = new Set(['CREATE_IN_PROGRESS', 'START_IN_PROGRESS']);

export type Stops = ReturnType<typeof createStops>;
