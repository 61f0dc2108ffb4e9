// Systems Manager's errors. SSM is a coral awsJson service like Device Farm: client errors,
// throttling and access denial are 400s; its modeled server error is InternalServerError (500).
// Coral rejects a value outside the model's constraints (MaxResults, lengths) with
// ValidationException before the service runs; the service's own errors are InvalidNextToken,
// InvalidFilterKey and DoesNotExistException.
import { ServiceError, type ErrorKit } from '../../errors.js';

export const errors: ErrorKit = {
  invalid: (message) => new ServiceError('ValidationException', 400, message),
  notFound: (message) => new ServiceError('DoesNotExistException', 400, message),
  fault: (fault) =>
    ({
      throttle: () => new ServiceError('ThrottlingException', 400, 'Rate exceeded'),
      unavailable: () => new ServiceError('InternalServerError', 500, 'An internal error occurred.'),
      notFound: () => errors.notFound('The requested resource does not exist.'),
      accessDenied: () => new ServiceError('AccessDeniedException', 400, 'You are not authorized to perform this action.'),
    })[fault](),
};

export const invalidNextToken = (message: string) => new ServiceError('InvalidNextToken', 400, message);

export const invalidFilterKey = (message: string) => new ServiceError('InvalidFilterKey', 400, message);

/** Coral's wording for a value outside the model's constraints. */
export const constraint = (value: unknown, member: string, rule: string) =>
  errors.invalid(`1 validation error detected: Value '${String(value).slice(0, 100)}' at '${member}' failed to satisfy constraint: Member must ${rule}`);
