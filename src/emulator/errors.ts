// The errors the emulator answers with. Each service declares its own vocabulary (an ErrorKit in
// its folder). Every error goes out with the `x-amzn-errortype` header and a JSON body carrying
// `__type` and `message`: awsJson clients read `__type` first and restJson clients read the
// header first, so both always agree.
import type { Protocol } from './services/service.js';
import type { ErrorFault } from './types.js';

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

/** A control request that cannot be done; `status` is the HTTP status the control API answers. */
export class ControlError extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/** The errors a service's operations, its paging and the injected faults raise. */
export interface ErrorKit {
  /** A missing, malformed or out-of-range parameter, or a bad nextToken. */
  invalid(message: string): ServiceError;
  /** `resource` names the kind of thing (Nimble turns it into a detailed code). */
  notFound(message: string, resource?: string, context?: Record<string, string>): ServiceError;
  /** An injected fault, in the service's faithful form. */
  fault(fault: ErrorFault): ServiceError;
  /** Members every error body of the service carries besides `__type` and `message`. */
  body?(error: ServiceError): Record<string, unknown>;
}

/** A request that matches no operation: coral (awsJson) says so with 400, path-routed front ends with 404. */
export function unknownOperation(protocol: Protocol, what: string): ServiceError {
  return new ServiceError('UnknownOperationException', protocol.kind === 'awsJson' ? 400 : 404, `Unknown operation ${what}`);
}

/** A body that is not a JSON object (coral's SerializationException). */
export function serializationError(): ServiceError {
  return new ServiceError('SerializationException', 400, 'The request body is not a valid JSON object.');
}

/** The JSON body of an error. */
export function errorBody(kit: ErrorKit, error: ServiceError): Record<string, unknown> {
  return { __type: error.type, message: error.message, ...kit.body?.(error) };
}
