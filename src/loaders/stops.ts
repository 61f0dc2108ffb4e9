// What every source's Stop shares: the policy first (FORBIDDEN unless a rule with `stop` grants
// the scope; nothing is called), then one Stop call, never cached nor retried blindly (see
// aws/writes.ts). Stopping a session that is already stopping or has ended succeeds and returns it
// as it is (idempotent), as the Stop APIs do themselves. Each source's own Stop is in its folder
// (src/sources/<source>/stops.ts).
import type { Access } from '../auth/access.js';
import { GatewayError } from '../errors.js';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';

/** Throws FORBIDDEN unless the caller may stop sessions in this scope. */
export function mayStop(access: Access, source: Source, scope: string | null): void {
  if (scope === null || !access.mayStop(source, scope)) {
    throw new GatewayError('FORBIDDEN', `Your identity may not stop ${SOURCE_LABEL[source]} sessions in this scope; ask for a rule with "stop": true in the gateway's access policy.`, { source });
  }
}

export const notFound = (what: string) => new GatewayError('NOT_FOUND', `There is no ${what} with this ID (or it is gone); list the sessions again for current IDs.`);

/** An upstream not-found as the mutation's NOT_FOUND; anything else unchanged. */
export async function foundOr<T>(what: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND') {
      throw new GatewayError('NOT_FOUND', notFound(what).message, error.details);
    }
    throw error;
  }
}

export const isConflict = (error: unknown) => error instanceof GatewayError && error.details.awsError === 'ConflictException';
export const isNotFound = (error: unknown) => error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND';
