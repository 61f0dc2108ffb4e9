// Nimble Studio's errors (an API-Gateway-style restJson front end). Every body carries a detailed
// `code` and a `context` map: a resource-specific code where one was given, else one derived from
// the type (ThrottlingException → THROTTLING).
import { ServiceError, type ErrorKit } from '../../errors.js';

export const errors: ErrorKit = {
  invalid: (message) => new ServiceError('ValidationException', 400, message),
  notFound: (message, resource = 'RESOURCE', context = {}) =>
    new ServiceError('ResourceNotFoundException', 404, message, { code: `${resource}_NOT_FOUND`, context }),
  fault: (fault) =>
    ({
      throttle: () => new ServiceError('ThrottlingException', 429, 'Rate exceeded'),
      unavailable: () => new ServiceError('InternalServerErrorException', 500, 'An internal error occurred.'),
      notFound: () => errors.notFound('The requested resource was not found.'),
      accessDenied: () => new ServiceError('AccessDeniedException', 403, 'You are not authorized to perform this action.'),
    })[fault](),
  body(error) {
    const derived = error.type.replace(/Exception$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
    return { code: error.extra.code ?? derived, context: error.extra.context ?? {} };
  },
};
