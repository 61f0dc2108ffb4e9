// Device Farm's errors. It is a coral awsJson service: client errors, throttling and access
// denial are 400s (ThrottlingException is not even modeled, the SDK still retries it by name);
// its modeled server error is InternalServiceException.
import { ServiceError, type ErrorKit } from '../../errors.js';

export const errors: ErrorKit = {
  invalid: (message) => new ServiceError('ArgumentException', 400, message),
  notFound: (message) => new ServiceError('NotFoundException', 400, message),
  fault: (fault) =>
    ({
      throttle: () => new ServiceError('ThrottlingException', 400, 'Rate exceeded'),
      unavailable: () => new ServiceError('InternalServiceException', 500, 'An internal error occurred.'),
      notFound: () => errors.notFound('The requested resource was not found.'),
      accessDenied: () => new ServiceError('AccessDeniedException', 400, 'You are not authorized to perform this action.'),
    })[fault](),
};
