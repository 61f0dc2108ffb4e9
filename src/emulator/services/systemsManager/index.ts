// Systems Manager Session Manager (awsJson1_1, `X-Amz-Target: AmazonSSM.<Op>`, SigV4 `ssm`):
// shell and port-forwarding sessions to managed instances, listed by DescribeSessions (Active, or
// the last 30 days of History) and ended by TerminateSession.
import type { Session } from '@aws-sdk/client-ssm';
import { defineService, sessionKind } from '../service.js';
import { errors } from './errors.js';
import { connected, sessionPlan, terminate } from './life.js';
import { listedUnder, operations } from './operations.js';
import { seedSystemsManager, type SystemsManagerSeed } from './seed.js';

/** `emulator.data.systemsManager`. */
export interface SystemsManagerView {
  /** The managed instances (`Target`s). */
  readonly instances: readonly string[];
  /** The IAM identities that start sessions (`Owner`s). */
  readonly owners: readonly string[];
  /** What DescribeSessions lists for `state` at the world's time now, newest first. */
  sessions(state: 'Active' | 'History'): Session[];
}

export const systemsManager = defineService({
  name: 'systemsManager',
  title: 'Systems Manager',
  protocol: { kind: 'awsJson', targetPrefix: 'AmazonSSM.' },
  auth: { scheme: 'sigv4', signingName: 'ssm', frontEnd: 'coral' },
  regions: 'regional',
  errors,
  // AWS does not document the page size without MaxResults; 20 keeps several pages in the default seed.
  pageSizes: { DescribeSessions: 20 },
  operations,
  seed: ({ seed, sessionsPerKind, world, place }) => seedSystemsManager(seed, sessionsPerKind, world, place),
  view: (data): SystemsManagerView => ({
    instances: data.instances,
    owners: data.owners,
    sessions: (state) => {
      const now = data.now();
      return data.sessions.list(data.sessions.scopeKeys()[0] as string).filter((s) => listedUnder(state, s, now));
    },
  }),
  kinds: {
    managedInstance: sessionKind<SystemsManagerSeed, Session>({
      table: (data) => data.sessions,
      id: (s) => s.SessionId as string,
      ended: (s) => s.Status === 'Terminating' || s.Status === 'Terminated' || s.Status === 'Failed',
      plan: sessionPlan,
      start: (s) => (s.Status === 'Connected' ? undefined : connected(s)),
      stop: terminate,
    }),
  },
});
