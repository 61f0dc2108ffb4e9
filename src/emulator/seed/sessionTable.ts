// Sessions are never stored up front: session i of a scope is rebuilt on demand from its own
// random stream, so 100,000 per kind start in well under a second and a page costs O(page).
// Only their ids are generated eagerly (for lookups), and only changed sessions are kept.
import type { Source } from '../paging.js';

export interface SessionKind<T> {
  /** The lookup key of session `index` of scope `scope`; cheap, drawn from a stream of its own. */
  key(scope: number, index: number): string;
  /** The whole session. Index 0 is the newest of its scope. */
  make(scope: number, index: number): T;
}

export interface Located<T> {
  scope: string;
  index: number;
  session: T;
}

/** Splits `total` over scopes by weight; the first scopes take the remainder. */
export function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % counts.length, rest--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

export class SessionTable<T> {
  private readonly scopes = new Map<string, { slot: number; first: number; count: number }>();
  private readonly byKey = new Map<string, number>();
  /** Sessions changed since seeding, by global position; `null` marks a removed one. */
  private readonly changed = new Map<number, T | null>();
  private readonly scopeOf: string[] = [];

  constructor(scopeKeys: readonly string[], counts: readonly number[], private readonly kind: SessionKind<T>) {
    let first = 0;
    scopeKeys.forEach((scopeKey, slot) => {
      const count = counts[slot] ?? 0;
      this.scopes.set(scopeKey, { slot, first, count });
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

  /** Sessions seeded into the scope, removed ones included (positions never shift). */
  length(scopeKey: string): number {
    return this.scopes.get(scopeKey)?.count ?? 0;
  }

  /** The session at `index`, or undefined once removed. */
  at(scopeKey: string, index: number): T | undefined {
    const scope = this.scopes.get(scopeKey);
    if (!scope || index < 0 || index >= scope.count) return undefined;
    const changed = this.changed.get(scope.first + index);
    if (changed !== undefined) return changed ?? undefined;
    return this.kind.make(scope.slot, index);
  }

  find(key: string): Located<T> | undefined {
    const position = this.byKey.get(key);
    if (position === undefined) return undefined;
    const scopeKey = this.scopeOf[position] as string;
    const index = position - (this.scopes.get(scopeKey)?.first ?? 0);
    const session = this.at(scopeKey, index);
    return session === undefined ? undefined : { scope: scopeKey, index, session };
  }

  replace(found: Located<T>, session: T): void {
    this.changed.set(this.position(found), session);
  }

  remove(found: Located<T>): void {
    this.changed.set(this.position(found), null);
  }

  source(scopeKey: string): Source<T> {
    return { length: this.length(scopeKey), at: (i) => this.at(scopeKey, i) };
  }

  /** Every live session of the scope, newest first. */
  list(scopeKey: string): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length(scopeKey); i++) {
      const session = this.at(scopeKey, i);
      if (session !== undefined) out.push(session);
    }
    return out;
  }

  private position(found: Located<T>): number {
    return (this.scopes.get(found.scope)?.first ?? 0) + found.index;
  }
}
