// Acting on sessions on demand (the control API): create, start or stop one, now. Each change
// goes through the same timelines as the simulation and the Stop APIs, so a started session runs
// its course when the simulation is on, and a stopped one reaches its end as the clock advances.
import type { RemoteAccessSession, TestGridSession } from '@aws-sdk/client-device-farm';
import type { StreamingSession } from '@aws-sdk/client-nimble';
import { closedTestGrid, remotePlan, runDraw, runningRemote, stopRemote } from './seed/deviceFarmLife.js';
import { readyStreaming, stopStreaming, streamingPlan } from './seed/nimbleLife.js';
import { hashString, mix, Random } from './seed/prng.js';
import type { Located, SessionTable } from './seed/sessionTable.js';
import { MINUTE } from './seed/time.js';
import type { Store } from './store.js';
import type { SessionKindName, SessionRef } from './types.js';

/** A control request that cannot be done; `status` is the HTTP status the control API answers. */
export class ControlError extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export const SESSION_KINDS: readonly SessionKindName[] = ['remoteAccess', 'testGrid', 'streaming', 'devEnvironment'];

type AnyTable = SessionTable<object>;

function tableOf(store: Store, kind: SessionKindName): AnyTable {
  switch (kind) {
    case 'remoteAccess':
      return store.deviceFarm.remoteAccess as unknown as AnyTable;
    case 'testGrid':
      return store.deviceFarm.testGrid as unknown as AnyTable;
    case 'streaming':
      return store.nimble.sessions as unknown as AnyTable;
    case 'devEnvironment':
      return store.codeCatalyst.sessions as unknown as AnyTable;
    default:
      throw new TypeError(`kind must be one of ${SESSION_KINDS.join(', ')}.`);
  }
}

const ENDED: Record<SessionKindName, (s: object) => boolean> = {
  remoteAccess: (s) => ['STOPPING', 'COMPLETED'].includes((s as RemoteAccessSession).status ?? ''),
  testGrid: (s) => (s as TestGridSession).status !== 'ACTIVE',
  streaming: (s) => !['CREATE_IN_PROGRESS', 'START_IN_PROGRESS', 'STOPPED', 'READY'].includes((s as StreamingSession).state ?? ''),
  devEnvironment: () => false,
};

export class SessionControl {
  constructor(private readonly store: Store) {}

  create(kind: SessionKindName, scope?: string): SessionRef {
    const table = tableOf(this.store, kind);
    const scopeKey = scope ?? (table.scopeKeys()[0] as string);
    if (typeof scopeKey !== 'string' || !table.has(scopeKey)) {
      throw new ControlError(404, `No ${kind} scope ${String(scope).slice(0, 200)}; one of: ${table.scopeKeys().join(', ')}.`);
    }
    return this.ref(kind, table.create(scopeKey) as Located<object>);
  }

  start(kind: SessionKindName, id: string): SessionRef {
    const table = tableOf(this.store, kind);
    const found = this.find(kind, table, id);
    const t = this.store.world.now();
    const s = found.session;
    if (ENDED[kind](s)) throw new ControlError(409, `The ${kind} session ${id} has ended (or is ending) and cannot be started.`);
    // Draws keyed by the session and the instant: the same calls at the same times give the same world.
    const stream = mix(hashString(id), Math.floor(t / 1000));
    const course = <T extends object>(session: T, plan: (s: T, from: number, stream: number) => unknown[]) =>
      ({ base: session, steps: this.store.world.simulation ? plan(session, t, stream) : [] }) as never;
    if (kind === 'remoteAccess' && (s as RemoteAccessSession).status !== 'RUNNING') {
      table.replace(found, course(runningRemote(s as RemoteAccessSession, t, runDraw(new Random(stream))), remotePlan));
    }
    if (kind === 'streaming' && (s as StreamingSession).state !== 'READY') {
      const session = s as StreamingSession;
      const maxLength = session.stopAt && session.startedAt ? session.stopAt.getTime() - session.startedAt.getTime() : 690 * MINUTE;
      table.replace(found, course(readyStreaming(session, t, maxLength), streamingPlan));
    }
    return this.ref(kind, this.find(kind, table, id));
  }

  stop(kind: SessionKindName, id: string): SessionRef {
    const table = tableOf(this.store, kind);
    const found = this.find(kind, table, id);
    const t = this.store.world.now();
    const s = found.session;
    switch (kind) {
      case 'remoteAccess':
        if (!ENDED.remoteAccess(s)) table.replace(found, stopRemote(s as RemoteAccessSession, t) as never);
        break;
      case 'testGrid':
        if (!ENDED.testGrid(s)) table.replace(found, { base: closedTestGrid(s as TestGridSession, t, 'CLOSED'), steps: [] });
        break;
      case 'streaming': {
        const state = (s as StreamingSession).state;
        if (state === 'STOP_IN_PROGRESS' || state === 'STOPPED') break;
        if (state !== 'READY') throw new ControlError(409, `Streaming session ${id} is ${state}; only a READY session can be stopped.`);
        table.replace(found, stopStreaming(s as StreamingSession, t) as never);
        break;
      }
      case 'devEnvironment':
        table.remove(found);
        return { kind, id, scope: found.scope, session: undefined };
    }
    return this.ref(kind, this.find(kind, table, id));
  }

  private find(kind: SessionKindName, table: AnyTable, id: string): Located<object> {
    const found = typeof id === 'string' ? table.find(id) : undefined;
    if (!found) throw new ControlError(404, `No ${kind} session ${String(id).slice(0, 200)}.`);
    return found;
  }

  private ref(kind: SessionKindName, found: Located<object>): SessionRef {
    const session = found.session as Record<string, unknown>;
    const id = kind === 'streaming' ? session.sessionId : kind === 'devEnvironment' ? session.id : session.arn;
    return { kind, id: id as string, scope: found.scope, session: session as SessionRef['session'] };
  }
}
