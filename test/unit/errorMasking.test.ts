import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { maskGatewayErrors, withoutSuggestions } from '../../src/graph/errorMasking.js';
import { createLogger, yogaLogger } from '../../src/ops/logger.js';

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

describe('maskGatewayErrors: nothing internal, nothing echoed', () => {
  it('drops extensions.originalError (a JSON parser message) from request errors', () => {
    const parse = new GraphQLError('POST body sent invalid JSON.', {
      extensions: { code: 'BAD_REQUEST', originalError: { name: 'SyntaxError', message: 'Unexpected token } in JSON at position 26' } },
    });
    const masked = maskGatewayErrors(parse, 'Unexpected error.', true) as GraphQLError;
    expect(masked.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/SyntaxError|position/);
  });

  it('never adds a stack or originalError, even when yoga says development', () => {
    const masked = maskGatewayErrors(located(new RangeError('Maximum call stack size exceeded')), 'Unexpected error.', true) as GraphQLError;
    expect(JSON.stringify(masked.toJSON())).not.toMatch(/RangeError|stack|originalError/);
  });

  it('bounds a message that quotes a long value, and codes a request error that has no code', () => {
    const variable = new GraphQLError(`Variable "$f" got invalid value "${'x'.repeat(100_000)}"; Int cannot represent non-integer value: "${'x'.repeat(100_000)}"`);
    const masked = maskGatewayErrors(variable, 'Unexpected error.', false) as GraphQLError;
    expect(masked.message).toBe('Variable "$f" got invalid value (100000 characters); Int cannot represent non-integer value: (100000 characters)');
    expect(masked.extensions.code).toBe('BAD_USER_INPUT');
  });

  it("drops a JavaScript error name posing as an AWS error and escapes control characters in an upstream message", () => {
    const wrongShape = new GatewayError('UPSTREAM_ERROR', 'Nimble answered\n[ERROR] forged', { source: 'nimble', awsError: 'TypeError' });
    const masked = maskGatewayErrors(located(wrongShape), 'Unexpected error.', false) as GraphQLError;
    expect(masked.extensions).toEqual({ code: 'UPSTREAM_ERROR', source: 'nimble' });
    expect(masked.message).toBe('Nimble answered\\n[ERROR] forged');
  });
});

describe('withoutSuggestions', () => {
  const mask = withoutSuggestions(maskGatewayErrors);
  it.each([
    'Cannot query field "sesions" on type "Query". Did you mean "sessions"?',
    'Value "RUNNIN" does not exist in "SessionPhase" enum. Did you mean the enum value "RUNNING"?',
    'Variable "$f" got invalid value { kind: ["STREAMING"] }; Field "kind" is not defined by type "SessionFilter". Did you mean "kinds"?',
    'Unknown argument "frist" on field "Query.sessions". Did you mean "first", "after", or "filter"?',
  ])('removes the hint from %s', (message) => {
    const masked = mask(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }), 'Unexpected error.', false) as GraphQLError;
    expect(masked.message).not.toMatch(/Did you mean/);
    expect(masked.message).toBe(message.replace(/\s*Did you mean [^?]*\?/, ''));
  });
});

describe('the gateway log (pino JSON lines through yogaLogger)', () => {
  const INJECTION = 'stid-x\n[ERROR] forged line \u001b[31mred\u001b[0m';
  const capture = async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    return { lines, log: yogaLogger(await createLogger('debug', { destination })) };
  };

  it('keeps text from a request or an upstream answer inside one JSON line, its newline and terminal codes escaped', async () => {
    const { lines, log } = await capture();
    log.info(INJECTION);
    log.warn('value:', INJECTION);
    log.error(located(new TypeError(`cannot read ${INJECTION}`)));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toMatch(/\u001b\[31mred/);
    }
    expect(JSON.parse(lines[2]!).msg).toBe(`cannot read ${INJECTION}`);
  });

  it('does not log errors about the request, nor expected GatewayErrors', async () => {
    const { lines, log } = await capture();
    log.error(new GraphQLError(`Cannot query field "${INJECTION}" on type "Query".`));
    log.error(located(new GatewayError('BAD_USER_INPUT', INJECTION)));
    log.error(located(new GatewayError('UPSTREAM_NOT_FOUND', `Studio ${INJECTION} was not found.`)));
    expect(lines).toEqual([]);
  });
});
