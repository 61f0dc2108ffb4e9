import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

/** Responses sent as they happen: a compressor would hold their events back until its buffer fills. */
const STREAMED = /^\s*(text\/event-stream|multipart\/mixed)/i;

/**
 * gzip/deflate when the client accepts it (GraphiQL's 9 MB page goes out as 2.4 MB), except for
 * subscriptions and @defer/@stream answers: each of their events must reach the client at once.
 */
export function useCompression(): Plugin {
  const { onRequest, onResponse } = useContentEncoding();
  return {
    onRequest,
    onResponse(payload) {
      if (STREAMED.test(payload.response.headers.get('content-type') ?? '')) return;
      return onResponse?.(payload as never);
    },
  } as Plugin;
}
