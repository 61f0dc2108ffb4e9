import { DENIED, NOT_FOUND, statusOf, THROTTLED, type SdkLikeError } from '../aws/errorNames.js';
import type { UpstreamOutcome } from './telemetry.js';

const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'ETIMEDOUT']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'EAI_AGAIN']);

/**
 * The outcome label of one upstream attempt, from what the SDK threw (or nothing: ok). A small
 * fixed set, so it is safe as a Prometheus label.
 */
export function upstreamOutcome(error?: unknown): UpstreamOutcome {
  if (error === undefined) return 'ok';
  const err = (typeof error === 'object' && error !== null ? error : {}) as SdkLikeError;
  const name = err.name ?? '';
  const status = statusOf(err);
  if (THROTTLED.has(name) || status === 429) return 'throttled';
  if (TIMEOUT.has(name) || TIMEOUT.has(err.code ?? '')) return 'timeout';
  if (NETWORK.has(name) || NETWORK.has(err.code ?? '')) return 'network';
  if (NOT_FOUND.has(name) || status === 404) return 'not_found';
  if (DENIED.has(name) || status === 401 || status === 403) return 'denied';
  if ((status ?? 0) >= 500 || err.$fault === 'server') return '5xx';
  if (status !== undefined && status >= 400) return 'bad_request';
  return 'error';
}
