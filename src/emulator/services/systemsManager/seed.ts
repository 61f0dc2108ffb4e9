// Session Manager sessions of one account and region: shells and port forwards to a fleet of
// managed EC2 instances, by IAM users and assumed roles, spread over the last 45 days (so about a
// third are older than the 30 days History shows). The newest run through every status.
import type { AccessType, Session, SessionStatus } from '@aws-sdk/client-ssm';
import { deepFreeze } from '../../seed/freeze.js';
import type { Place } from '../../seed/place.js';
import { mix, Random } from '../../seed/prng.js';
import { SessionTable } from '../../seed/sessionTable.js';
import { at, DAY, MINUTE, SECOND } from '../../seed/time.js';
import type { World } from '../../world.js';
import { sessionPlan } from './life.js';

export interface SystemsManagerSeed {
  /** The managed instances sessions connect to (`i-0…`). */
  instances: readonly string[];
  /** The IAM identities that start sessions (user and assumed-role ARNs). */
  owners: readonly string[];
  /** One scope: the account and region (`<account>/<region>`), looked up by SessionId. */
  sessions: SessionTable<Session>;
  /** The world's time, epoch ms (History reaches 30 days back from it). */
  now(): number;
}

const SPAN = 45 * DAY;
/** The newest sessions are minutes apart, so the live ones look live. */
const RECENT_GAP = 2 * MINUTE;
/** The simulation starts a session about this often. */
const BIRTH_GAP = 10 * MINUTE;
const HISTORY_WEIGHTS: [SessionStatus, number][] = [['Terminated', 92], ['Failed', 8]];
const STATUSES: SessionStatus[] = ['Connecting', 'Connected', 'Disconnected', 'Terminating', 'Terminated', 'Failed'];
const USERS = ['jane-roe', 'mateo-garcia', 'priya-natarajan', 'deploy-bot'];
const ROLES: [role: string, sessionName: string][] = [['PlatformOncall', 'alex-kim'], ['DatabaseAdmin', 'sam-okafor'], ['BreakGlass', 'li-wei']];
const DOCUMENTS: [string, number][] = [
  ['SSM-SessionManagerRunShell', 70],
  ['AWS-StartPortForwardingSession', 10],
  ['AWS-StartPortForwardingSessionToRemoteHost', 8],
  ['AWS-StartSSHSession', 8],
  ['AWS-StartInteractiveCommand', 4],
];
const REASONS = ['Investigating high CPU on checkout-api', 'Rotating the nginx certificate', 'Tailing logs for INC-4312', 'Database migration dry run', 'Checking disk usage before the patch window'];

export function seedSystemsManager(seed: number, sessionsPerKind: number, world: World, place: Place): SystemsManagerSeed {
  const base = world.start;
  const rng = new Random(mix(seed, 0x55));
  const instances = Array.from({ length: 12 }, () => `i-0${rng.hex(16)}`);
  const owners = [
    ...USERS.map((user) => `arn:aws:iam::${place.account}:user/${user}`),
    ...ROLES.map(([role, name]) => `arn:aws:sts::${place.account}:assumed-role/${role}/${name}`),
  ];
  const order = rng.shuffle(STATUSES);
  const count = sessionsPerKind;
  const gap = Math.max(SPAN / Math.max(count, 1), SECOND);
  const recent = Math.min(gap, RECENT_GAP);
  const scope = `${place.account}/${place.region}`;
  const draw = { instances, owners, place };
  const sessions = new SessionTable<Session>([scope], [count], {
    key: (_scope, i) => identity(new Random(mix(seed, 0x5a, i)), owners).sessionId,
    make: (_scope, i) => {
      const r = new Random(mix(seed, 0x5b, i));
      // Index 0 is the newest: strictly older with every index, minutes apart at first.
      const offset = i < order.length ? i * recent + Math.floor(r.next() * recent) : order.length * recent + (i - order.length) * gap + Math.floor(r.next() * gap);
      const status = i < order.length ? (order[i] as SessionStatus) : r.weighted(HISTORY_WEIGHTS);
      return session(r, identity(new Random(mix(seed, 0x5a, i)), owners), draw, base - offset, status, base);
    },
    fresh: (_scope, stream, created) => {
      const r = new Random(stream);
      return session(r, identity(r, owners), draw, created, 'Connecting', created);
    },
    id: (s) => s.SessionId as string,
    plan: sessionPlan,
    birthGap: BIRTH_GAP,
  }, world, mix(seed, 0x59));
  return { instances: deepFreeze(instances), owners: deepFreeze(owners), sessions, now: () => world.now() };
}

/** Who starts the session, and its id: the caller's name and 17 hex digits, as Session Manager forms it. */
function identity(r: Random, owners: readonly string[]): { owner: string; sessionId: string } {
  const owner = r.pick(owners);
  return { owner, sessionId: `${owner.slice(owner.lastIndexOf('/') + 1)}-${r.hex(17)}` };
}

/** `now`: the world's start; a seeded session ended before it. */
function session(r: Random, who: { owner: string; sessionId: string }, draw: { instances: readonly string[]; place: Place }, started: number, status: SessionStatus, now: number): Session {
  const document = r.weighted(DOCUMENTS);
  const maxMinutes = r.pick([20, 60, 120, 480]);
  const lasted = status === 'Terminated' ? r.int(1, maxMinutes) * MINUTE + r.int(0, 59_999) : status === 'Failed' ? r.int(5, 30) * SECOND : undefined;
  const ended = lasted === undefined ? undefined : Math.min(started + lasted, Math.max(started + SECOND, now - SECOND));
  const accessType: AccessType = r.chance(0.1) ? 'JustInTime' : 'Standard';
  const logged = r.chance(0.7);
  const { sessionId } = who;
  const { region } = draw.place;
  return {
    SessionId: sessionId,
    Target: r.pick(draw.instances),
    Status: status,
    StartDate: at(started),
    ...(ended !== undefined && { EndDate: at(ended) }),
    DocumentName: document,
    Owner: who.owner,
    // Just-in-time access is always requested with a reason.
    ...((accessType === 'JustInTime' || r.chance(0.3)) && { Reason: r.pick(REASONS) }),
    ...(status === 'Failed' && { Details: 'The SSM Agent on the target did not respond.' }),
    ...(logged && {
      OutputUrl: {
        S3OutputUrl: `https://s3.console.aws.amazon.com/s3/object/ssm-session-logs-${draw.place.account}?prefix=sessions/${sessionId}.log`,
        CloudWatchOutputUrl: `https://console.aws.amazon.com/cloudwatch/home?region=${region}#logEventViewer:group=/aws/ssm/sessions;stream=${sessionId}`,
      },
    }),
    MaxSessionDuration: String(maxMinutes),
    AccessType: accessType,
  };
}
