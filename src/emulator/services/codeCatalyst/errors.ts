// CodeCatalyst's errors. It models no server error, so "unavailable" is the gateway's 503, which
// the SDK retries.
import { ServiceError, type ErrorKit } from '../../errors.js';

export const errors: ErrorKit = {
  invalid: (message) => new ServiceError('ValidationException', 400, message),
  notFound: (message) => new ServiceError('ResourceNotFoundException', 404, message),
  fault: (fault) =>
    ({
      throttle: () => new ServiceError('ThrottlingException', 429, 'Rate exceeded'),
      unavailable: () => new ServiceError('ServiceUnavailableException', 503, 'The service is unavailable. Try again later.'),
      notFound: () => errors.notFound('The requested resource was not found.'),
      accessDenied: () => new ServiceError('AccessDeniedException', 403, 'You do not have sufficient access to perform this action.'),
    })[fault](),
};
