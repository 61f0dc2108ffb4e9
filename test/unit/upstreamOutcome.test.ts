import { describe, expect, it } from 'vitest';
import { upstreamOutcome } from '../../src/ops/upstreamOutcome.js';

const sdkError = (name: string, status?: number, extra: object = {}) =>
  Object.assign(new Error(name), { name, $metadata: status === undefined ? {} : { httpStatusCode: status }, ...extra });

describe('upstreamOutcome', () => {
  it.each([
    [undefined, 'ok'],
    [sdkError('ThrottlingException', 400), 'throttled'],
    [sdkError('TooManyRequestsException', 429), 'throttled'],
    [sdkError('SomethingElse', 429), 'throttled'],
    [sdkError('InternalServiceException', 500, { $fault: 'server' }), '5xx'],
    [sdkError('ServiceUnavailableException', 503), '5xx'],
    [sdkError('TimeoutError'), 'timeout'],
    [Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), 'network'],
    [sdkError('NotFoundException', 400), 'not_found'],
    [sdkError('ResourceNotFoundException', 404), 'not_found'],
    [sdkError('AccessDeniedException', 403), 'denied'],
    [sdkError('InvalidSignatureException', 400), 'denied'],
    [sdkError('ValidationException', 400), 'bad_request'],
    [new Error('something odd'), 'error'],
  ])('%o is %s', (error, outcome) => {
    expect(upstreamOutcome(error)).toBe(outcome);
  });
});
