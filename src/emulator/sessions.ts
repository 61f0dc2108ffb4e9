// Acting on sessions on demand (the control API): create, start or stop one, now. Each change
// goes through the same timelines as the simulation and the Stop APIs, so a started session runs
// its course when the simulation is on, and a stopped one reaches its end as the clock advances.
// The kinds are every registered service's (services/registry.ts).
import { ControlError } from './errors.js';
import { REGISTERED } from './services/registry.js';
import type { AnyService, SessionKind } from './services/service.js';
import { hashString, mix } from './seed/prng.js';
import type { Located, SessionTable } from './seed/sessionTable.js';
import type { Store } from './store.js';
import type { SessionKindName, SessionRef } from './types.js';

type AnyKind = SessionKind<unknown, object>;

const KINDS = new Map<string, { service: AnyService; kind: AnyKind }>(
  REGISTERED.flatMap((service) => Object.entries(service.kinds).map(([name, kind]) => [name, { service, kind: kind as AnyKind }] as const)),
);

export const SESSION_KINDS = [...KINDS.keys()] as SessionKindName[];

export class SessionControl {
  constructor(private readonly store: Store) {}

  create(kind: SessionKindName, scope?: string): SessionRef {
    const { table } = this.kind(kind);
    const scopeKey = scope ?? (table.scopeKeys()[0] as string);
    if (typeof scopeKey !== 'string' || !table.has(scopeKey)) {
      throw new ControlError(404, `No ${kind} scope ${String(scope).slice(0, 200)}; one of: ${table.scopeKeys().join(', ')}.`);
    }
    return this.ref(kind, table.create(scopeKey) as Located<object>);
  }

  start(kind: SessionKindName, id: string): SessionRef {
    const { table, def } = this.kind(kind);
    const found = this.find(kind, table, id);
    const t = this.store.world.now();
    if (def.ended(found.session)) throw new ControlError(409, `The ${kind} session ${id} has ended (or is ending) and cannot be started.`);
    // Draws keyed by the session and the instant: the same calls at the same times give the same world.
    const stream = mix(hashString(id), Math.floor(t / 1000));
    const running = def.start(found.session, t, stream);
    if (running !== undefined) table.replace(found, { base: running, steps: this.store.world.simulation ? def.plan(running, t, stream) : [] });
    return this.ref(kind, this.find(kind, table, id));
  }

  stop(kind: SessionKindName, id: string): SessionRef {
    const { table, def } = this.kind(kind);
    const found = this.find(kind, table, id);
    const next = def.stop(found.session, this.store.world.now());
    if (next === null) {
      table.remove(found);
      return { kind, id, scope: found.scope, session: undefined };
    }
    if (next !== undefined) table.replace(found, next);
    return this.ref(kind, this.find(kind, table, id));
  }

  private kind(kind: SessionKindName): { table: SessionTable<object>; def: AnyKind } {
    const entry = KINDS.get(kind);
    if (!entry) throw new TypeError(`kind must be one of ${SESSION_KINDS.join(', ')}.`);
    return { table: entry.kind.table(this.store.data(entry.service)), def: entry.kind };
  }

  private find(kind: SessionKindName, table: SessionTable<object>, id: string): Located<object> {
    const found = typeof id === 'string' ? table.find(id) : undefined;
    if (!found) throw new ControlError(404, `No ${kind} session ${String(id).slice(0, 200)}.`);
    return found;
  }

  private ref(kind: SessionKindName, found: Located<object>): SessionRef {
    const { def } = this.kind(kind);
    return { kind, id: def.id(found.session), scope: found.scope, session: found.session as SessionRef['session'] };
  }
}
