import { GatewayError, type ErrorCode } from '../errors.js';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { DENIED, NOT_FOUND, statusOf, THROTTLED, type SdkLikeError } from './errorNames.js';

const BAD_REQUEST = new Set(['ArgumentException', 'ValidationException', 'ConflictException']);
const NETWORK = new Set(['TimeoutError', 'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH']);
/** JavaScript's own errors (an answer that did not parse, a record of the wrong shape): internal, never shown. */
const JAVASCRIPT = new Set(['Error', 'SyntaxError', 'TypeError', 'RangeError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']);

function classify(err: SdkLikeError): ErrorCode {
  const name = err.name ?? '';
  const status = statusOf(err);
  if (NOT_FOUND.has(name)) return 'UPSTREAM_NOT_FOUND';
  if (THROTTLED.has(name) || status === 429) return 'UPSTREAM_THROTTLED';
  if (DENIED.has(name) || status === 401 || status === 403) return 'UPSTREAM_ACCESS_DENIED';
  if (BAD_REQUEST.has(name)) return 'UPSTREAM_BAD_REQUEST';
  if (NETWORK.has(name) || NETWORK.has(err.code ?? '') || err.$fault === 'server' || (status ?? 0) >= 500) {
    return 'UPSTREAM_UNAVAILABLE';
  }
  return 'UPSTREAM_ERROR';
}

const ADVICE: Record<ErrorCode, string> = {
  UPSTREAM_NOT_FOUND: 'it does not exist or is not visible to the gateway',
  UPSTREAM_THROTTLED: 'AWS is throttling the gateway; retry in a few seconds',
  UPSTREAM_RATE_LIMITED: 'retry in a few seconds',
  DEADLINE_EXCEEDED: 'retry',
  UPSTREAM_UNAVAILABLE: 'the service did not answer; retry later',
  UPSTREAM_ACCESS_DENIED: "check the gateway's AWS credentials and permissions",
  UPSTREAM_BAD_REQUEST: 'AWS rejected the request',
  UPSTREAM_ERROR: 'the gateway could not read the answer',
  BAD_USER_INPUT: '',
  SOURCE_DISABLED: '',
  FORBIDDEN: '',
  EVENTS_EXPIRED: '',
  NOT_FOUND: '',
  HISTORY_UNAVAILABLE: '',
};

/**
 * Maps any failure of an SDK call to a coded GatewayError. AWS's own message is kept for
 * client-side errors (it names the offending parameter or resource); server-side and unknown
 * failures get only a generic sentence, so nothing internal reaches a caller.
 */
export function toUpstreamError(source: Source, operation: string, error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const err = (typeof error === 'object' && error !== null ? error : {}) as SdkLikeError;
  const code = classify(err);
  // Only AWS's error names and network codes are shown; a JavaScript error name says nothing to
  // a client and tells an attacker how the gateway is built.
  const awsError = [err.name, err.code].find((n) => n && !JAVASCRIPT.has(n) && !n.startsWith('ERR_'));
  const showAwsMessage = code === 'UPSTREAM_NOT_FOUND' || code === 'UPSTREAM_BAD_REQUEST';
  // AWS messages often end in a period; the advice follows after a semicolon, so drop it.
  const awsMessage = err.message?.trim().replace(/\.+$/, '');
  const detail = showAwsMessage && awsMessage ? `: ${awsMessage}` : '';
  const attempts = err.$metadata?.attempts;
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
  const message = `${SOURCE_LABEL[source]} ${operation} failed${tries} (${awsError ?? (code === 'UPSTREAM_ERROR' ? 'an unreadable answer' : 'unknown error')})${detail}; ${ADVICE[code]}.`;
  return new GatewayError(code, message, { source, awsError, requestId: err.$metadata?.requestId });
}

/** Runs one SDK call and maps its failure. */
export async function call<T>(source: Source, operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toUpstreamError(source, operation, error);
  }
}
