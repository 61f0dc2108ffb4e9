import { AsyncLocalStorage } from 'node:async_hooks';

/** What one GraphQL request caused upstream; counted for its log line. */
export interface RequestStats {
  requestId: string;
  calls: number;
  retries: number;
  cacheHits: number;
  cacheMisses: number;
  coalesced: number;
  limiterWaits: number;
  limiterRejections: number;
}

export const newRequestStats = (requestId: string): RequestStats => ({
  requestId,
  calls: 0,
  retries: 0,
  cacheHits: 0,
  cacheMisses: 0,
  coalesced: 0,
  limiterWaits: 0,
  limiterRejections: 0,
});

/**
 * The request an upstream call belongs to. The SDK middleware and the upstream layer run deep
 * below GraphQL, where no context object reaches; AsyncLocalStorage follows the call chain
 * (DataLoader batches run in the context of the load that scheduled them).
 */
const storage = new AsyncLocalStorage<RequestStats>();

export const runInRequest = <T>(stats: RequestStats, fn: () => T): T => storage.run(stats, fn);

/** The current request's stats, or undefined outside a request (start-up, background refresh). */
export const currentRequest = (): RequestStats | undefined => storage.getStore();
