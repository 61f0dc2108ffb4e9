// Sessions are never stored up front: session i of a scope is rebuilt on demand from its own
// random stream, so 100,000 per kind start in well under a second and a page costs O(page).
// Only their ids are generated eagerly (for lookups), and only changed sessions are kept.
//
// A session is a timeline: how it was at some instant, and the steps that change it later (the
// simulation's natural course, or a stop's way to its end). What a read returns is the timeline
// evaluated at the world's time, so the same seed and the same clock give the same world however
// often, or in whatever order, it is read. Sessions created after the world's start (by the
// simulation, or on demand) sit in front of the seeded ones, newest first.
import type { Source } from '../paging.js';
import type { World } from '../world.js';
import { mix, Random } from './prng.js';

/** A change at an instant; `null` ends the session's listing (a closed CodeCatalyst session). */
export interface Step<T> {
  at: number;
  apply(session: T): T | null;
}

export interface Timeline<T> {
  base: T;
  /** In time order. */
  steps: readonly Step<T>[];
}

export interface SeededSessionKind<T> {
  /** The lookup key of seeded session `index` of scope `scope`; cheap, drawn from a stream of its own. */
  key(scope: number, index: number): string;
  /** The whole seeded session, as it was at the world's start. Index 0 is the newest of its scope. */
  make(scope: number, index: number): T;
  /** A session created at `created` in its first state, from the random stream `stream`. */
  fresh(scope: number, stream: number, created: number): T;
  /** The lookup key of any session. */
  id(session: T): string;
  /** Its natural course from `from` on (the simulation), from its own random stream. */
  plan(session: T, from: number, stream: number): Step<T>[];
  /** The simulation creates a session in each scope about every `birthGap` milliseconds. */
  birthGap: number;
}

interface Entry<T> {
  key: string;
  order: number;
  timeline: Timeline<T> | null;
}

interface Scope<T> {
  key: string;
  slot: number;
  first: number;
  count: number;
  /** Sessions created after the start, oldest first. */
  born: Entry<T>[];
  births: number;
  created: number;
}

export interface Located<T> {
  scope: string;
  /** Its position in the scope's list now (0 is the newest). */
  index: number;
  session: T;
  /** Where its timeline is kept. */
  readonly slot: { position: number } | { entry: Entry<T> };
}

/** Splits `total` over scopes by weight; the first scopes take the remainder. */
export function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

/** The session a timeline describes at `t`, or undefined once it has ended its listing. */
export function evaluate<T>(timeline: Timeline<T> | null, t: number): T | undefined {
  if (timeline === null) return undefined;
  let session: T | null = timeline.base;
  for (const step of timeline.steps) {
    if (step.at > t) break;
    session = step.apply(session);
    if (session === null) return undefined;
  }
  return session;
}

const STREAM = { seeded: 0x91, born: 0x92, created: 0x93, birthTime: 0x94 } as const;

export class SessionTable<T> {
  private readonly scopes = new Map<string, Scope<T>>();
  private readonly byKey = new Map<string, number>();
  private readonly bornByKey = new Map<string, { scopeKey: string; entry: Entry<T> }>();
  /** Seeded sessions changed since seeding, by global position; `null` marks a removed one. */
  private readonly changed = new Map<number, Timeline<T> | null>();
  private readonly scopeOf: string[] = [];

  /** `streams` keys this kind's random streams (the simulation's births and courses). */
  constructor(scopeKeys: readonly string[], counts: readonly number[], private readonly kind: SeededSessionKind<T>, private readonly world: World, private readonly streams: number) {
    let first = 0;
    scopeKeys.forEach((scopeKey, slot) => {
      const count = counts[slot] ?? 0;
      this.scopes.set(scopeKey, { key: scopeKey, slot, first, count, born: [], births: 0, created: 0 });
      for (let i = 0; i < count; i++) {
        this.byKey.set(kind.key(slot, i), first + i);
        this.scopeOf.push(scopeKey);
      }
      first += count;
    });
  }

  has(scopeKey: string): boolean {
    return this.scopes.has(scopeKey);
  }

  scopeKeys(): string[] {
    return [...this.scopes.keys()];
  }

