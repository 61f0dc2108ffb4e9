// Helpers for the live tests: subscribe over SSE, and follow the watcher's polls.
import type { TickReport } from '../../src/watch/index.js';
import { openSse, type SseStream } from './sse.js';

export const EVENTS = /* GraphQL */ `
  subscription Events($filter: SessionEventFilter, $after: String) {
    sessionEvents(filter: $filter, after: $after) {
      id
      type
      session { id kind phase ... on StreamingSession { sessionId studioId state } }
    }
  }
`;

export interface Event {
  id: string;
  type: 'STARTED' | 'CHANGED' | 'ENDED';
  session: { id: string; kind: string; phase: string; sessionId?: string; studioId?: string; state?: string };
}

export interface Subscription {
  stream: SseStream;
  /** The next event, or undefined when the stream ended; throws on a GraphQL error. */
  next(): Promise<Event | undefined>;
  /** The next event about one session, skipping others (kept in `skipped`). */
  nextFor(sessionId: string): Promise<Event>;
  skipped: Event[];
}

export async function subscribe(url: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, query = EVENTS): Promise<Subscription> {
  const stream = await openSse(url, query, variables, headers);
  const skipped: Event[] = [];
  const next = async () => {
    const payload = (await stream.next()) as { data?: { sessionEvents: Event }; errors?: unknown[] } | undefined;
    if (payload?.errors) throw new Error(JSON.stringify(payload.errors));
    return payload?.data?.sessionEvents;
  };
  return {
    stream,
    next,
    skipped,
    async nextFor(sessionId) {
      for (;;) {
        const event = await next();
        if (!event) throw new Error(`The stream ended before an event about ${sessionId}.`);
        if (event.session.sessionId === sessionId) return event;
        skipped.push(event);
      }
    },
  };
}

/** Collects the watcher's tick reports and resolves waits on them. */
export class Ticks {
  readonly reports: Array<TickReport & { requests: number }> = [];
  private waiters: Array<{ done: () => boolean; resolve: () => void }> = [];
  /** `requests` counts the emulator's log at each report, so a tick's calls can be read off it. */
  constructor(private readonly requests: () => number = () => 0) {}

  readonly onTick = (report: TickReport) => {
    this.reports.push({ ...report, requests: this.requests() });
    this.waiters = this.waiters.filter((w) => (w.done() ? (w.resolve(), false) : true));
  };

  /** The ticks in which this replica polled at least one scope. */
  polled(): Array<TickReport & { requests: number }> {
    return this.reports.filter((r) => r.leader && r.scopes > 0);
  }

  /** The upstream calls made by the last polling tick, from the emulator's log. */
  lastCalls(): number {
    const at = this.reports.lastIndexOf(this.polled().at(-1)!);
    return this.reports[at]!.requests - (this.reports[at - 1]?.requests ?? 0);
  }

  until(done: () => boolean): Promise<void> {
    return new Promise((resolve) => (done() ? resolve() : this.waiters.push({ done, resolve })));
  }

  /** Resolves once `n` more polling ticks have completed than now. */
  after(n = 1): Promise<void> {
    const count = this.polled().length + n;
    return this.until(() => this.polled().length >= count);
  }

  /** Resolves with the next report that says polling stopped. */
  stopped(): Promise<void> {
    const from = this.reports.length;
    return this.until(() => this.reports.slice(from).some((r) => !r.continues));
  }
}
