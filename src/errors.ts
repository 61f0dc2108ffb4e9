// The gateway's expected failures. They carry a stable code; yoga's error masking (see gateway.ts)
// turns them into GraphQL errors with `extensions.code`, and masks everything else.
// This module imports nothing from GraphQL so the AWS layer can throw these too.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'SOURCE_DISABLED'
  | 'FORBIDDEN'
  /** A mutation's object does not exist (or is not visible to the gateway). */
  | 'NOT_FOUND'
  | 'UPSTREAM_NOT_FOUND'
  | 'UPSTREAM_THROTTLED'
  | 'UPSTREAM_RATE_LIMITED'
  | 'DEADLINE_EXCEEDED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_ACCESS_DENIED'
  | 'UPSTREAM_BAD_REQUEST'
  | 'UPSTREAM_ERROR'
  | 'HISTORY_UNAVAILABLE'
  | 'EVENTS_EXPIRED';

export interface ErrorDetails {
  /** The source that failed, by its registry name (deviceFarm, nimble, codeCatalyst, systemsManager). */
  source?: string;
  /** The account of the place that failed, when it is an assumed one (see AWS_ACCOUNTS). */
  account?: string;
  /** The region of the place that failed, for a regional source. */
  region?: string;
  /** The AWS error name, e.g. ThrottlingException. */
  awsError?: string;
  /** The AWS request ID, for support cases. */
  requestId?: string;
}

export class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

/** The same error, naming the place (account and region) it happened in. */
export function inPlace(error: unknown, place: { account: string; region: string }, regional: boolean): unknown {
  if (!(error instanceof GatewayError) || !error.details.source) return error;
  const where = [place.account ? `Account ${place.account}` : '', regional ? place.region : ''].filter(Boolean).join(', ');
  if (!where) return error;
  const details = { ...error.details, ...(place.account ? { account: place.account } : {}), ...(regional ? { region: place.region } : {}) };
  return new GatewayError(error.code, `${where}: ${error.message}`, details);
}

export const badInput = (message: string) => new GatewayError('BAD_USER_INPUT', message);

/**
 * The GraphQL `extensions` of a GatewayError: the code plus the details that are set. AWS's
 * request ID is `awsRequestId`: `requestId` is the gateway's own (src/ops/requestLog.ts).
 */
export function errorExtensions(error: GatewayError): Record<string, string> {
  const extensions: Record<string, string> = { code: error.code };
  for (const [key, value] of Object.entries(error.details)) {
    if (value !== undefined) extensions[key === 'requestId' ? 'awsRequestId' : key] = value;
  }
  return extensions;
}
