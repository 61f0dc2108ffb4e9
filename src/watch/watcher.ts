// The process-wide watcher: polls the scopes its subscribers use (or, with Redis, every
// replica's subscribers use, when this replica holds the lease), diffs each against what it saw,
// logs and publishes the events, and hands every local subscriber the events its filter and
// policy let through. A thousand subscribers cost the polls of one; none cost nothing.
import { deserialize, serialize } from 'node:v8';
import { Repeater, type PubSub } from 'graphql-yoga';
import type { Source } from '../config.js';
import { badInput, GatewayError } from '../errors.js';
import type { Coordination } from './coordination.js';
import { diffScope, oldestOpen, type ScopeRead, type Seen, type SessionEventType } from './diff.js';
import { compareIds, isEventId, type EventLog } from './eventLog.js';

/** One list the watcher can poll: a scope of one kind (the feed's stream of that scope). */
export interface WatchScope {
  key: string;
  kind: string;
  source: Source;
  /** What the access policy names: a project ARN, a studio ID, a space name. */
  scope: string;
}

/** What the graph layer tells the watcher: which scopes exist, and how to read one. */
export interface WatchSource<T> {
  /** The scopes of these kinds; of every kind when none are named. */
  scopes(kinds?: ReadonlySet<string>): Promise<WatchScope[]>;
  /** Reads a scope newest first, at least down to `until` (ms) when given; `pages` is calls made. */
  read(scope: WatchScope, until: number | undefined): Promise<ScopeRead<T> & { pages: number }>;
}

export interface WatchEvent<T> {
  /** Ordered and unique: what a subscriber passes back to resume after it. */
  id: string;
  type: SessionEventType;
  kind: string;
  source: Source;
  scope: string;
  /** When the watcher saw it (ms). */
  at: number;
  session: T;
}

export interface Interest {
  kinds: ReadonlySet<string>;
  types: ReadonlySet<SessionEventType>;
  /** The subscriber's access policy: whether it may see a scope. */
  allows(source: Source, scope: string): boolean;
}

/** A poll's outcome, for tests and metrics: whether this replica polled, and the calls it made. */
export interface TickReport {
  leader: boolean;
  scopes: number;
  pages: number;
  events: number;
  /** False when this was the last poll: no subscriber here, and none elsewhere to poll for. */
  continues: boolean;
}

export interface WatcherOptions<T> {
  source: WatchSource<T>;
  intervalMs: number;
  clock: () => number;
  coordination: Coordination;
  log: EventLog;
  bus: PubSub<{ sessionEvents: [WireEvent] }>;
  warn: (message: string) => void;
  onTick?: ((report: TickReport) => void) | undefined;
  /** Closes what the watcher was built on (Redis connections), after it stopped. */
  dispose?: () => Promise<void>;
}

/** An event as it crosses Redis: its ID and its body (V8-serialized, so dates stay dates). */
export interface WireEvent {
  id: string;
  body: string;
}

type Body<T> = Omit<WatchEvent<T>, 'id'>;

interface Subscriber<T> {
  interest: Interest;
  deliver(event: WatchEvent<T>): void;
  end(): void;
}

export class Watcher<T> {
  private readonly subscribers = new Set<Subscriber<T>>();
  private readonly seen = new Map<string, Seen<T>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private leaderWithInterest = false;
  private listening: (() => Promise<unknown>) | undefined;
  private closed = false;

  constructor(private readonly options: WatcherOptions<T>) {}

  /** How many subscribers this process serves now. */
  get size(): number {
    return this.subscribers.size;
  }

  /**
   * The events for one subscriber, from now on, or from just after `after` (an event ID it saw):
   * retained events are replayed first. An ID older than the retention window is refused.
   */
  subscribe(interest: Interest, after?: string): AsyncIterable<WatchEvent<T>> {
    if (after !== undefined && !isEventId(after)) throw new GatewayError('BAD_USER_INPUT', '`after` must be the `id` of an event from `sessionEvents`.');
    return new Repeater<WatchEvent<T>>(async (push, stop) => {
      let last = after;
      let replaying: WatchEvent<T>[] | undefined = after === undefined ? undefined : [];
      const send = (event: WatchEvent<T>) => {
        if (last !== undefined && compareIds(event.id, last) <= 0) return;
        last = event.id;
        void push(event);
      };
      const subscriber: Subscriber<T> = {
        interest,
        deliver: (event) => (replaying ? replaying.push(event) : send(event)),
        end: () => stop(),
      };
      this.subscribers.add(subscriber);
      this.start();
      if (after !== undefined) {
        const retained = await this.options.log.after(after);
        if (retained === 'expired') {
          stop(new GatewayError('EVENTS_EXPIRED', 'Events after this ID are no longer retained; read the sessions again, then subscribe without `after`.'));
        } else if (retained === 'unknown') {
          stop(badInput('`after` is later than any event this gateway sent; pass the `id` of an event you received, or subscribe without `after`.'));
        } else {
          for (const { id, payload } of retained) {
            const event = { id, ...(deserialize(payload) as Body<T>) };
            if (matches(interest, event)) send(event);
          }
          const live = replaying ?? [];
          replaying = undefined;
          live.forEach(send);
        }
      }
      await stop;
      this.subscribers.delete(subscriber);
    });
  }

