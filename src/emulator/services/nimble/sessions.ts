// Streaming sessions of the two main studios. Each one follows a launch profile of its studio:
// instance type, image, backup, persistence, volume and termination settings come from there.
import type { LaunchProfile, StreamingSession, Studio } from '@aws-sdk/client-nimble';
import type { StudioContent } from './seed.js';
import { OLD_SESSION_WEIGHTS, SESSION_STATES, type SessionState } from './states.js';
import { mix, Random } from '../../seed/prng.js';
import { SessionTable, spread } from '../../seed/sessionTable.js';
import { at, DAY, MINUTE, SECOND } from '../../seed/time.js';
import { streamingPlan } from './life.js';
import type { World } from '../../world.js';

const SPAN = 150 * DAY;
/** The simulation creates a session in each studio about this often. */
const BIRTH_GAP = 25 * MINUTE;
const SHOWS = ['Project Atlas', 'Tidebreak', 'The Lantern Keeper', 'Nightjar S2', 'Commercials'];
/** States that only a persistent session (one that can be stopped and started) reaches. */
const NEEDS_PERSISTENCE = new Set(['STOP_IN_PROGRESS', 'STOPPED', 'START_IN_PROGRESS', 'START_FAILED', 'STOP_FAILED']);

interface Scope {
  studio: Studio;
  users: string[];
  /** Profiles a session can come from (not those that never got created). */
  profiles: LaunchProfile[];
  persistent: LaunchProfile[];
  order: number[];
  count: number;
}

export function sessionId(seed: number, scope: number, index: number): string {
  return `session-${new Random(mix(seed, 0xc1, scope, index)).alnum(16)}`;
}

export function streamingSessionTable(seed: number, sessionsPerKind: number, studios: Studio[], content: ReadonlyMap<string, StudioContent>, world: World): SessionTable<StreamingSession> {
  const rng = new Random(mix(seed, 0xc0));
  const counts = spread(sessionsPerKind, [3, 2]);
  const scopes: Scope[] = studios.map((studio, n) => {
    const box = content.get(studio.studioId as string) as StudioContent;
    const profiles = box.launchProfiles.filter((p) => p.state !== 'CREATE_IN_PROGRESS' && p.state !== 'CREATE_FAILED');
    const persistent = profiles.filter((p) => p.streamConfiguration?.sessionPersistenceMode === 'ACTIVATED');
    return { studio, users: box.users, profiles, persistent, order: rng.shuffle(SESSION_STATES.map((_, i) => i)), count: counts[n] ?? 0 };
  });
  return new SessionTable(studios.map((s) => s.studioId as string), counts, {
    key: (scope, i) => sessionId(seed, scope, i),
    make: (scope, i) => seededSession(seed, world.start, scopes[scope] as Scope, scope, i),
    fresh: (scope, stream, created) => {
      const rng = new Random(stream);
      return streamingSession(rng, `session-${rng.alnum(16)}`, scopes[scope] as Scope, created, SESSION_STATES[0] as SessionState);
    },
    id: (session) => session.sessionId as string,
    plan: streamingPlan,
    birthGap: BIRTH_GAP,
  }, world, mix(seed, 0xc9));
}

function seededSession(seed: number, base: number, scope: Scope, slot: number, i: number): StreamingSession {
  const rng = new Random(mix(seed, 0xc2, slot, i));
  const gap = Math.max(SPAN / scope.count, SECOND);
  const created = base - slot * 11 * MINUTE - i * gap - Math.floor(rng.next() * gap);
  const state = SESSION_STATES[i < scope.order.length ? (scope.order[i] as number) : rng.weighted(OLD_SESSION_WEIGHTS)] as SessionState;
  return streamingSession(rng, sessionId(seed, slot, i), scope, created, state);
}

function streamingSession(rng: Random, id: string, scope: Scope, created: number, drawn: SessionState): StreamingSession {
  let state = drawn;
  const profile = rng.pick(NEEDS_PERSISTENCE.has(state.state) ? scope.persistent : scope.profiles);
  const config = profile.streamConfiguration;
  const persistent = config?.sessionPersistenceMode === 'ACTIVATED';
  if (!persistent && state.state === 'STOPPED') state = SESSION_STATES[7] as SessionState;
  const creator = rng.pick(scope.users);
  const owner = rng.chance(0.8) ? creator : rng.pick(scope.users);
  const maxLength = (config?.maxSessionLengthInMinutes ?? 690) * MINUTE;
  const started = state.started ? created + rng.int(3, 12) * MINUTE + rng.int(0, 59_999) : undefined;
  const stopped = started !== undefined && state.stopped ? started + rng.int(20, 600) * MINUTE + rng.int(0, 59_999) : undefined;
  const updated = Math.max(created, started ?? 0, stopped ?? 0) + rng.int(1, 90) * SECOND;
  const over = state.state === 'DELETED' || state.state === 'CREATE_FAILED';
  const automatic = config?.sessionBackup?.mode === 'AUTOMATIC';
  return {
    // The studio's ARN names the account and region.
    arn: `${(scope.studio.arn as string).split(':').slice(0, 5).join(':')}:streaming-session/${id}`,
    createdAt: at(created),
    createdBy: creator,
    ec2InstanceType: rng.pick(config?.ec2InstanceTypes ?? ['g4dn.xlarge']),
    launchProfileId: profile.launchProfileId,
    ownedBy: owner,
    sessionId: id,
    state: state.state,
    statusCode: state.code,
    statusMessage: state.message,
    streamingImageId: rng.pick(config?.streamingImageIds ?? []),
    tags: { Show: rng.pick(SHOWS), Owner: owner },
    ...(!over && { terminateAt: at(created + maxLength + (persistent ? (config?.maxStoppedSessionLengthInMinutes ?? 0) * MINUTE : 0)) }),
    updatedAt: at(updated),
    updatedBy: rng.chance(0.9) ? owner : (scope.users[0] as string),
    ...(stopped !== undefined && { stoppedAt: at(stopped), stoppedBy: owner }),
    ...(started !== undefined && { startedAt: at(started), startedBy: owner }),
    ...(state.state === 'READY' && started !== undefined && { stopAt: at(started + maxLength) }),
    ...(automatic && started !== undefined && rng.chance(0.3) && { startedFromBackupId: `bk-${rng.alnum(16)}` }),
    backupMode: config?.sessionBackup?.mode,
    maxBackupsToRetain: config?.sessionBackup?.maxBackupsToRetain,
    ...(persistent && state.stopped && { volumeRetentionMode: rng.pick(['RETAIN', 'DELETE'] as const) }),
    sessionPersistenceMode: config?.sessionPersistenceMode,
    ...(persistent && { volumeConfiguration: config?.volumeConfiguration }),
    automaticTerminationMode: config?.automaticTerminationMode,
  };
}
