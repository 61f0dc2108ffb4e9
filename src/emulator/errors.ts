// Each service's own error vocabulary. Every error goes out with the `x-amzn-errortype` header
// and a JSON body carrying `__type` and `message`: awsJson clients read `__type` first and
// restJson clients read the header first, so both always agree.
import type { ErrorFault, ServiceName } from './types.js';

export class ServiceError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    /** Nimble's detailed `code` and `context`, where a specific one applies. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The errors the operations and the paging helpers raise, per service. */
export interface ErrorKit {
  /** A missing, malformed or out-of-range parameter, or a bad nextToken. */
  invalid(message: string): ServiceError;
  /** `resource` names the kind of thing (Nimble turns it into a detailed code). */
  notFound(message: string, resource?: string, context?: Record<string, string>): ServiceError;
}

export const deviceFarmErrors: ErrorKit = {
  invalid: (message) => new ServiceError('ArgumentException', 400, message),
  notFound: (message) => new ServiceError('NotFoundException', 400, message),
};

export const nimbleErrors: ErrorKit = {
  invalid: (message) => new ServiceError('ValidationException', 400, message),
  notFound: (message, resource = 'RESOURCE', context = {}) =>
    new ServiceError('ResourceNotFoundException', 404, message, { code: `${resource}_NOT_FOUND`, context }),
};

export const codeCatalystErrors: ErrorKit = {
  invalid: (message) => new ServiceError('ValidationException', 400, message),
  notFound: (message) => new ServiceError('ResourceNotFoundException', 404, message),
};

export const errorKits: Record<ServiceName, ErrorKit> = {
  deviceFarm: deviceFarmErrors,
  nimble: nimbleErrors,
  codeCatalyst: codeCatalystErrors,
};


/**
 * Injected faults, in each service's faithful form. Device Farm is a coral awsJson service:
 * throttling and access denial are 400s there (ThrottlingException is not even modeled, the SDK
 * still retries it by name); its modeled server error is InternalServiceException. CodeCatalyst
 * models no server error, so "unavailable" is the gateway's 503, which the SDK retries.
 */
export function faultError(service: ServiceName, fault: ErrorFault): ServiceError {
  switch (service) {
    case 'deviceFarm':
      return {
        throttle: new ServiceError('ThrottlingException', 400, 'Rate exceeded'),
        unavailable: new ServiceError('InternalServiceException', 500, 'An internal error occurred.'),
        notFound: deviceFarmErrors.notFound('The requested resource was not found.'),
        accessDenied: new ServiceError('AccessDeniedException', 400, 'You are not authorized to perform this action.'),
      }[fault];
    case 'nimble':
      return {
        throttle: new ServiceError('ThrottlingException', 429, 'Rate exceeded'),
        unavailable: new ServiceError('InternalServerErrorException', 500, 'An internal error occurred.'),
        notFound: nimbleErrors.notFound('The requested resource was not found.'),
        accessDenied: new ServiceError('AccessDeniedException', 403, 'You are not authorized to perform this action.'),
      }[fault];
    case 'codeCatalyst':
      return {
        throttle: new ServiceError('ThrottlingException', 429, 'Rate exceeded'),
        unavailable: new ServiceError('ServiceUnavailableException', 503, 'The service is unavailable. Try again later.'),
        notFound: codeCatalystErrors.notFound('The requested resource was not found.'),
        accessDenied: new ServiceError('AccessDeniedException', 403, 'You do not have sufficient access to perform this action.'),
      }[fault];
  }
}

/** A request that matches no operation of the service. */
export function unknownOperation(service: ServiceName, what: string): ServiceError {
  const status = service === 'deviceFarm' ? 400 : 404;
  return new ServiceError('UnknownOperationException', status, `Unknown operation ${what}`);
}

/** A body that is not a JSON object (coral's SerializationException). */
export function serializationError(): ServiceError {
  return new ServiceError('SerializationException', 400, 'The request body is not a valid JSON object.');
}

/**
 * The JSON body of an error. Nimble's bodies always carry a detailed `code` and a `context` map:
 * a resource-specific code where one was given, else one derived from the type
 * (ThrottlingException → THROTTLING).
 */
export function errorBody(service: ServiceName, error: ServiceError): Record<string, unknown> {
  const body = { __type: error.type, message: error.message };
  if (service !== 'nimble') return body;
  const derived = error.type.replace(/Exception$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
  return { ...body, code: error.extra.code ?? derived, context: error.extra.context ?? {} };
}
