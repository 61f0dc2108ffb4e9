// CodeCatalyst: two spaces, two projects each, four dev environments per project (every status,
// every instance type). Sessions exist only on RUNNING dev environments, as on the real service.
import type {
  DevEnvironmentSessionSummary,
  DevEnvironmentStatus,
  DevEnvironmentSummary,
  Ide,
  ProjectSummary,
  SpaceSummary,
  _InstanceType,
} from '@aws-sdk/client-codecatalyst';
import { deepFreeze } from '../../seed/freeze.js';
import { mix, Random } from '../../seed/prng.js';
import { SessionTable, spread, type Step } from '../../seed/sessionTable.js';
import { at, DAY, HOUR, MINUTE, SECOND } from '../../seed/time.js';
import type { World } from '../../world.js';

export interface CodeCatalystSeed {
  spaces: readonly SpaceSummary[];
  /** By space name. */
  projects: ReadonlyMap<string, readonly ProjectSummary[]>;
  /** Every dev environment, newest (last updated) first; each names its space and project. */
  devEnvironments: readonly DevEnvironmentSummary[];
  /** Scoped by `space/project/devEnvironmentId`, looked up by session id. */
  sessions: SessionTable<DevEnvironmentSessionSummary>;
}

export const sessionScope = (spaceName: string, projectName: string, id: string) => `${spaceName}/${projectName}/${id}`;

const SPACES: [name: string, region: string, display: string, description: string, projects: [string, string, string][]][] = [
  ['acme-platform', 'us-west-2', 'Acme Platform', 'Platform engineering at Acme', [
    ['checkout-service', 'Checkout Service', 'Cart, payment and order APIs'],
    ['mobile-app', 'Mobile App', 'The Acme shopping app for iOS and Android'],
  ]],
  ['northwind-labs', 'eu-west-1', 'Northwind Labs', 'Research and data teams', [
    ['data-pipeline', 'Data Pipeline', 'Batch and streaming ingestion jobs'],
    ['infra-live', 'Infra Live', 'Terraform for the production accounts'],
  ]],
];
/** Per project: two RUNNING environments and two of the other statuses. */
const OTHER_STATUSES: DevEnvironmentStatus[] = ['PENDING', 'STARTING', 'STOPPING', 'STOPPED', 'FAILED', 'DELETING', 'DELETED', 'STOPPED'];
const REASONS: Partial<Record<DevEnvironmentStatus, string>> = {
  STOPPING: 'Stopping after 15 minutes of inactivity',
  STOPPED: 'Stopped after 15 minutes of inactivity',
  FAILED: 'Insufficient capacity for the requested instance type',
  DELETING: 'Deletion requested by the owner',
};
const INSTANCE_TYPES: _InstanceType[] = ['dev.standard1.small', 'dev.standard1.medium', 'dev.standard1.large', 'dev.standard1.xlarge'];
const IDES: Ide[] = [
  { name: 'VSCode', runtime: 'public.ecr.aws/q6e8p2q0/vscode-ide:latest' },
  { name: 'IntelliJ', runtime: 'public.ecr.aws/jetbrains/iu:release' },
  { name: 'PyCharm', runtime: 'public.ecr.aws/jetbrains/py:release' },
  { name: 'GoLand', runtime: 'public.ecr.aws/jetbrains/go:release' },
  { name: 'Cloud9', runtime: 'public.ecr.aws/q6e8p2q0/cloud9-ide:latest' },
];
const BRANCHES = ['main', 'develop', 'feature/one-click-checkout', 'fix/flaky-login-test', 'release/2026.11'];
const SPAN = 30 * DAY;
/** The simulation opens a session on each running dev environment about this often. */
const BIRTH_GAP = 30 * MINUTE;

/** The list shows open sessions only: a session disappears when it closes, 20 minutes to 3 hours on. */
export function sessionPlan(_session: DevEnvironmentSessionSummary, from: number, stream: number): Step<DevEnvironmentSessionSummary>[] {
  const rng = new Random(stream);
  return [{ at: from + rng.int(20, 180) * MINUTE + rng.int(0, 59_999), apply: () => null }];
}

