import { setMaxListeners } from 'node:events';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../../context.js';
import { createLoaders } from '../../loaders/index.js';
import type { Discovery } from '../../scopes/discovery.js';
import type { Upstream } from '../../upstream/index.js';

/**
 * A subscription lives as long as its client, not a request's deadline: the reads its events make
 * (navigation fields such as `studio`) stop when the client goes away instead of failing with
 * DEADLINE_EXCEEDED once the request deadline has passed.
 */
export function useSubscriptionReads(upstream: Upstream, discovery: Discovery): Plugin<GatewayContext & { request: Request }> {
  return {
    onSubscribe({ context, extendContext }) {
      const { signal } = context.request;
      setMaxListeners(0, signal);
      extendContext({ loaders: createLoaders(upstream.forRequest({ signal }), discovery, context.access) });
    },
  };
}
