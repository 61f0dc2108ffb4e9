import { describe, expect, it } from 'vitest';
import { toUpstreamError } from '../../src/aws/errors.js';

const sdkError = (name: string, status?: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`message of ${name}`), { name, $metadata: { httpStatusCode: status, requestId: 'req-1', attempts: 3 }, ...extra });

describe('toUpstreamError', () => {
  it.each([
    ['NotFoundException', 400, 'UPSTREAM_NOT_FOUND'],
    ['ResourceNotFoundException', 404, 'UPSTREAM_NOT_FOUND'],
    ['ThrottlingException', 400, 'UPSTREAM_THROTTLED'],
    ['ThrottlingException', 429, 'UPSTREAM_THROTTLED'],
    ['LimitExceededException', 400, 'UPSTREAM_THROTTLED'],
    ['AccessDeniedException', 403, 'UPSTREAM_ACCESS_DENIED'],
    ['CredentialsProviderError', undefined, 'UPSTREAM_ACCESS_DENIED'],
    ['ValidationException', 400, 'UPSTREAM_BAD_REQUEST'],
    ['ArgumentException', 400, 'UPSTREAM_BAD_REQUEST'],
    ['InternalServiceException', 500, 'UPSTREAM_UNAVAILABLE'],
    ['CodeCatalystServiceException', 503, 'UPSTREAM_UNAVAILABLE'],
    ['TimeoutError', undefined, 'UPSTREAM_UNAVAILABLE'],
  ])('%s (HTTP %s) → %s', (name, status, code) => {
    const error = toUpstreamError('nimble', 'ListStreamingSessions', sdkError(name, status));
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject({ source: 'nimble', awsError: name, requestId: 'req-1' });
  });

  it.each([
    ['SyntaxError', 502, 'UPSTREAM_UNAVAILABLE'],
    ['TypeError', 200, 'UPSTREAM_ERROR'],
  ])('a JavaScript %s (HTTP %s) is %s without its internal name', (name, status, code) => {
    const error = toUpstreamError('nimble', 'ListStreamingSessions', sdkError(name, status));
    expect(error.code).toBe(code);
    expect(error.details.awsError).toBeUndefined();
    expect(error.message).not.toContain(name);
    expect(error.message).not.toContain('message of');
  });

  it('keeps AWS client-error messages and hides server-side detail', () => {
    expect(toUpstreamError('deviceFarm', 'GetProject', sdkError('NotFoundException', 400)).message).toBe(
      'Device Farm GetProject failed after 3 attempts (NotFoundException): message of NotFoundException; it does not exist or is not visible to the gateway.',
    );
    const hidden = toUpstreamError('codeCatalyst', 'ListSpaces', sdkError('InternalError', 500));
    expect(hidden.message).not.toContain('message of');
    expect(hidden.message).toContain('CodeCatalyst ListSpaces failed');
  });

  it.each([
    ['Project my-project was not found in space acme.', 'Project my-project was not found in space acme'],
    ['The nextToken is not valid. ', 'The nextToken is not valid'],
    ['Something went wrong...', 'Something went wrong'],
    ['Rate exceeded', 'Rate exceeded'],
    ['Version 1.2 is not supported', 'Version 1.2 is not supported'],
  ])('joins the AWS message %j to the advice without ".;"', (awsMessage, kept) => {
    const error = toUpstreamError('codeCatalyst', 'ListDevEnvironments', Object.assign(new Error(awsMessage), { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } }));
    expect(error.message).toBe(`CodeCatalyst ListDevEnvironments failed (ResourceNotFoundException): ${kept}; it does not exist or is not visible to the gateway.`);
    expect(error.message).not.toContain('.;');
  });

  it('maps network errors by code', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(toUpstreamError('deviceFarm', 'ListProjects', error).code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