  /** The scope's sessions at the world's time now; positions count from the oldest, so they never shift. */
  source(scopeKey: string): Source<T> {
    const scope = this.scopes.get(scopeKey);
    if (!scope) return { length: 0, at: () => undefined };
    const t = this.world.now();
    this.sync(scope, t);
    const born = scope.born.length;
    return {
      length: born + scope.count,
      at: (i) => {
        if (i < 0 || i >= born + scope.count) return undefined;
        if (i < born) return evaluate((scope.born[born - 1 - i] as Entry<T>).timeline, t);
        return evaluate(this.seeded(scope, i - born), t);
      },
    };
  }

  /** Every listed session of the scope, newest first. */
  list(scopeKey: string): T[] {
    const source = this.source(scopeKey);
    const out: T[] = [];
    for (let i = 0; i < source.length; i++) {
      const session = source.at(i);
      if (session !== undefined) out.push(session);
    }
    return out;
  }

  find(key: string): Located<T> | undefined {
    const t = this.world.now();
    for (const scope of this.scopes.values()) this.sync(scope, t);
    const position = this.byKey.get(key);
    if (position !== undefined) {
      const scopeKey = this.scopeOf[position] as string;
      const scope = this.scopes.get(scopeKey) as Scope<T>;
      const session = evaluate(this.seeded(scope, position - scope.first), t);
      return session === undefined ? undefined : { scope: scopeKey, index: scope.born.length + position - scope.first, session, slot: { position } };
    }
    const born = this.bornByKey.get(key);
    if (!born) return undefined;
    const scope = this.scopes.get(born.scopeKey) as Scope<T>;
    const session = evaluate(born.entry.timeline, t);
    return session === undefined ? undefined : { scope: born.scopeKey, index: scope.born.length - 1 - born.entry.order, session, slot: { entry: born.entry } };
  }

  /** From now on the session follows `timeline` (a stop's way to its end, an on-demand start). */
  replace(found: Located<T>, timeline: Timeline<T>): void {
    if ('entry' in found.slot) found.slot.entry.timeline = timeline;
    else this.changed.set(found.slot.position, timeline);
  }

  remove(found: Located<T>): void {
    if ('entry' in found.slot) found.slot.entry.timeline = null;
    else this.changed.set(found.slot.position, null);
  }

  /** A new session in the scope, created now (the control API); with the simulation on it then runs its course. */
  create(scopeKey: string): Located<T> | undefined {
    const scope = this.scopes.get(scopeKey);
    if (!scope) return undefined;
    const t = this.world.now();
    this.sync(scope, t);
    const entry = this.add(scope, t, mix(this.streams, STREAM.created, scope.slot, scope.created++));
    return this.find(entry.key);
  }

  private seeded(scope: Scope<T>, i: number): Timeline<T> | null {
    const changed = this.changed.get(scope.first + i);
    if (changed !== undefined) return changed;
    const base = this.kind.make(scope.slot, i);
    return { base, steps: this.world.simulation ? this.kind.plan(base, this.world.start, mix(this.streams, STREAM.seeded, scope.slot, i)) : [] };
  }

  /** When the simulation creates the scope's n-th session: one per gap, at a drawn moment inside it. */
  private birthTime(scope: Scope<T>, n: number): number {
    const gap = this.kind.birthGap;
    return this.world.start + n * gap + 1 + Math.floor(new Random(mix(this.streams, STREAM.birthTime, scope.slot, n)).next() * (gap - 1));
  }

  private sync(scope: Scope<T>, t: number): void {
    if (!this.world.simulation) return;
    for (let at = this.birthTime(scope, scope.births); at <= t; at = this.birthTime(scope, scope.births)) {
      this.add(scope, at, mix(this.streams, STREAM.born, scope.slot, scope.births++));
    }
  }

  private add(scope: Scope<T>, created: number, stream: number): Entry<T> {
    const base = this.kind.fresh(scope.slot, stream, created);
    const entry: Entry<T> = { key: this.kind.id(base), order: scope.born.length, timeline: { base, steps: this.world.simulation ? this.kind.plan(base, created, stream) : [] } };
    scope.born.push(entry);
    this.bornByKey.set(entry.key, { scopeKey: scope.key, entry });
    return entry;
  }
}