export function seedCodeCatalyst(seed: number, sessionsPerKind: number, world: World): CodeCatalystSeed {
  const base = world.start;
  const rng = new Random(mix(seed, 0xcc));
  const creators = Array.from({ length: 6 }, () => rng.uuid());
  const devEnvironments: DevEnvironmentSummary[] = [];
  let slot = 0;
  let other = 0;
  for (const [spaceName, , , , projects] of SPACES) {
    for (const [projectName] of projects) {
      for (let n = 0; n < 4; n++, slot++) {
        const status: DevEnvironmentStatus = n < 2 ? 'RUNNING' : (OTHER_STATUSES[other++] as DevEnvironmentStatus);
        const updated = base - (status === 'RUNNING' ? rng.int(5, 240) * MINUTE : rng.int(1, 40) * DAY) - rng.int(0, 59_999);
        devEnvironments.push({
          spaceName,
          projectName,
          id: rng.uuid(),
          lastUpdatedTime: at(updated),
          creatorId: rng.pick(creators),
          status,
          ...(REASONS[status] !== undefined && { statusReason: REASONS[status] }),
          repositories: [{ repositoryName: projectName, branchName: rng.pick(BRANCHES) }],
          alias: `${projectName}-${['dev', 'review', 'spike', 'oncall'][n]}`,
          ides: [IDES[slot % IDES.length] as Ide],
          instanceType: INSTANCE_TYPES[(slot + (slot >> 2)) % INSTANCE_TYPES.length] as _InstanceType,
          inactivityTimeoutMinutes: rng.pick([15, 30, 60, 120]),
          persistentStorage: { sizeInGiB: rng.pick([16, 32, 64]) },
          vpcConnectionName: `${spaceName}-vpc-${rng.pick(['dev', 'shared'])}`,
        });
      }
    }
  }
  devEnvironments.sort((a, b) => (b.lastUpdatedTime?.getTime() ?? 0) - (a.lastUpdatedTime?.getTime() ?? 0));
  const running = devEnvironments.filter((env) => env.status === 'RUNNING');
  const counts = spread(sessionsPerKind, running.map((_, n) => 4 - (n % 3)));
  const sessions = new SessionTable(
    running.map((env) => sessionScope(env.spaceName as string, env.projectName as string, env.id as string)),
    counts,
    {
      key: (scope, i) => devSessionId(seed, scope, i),
      make: (scope, i) => {
        const env = running[scope] as DevEnvironmentSummary;
        const r = new Random(mix(seed, 0xd2, scope, i));
        const gap = Math.max(SPAN / (counts[scope] ?? 1), SECOND);
        const started = base - scope * 3 * MINUTE - HOUR - i * gap - Math.floor(r.next() * gap);
        return { spaceName: env.spaceName, projectName: env.projectName, devEnvironmentId: env.id, startedTime: at(started), id: devSessionId(seed, scope, i) };
      },
      fresh: (scope, stream, created) => {
        const env = running[scope] as DevEnvironmentSummary;
        return { spaceName: env.spaceName, projectName: env.projectName, devEnvironmentId: env.id, startedTime: at(created), id: `codecatalyst-${new Random(stream).hex(17)}` };
      },
      id: (session) => session.id as string,
      plan: sessionPlan,
      birthGap: BIRTH_GAP,
    },
    world,
    mix(seed, 0xd9),
  );
  return {
    spaces: deepFreeze(SPACES.map(([name, regionName, displayName, description]) => ({ name, regionName, displayName, description }))),
    projects: new Map(SPACES.map(([space, , , , projects]) => [space, deepFreeze(projects.map(([name, displayName, description]) => ({ name, displayName, description })))])),
    devEnvironments: deepFreeze(devEnvironments),
    sessions,
  };
}

function devSessionId(seed: number, scope: number, i: number): string {
  return `codecatalyst-${new Random(mix(seed, 0xd1, scope, i)).hex(17)}`;
}
