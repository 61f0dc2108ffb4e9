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

export async function subscribe(url: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Subscription> {
  const stream = await openSse(url, EVENTS, variables, headers);
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

/** Collects the watcher's tick reports and resolves waits for the next ones. */
export class Ticks {
  readonly reports: TickReport[] = [];
  private waiters: Array<{ count: number; resolve: () => void }> = [];

  readonly onTick = (report: TickReport) => {
    this.reports.push(report);
    this.waiters = this.waiters.filter((w) => (this.polled().length >= w.count ? (w.resolve(), false) : true));
  };

  /** The ticks in which this replica polled at least one scope. */
  polled(): TickReport[] {
    return this.reports.filter((r) => r.leader && r.scopes > 0);
  }

  /** Resolves once `n` more polling ticks have completed than now. */
  after(n = 1): Promise<void> {
    const count = this.polled().length + n;
    return new Promise((resolve) => {
      if (this.polled().length >= count) resolve();
      else this.waiters.push({ count, resolve });
    });
  }
}
