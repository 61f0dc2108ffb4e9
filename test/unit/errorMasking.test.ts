import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { maskGatewayErrors, withoutSuggestions } from '../../src/graph/errorMasking.js';
import { reportUnexpectedFailure, reportUnknownEnumValue } from '../../src/diagnostics.js';
import { useDiagnosticsLog } from '../../src/ops/diagnosticsLog.js';
import { createLogger, yogaLogger } from '../../src/ops/logger.js';
import { captureLogs } from '../support/ops.js';

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
    // An unexpected error is told by its fingerprint: neither its text nor its class nor its stack.
    const unexpected = JSON.parse(lines[2]!);
    expect(unexpected).toMatchObject({ event: 'unexpected_error', path: 'sessions', fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(lines[2]).not.toMatch(/cannot read|forged|TypeError|stack|\.ts:\d+|\.js:\d+/);
  });

  it('gives one fault one fingerprint, and another fault another', async () => {
    const { lines, log } = await capture();
    // The same code failing twice with different data, then other code.
    for (const detail of ['first', 'second']) log.error(located(new TypeError(`no ${detail}`)));
    log.error(located(new TypeError('elsewhere')));
    const [a, b, c] = lines.map((line) => JSON.parse(line).fingerprint);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('does not log errors about the request, nor expected GatewayErrors', async () => {
    const { lines, log } = await capture();
    log.error(new GraphQLError(`Cannot query field "${INJECTION}" on type "Query".`));
    log.error(located(new GatewayError('BAD_USER_INPUT', INJECTION)));
    log.error(located(new GatewayError('UPSTREAM_NOT_FOUND', `Studio ${INJECTION} was not found.`)));
    expect(lines).toEqual([]);
  });
});

describe('reports from code without a logger (src/diagnostics.ts)', () => {
  it('reach the gateway log while it runs, escaped and shortened, and stop when it is disposed', async () => {
    const log = await captureLogs('debug');
    const plugin = useDiagnosticsLog(log.logger);
    reportUnknownEnumValue({ type: 'DeviceFarmDevicePlatform', value: `VISION_OS\n[ERROR] forged ${'x'.repeat(500)}` });
    reportUnexpectedFailure({ error: new RangeError('secret /srv/app.ts:12'), during: 'discovering nimble scopes for the feed' });
    expect(log.lines).toHaveLength(2);
    const [unknown, unexpected] = log.lines;
    expect(unknown).toMatchObject({ event: 'unknown_enum_value', type: 'DeviceFarmDevicePlatform', level: 40 });
    expect(unknown!.value).toHaveLength(64);
    expect(unexpected).toMatchObject({ event: 'unexpected_error', during: 'discovering nimble scopes for the feed', level: 50 });
    expect(log.text()).not.toMatch(/secret|RangeError|stack/);
    (plugin.onDispose as () => void)();
    reportUnknownEnumValue({ type: 'DeviceFarmDevicePlatform', value: 'VISION_OS' });
    expect(log.lines).toHaveLength(2);
  });
});
