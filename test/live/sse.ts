// A test client for GraphQL over SSE (yoga's distinct connections mode): POST the operation with
// `accept: text/event-stream` and read the events one at a time, as a browser's EventSource or
// the graphql-sse client would.
import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream';

export interface SseStream {
  status: number;
  /** The next `next` event's JSON payload; undefined once the stream completes or closes. */
  next(): Promise<Record<string, unknown> | undefined>;
  /** Every event so far, `next` and `complete` alike, with their `id`s. */
  readonly events: EventSourceMessage[];
  close(): Promise<void>;
}

export async function openSse(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<SseStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  const events: EventSourceMessage[] = [];
  return {
    status: response.status,
    events,
    async next() {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done || !value) return undefined;
        events.push(value);
        if (value.event === 'complete') return undefined;
        if (value.event === 'next' || value.event === undefined) return JSON.parse(value.data) as Record<string, unknown>;
      }
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => undefined);
    },
  };
}
