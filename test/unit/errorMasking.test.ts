import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { maskGatewayErrors } from '../../src/graph/errorMasking.js';

const located = (original: Error) => new GraphQLError(original.message, { path: ['sessions'], originalError: original });

describe('maskGatewayErrors', () => {
  it('lets a GatewayError through with its code and details', () => {
    const masked = maskGatewayErrors(located(new GatewayError('UPSTREAM_THROTTLED', 'Slow down.', { source: 'nimble' })), 'Unexpected error.', false);
    expect(masked).toMatchObject({ message: 'Slow down.', path: ['sessions'], extensions: { code: 'UPSTREAM_THROTTLED', source: 'nimble' } });
  });

  it('masks anything else, without its message or stack', () => {
    const masked = maskGatewayErrors(located(new TypeError('secret detail at /srv/app.ts:12')), 'Unexpected error.', false) as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(JSON.stringify(masked.toJSON())).not.toContain('secret detail');
    expect(masked.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keeps GraphQL errors of the request itself (validation) as they are', () => {
    const validation = new GraphQLError('Unknown field "x".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(maskGatewayErrors(validation, 'Unexpected error.', false)).toBe(validation);
  });
});