  /** Polls once now (the timer calls it; so may a test). */
  async tick(): Promise<void> {
    const { source, coordination, log, bus } = this.options;
    const local = await this.localKeys();
    const { leader, keys } = await coordination.turn(local);
    this.leaderWithInterest = leader && keys.size > 0;
    if (!leader) return this.options.onTick?.({ leader, scopes: 0, pages: 0, events: 0, continues: this.continues() });
    for (const key of this.seen.keys()) if (!keys.has(key)) this.seen.delete(key);
    const scopes = keys.size === 0 ? [] : (await source.scopes()).filter((s) => keys.has(s.key));
    const bodies: Body<T>[] = [];
    let pages = 0;
    await Promise.all(
      scopes.map(async (scope) => {
        const before = this.seen.get(scope.key);
        try {
          const read = await source.read(scope, oldestOpen(before));
          pages += read.pages;
          const { events, seen } = diffScope(before, read);
          this.seen.set(scope.key, seen);
          const at = this.options.clock();
          for (const { type, item } of events) bodies.push({ type, kind: scope.kind, source: scope.source, scope: scope.scope, at, session: item });
        } catch (error) {
          // The scope is read again next time, against what was seen before.
          this.options.warn(`The session watcher could not read ${scope.kind} scope ${scope.scope}: ${error instanceof GatewayError ? error.code : 'unexpected error'}.`);
        }
      }),
    );
    // Logged then published one by one, so IDs rise in the order subscribers receive them.
    for (const body of bodies) {
      const payload = serialize(body);
      const id = await log.append(payload);
      bus.publish('sessionEvents', { id, body: payload.toString('base64') });
    }
    this.options.onTick?.({ leader, scopes: scopes.length, pages, events: bodies.length, continues: this.continues() });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    for (const subscriber of this.subscribers) subscriber.end();
    await this.running?.catch(() => undefined);
    await this.listening?.();
    await this.options.coordination.resign().catch(() => undefined);
    await this.options.dispose?.();
  }

  /** Starts polling (and listening to the bus) when the first subscriber arrives. */
  private start(): void {
    if (!this.listening) this.listening = this.listen();
    if (this.running || this.timer || this.closed) return;
    this.timer = setTimeout(() => this.loop(), 0);
  }

  private loop(): void {
    this.timer = undefined;
    this.running = this.tick()
      .catch((error: unknown) => this.options.warn(`The session watcher's poll failed (${error instanceof Error ? error.message : 'unknown error'}); it tries again.`))
      .finally(() => {
        this.running = undefined;
        if (this.closed) return;
        // Without subscribers here, and without any elsewhere to poll for, nothing polls.
        if (this.continues()) this.timer = setTimeout(() => this.loop(), this.options.intervalMs);
        else void this.options.coordination.resign().catch(() => undefined);
      });
  }

  private continues(): boolean {
    return this.subscribers.size > 0 || this.leaderWithInterest;
  }

  /** One listener per process on the bus; events fan out to local subscribers from here. */
  private listen(): () => Promise<unknown> {
    const events = this.options.bus.subscribe('sessionEvents');
    const done = (async () => {
      for await (const wire of events) {
        const event = { id: wire.id, ...(deserialize(Buffer.from(wire.body, 'base64')) as Body<T>) };
        for (const subscriber of this.subscribers) if (matches(subscriber.interest, event)) subscriber.deliver(event);
      }
    })();
    return async () => {
      await events.return?.();
      await done.catch(() => undefined);
    };
  }

  /** The scopes this process's subscribers use, each subscriber's policy applied. */
  private async localKeys(): Promise<Set<string>> {
    const keys = new Set<string>();
    if (this.subscribers.size === 0) return keys;
    const kinds = new Set([...this.subscribers].flatMap((s) => [...s.interest.kinds]));
    const scopes = await this.options.source.scopes(kinds);
    for (const scope of scopes) {
      for (const { interest } of this.subscribers) {
        if (interest.kinds.has(scope.kind) && interest.allows(scope.source, scope.scope)) {
          keys.add(scope.key);
          break;
        }
      }
    }
    return keys;
  }
}

const matches = <T>(interest: Interest, event: WatchEvent<T>) =>
  interest.kinds.has(event.kind) && interest.types.has(event.type) && interest.allows(event.source, event.scope);
