// What an SDK v3 failure looks like and how AWS names its kinds of failure: shared by the error
// mapping (aws/errors.ts) and the metrics' outcome label (ops/upstreamOutcome.ts).

export interface SdkLikeError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  /** Set by the SDK when an answer could not be parsed (e.g. an HTML error page). */
  $response?: { statusCode?: number };
}

// DoesNotExistException: Systems Manager's (e.g. TerminateSession of a session it does not know).
export const NOT_FOUND = new Set(['NotFoundException', 'ResourceNotFoundException', 'DoesNotExistException']);
export const THROTTLED = new Set(['ThrottlingException', 'LimitExceededException', 'TooManyRequestsException', 'ThrottledException', 'RequestLimitExceeded']);
export const DENIED = new Set([
  'AccessDeniedException',
  'UnauthorizedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'ExpiredTokenException',
  'ServiceAccountException',
  'CredentialsProviderError',
  'TokenProviderError',
]);

/** An HTTP status, from the metadata or, for an answer that did not parse, the raw response. */
export const statusOf = (err: SdkLikeError): number | undefined => err.$metadata?.httpStatusCode ?? err.$response?.statusCode;
