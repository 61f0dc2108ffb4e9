import { GraphQLError } from 'graphql';
import { maskError, type Plugin } from 'graphql-yoga';
import { errorExtensions, GatewayError } from '../errors.js';
import { boundMessage } from '../untrusted.js';

/** JavaScript's own error names: never an AWS error code, and never shown to a client. */
const JS_ERRORS = new Set(['Error', 'SyntaxError', 'TypeError', 'RangeError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']);

/** A GraphQL error about the request itself (syntax, validation, variables, HTTP), not a server fault. */
export const isRequestError = (error: GraphQLError): boolean =>
  error.originalError === undefined || (error.originalError instanceof GraphQLError && isRequestError(error.originalError));

/**
 * Expected failures (GatewayError) reach the client with their code and message; errors about
 * the request pass with their message bounded (GraphQL's messages quote the request), a code
 * (BAD_USER_INPUT when they have none) and without `extensions.originalError` (yoga puts a JSON
 * parser's message there); anything else
 * is masked by yoga ("Unexpected error."), never in development form, so no stack trace, error
 * name or internal detail leaks.
 */
export function maskGatewayErrors(error: unknown, message: string, _isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GatewayError && error instanceof GraphQLError) {
    const extensions = errorExtensions(original);
    if (extensions.awsError && JS_ERRORS.has(extensions.awsError)) delete extensions.awsError;
    return new GraphQLError(boundMessage(original.message), { nodes: error.nodes, path: error.path, extensions });
  }
  if (error instanceof GraphQLError && isRequestError(error)) {
    const { originalError: internal, ...extensions } = error.extensions;
    const bounded = boundMessage(error.message);
    if (bounded === error.message && internal === undefined && extensions.code !== undefined) return error;
    // GraphQL's variable errors come without a code: they are the request's fault.
    const coded = { code: 'BAD_USER_INPUT', ...extensions };
    return new GraphQLError(bounded, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: coded });
  }
  return maskError(error, message, false);
}

type MaskError = typeof maskGatewayErrors;
// "Did you mean "x"?", "Did you mean the enum value "X"?", "Did you mean "a", "b", or "c"?"
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes GraphQL's "Did you mean …?" hints from every error (validation, variables, enum values),
 * since they spell out the schema to someone who cannot introspect it (FIELD_SUGGESTIONS=false).
 */
export function withoutSuggestions(mask: MaskError): MaskError {
  return (error, message, isDev) => {
    const masked = mask(error, message, isDev);
    if (!(masked instanceof GraphQLError) || !SUGGESTION.test(masked.message)) return masked;
    const { nodes, source, positions, path, originalError, extensions } = masked;
    return new GraphQLError(masked.message.replace(SUGGESTION, ''), { nodes, source, positions, path, originalError, extensions });
  };
}

/** The code yoga gives validation errors later, given first so that masking keeps it. */
const validationCoded = (error: GraphQLError) =>
  error.extensions.code
    ? error
    : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });

/**
 * Yoga masks the errors of parsing and execution, not validation's: this passes validation
 * errors through the same mask (bounded messages, codes, suggestions as configured).
 */
export function useMaskedValidationErrors(mask: MaskError): Plugin {
  return {
    onValidate: () => ({ valid, result, setResult }) => {
      if (!valid) setResult(result.map((error) => mask(validationCoded(error), 'Unexpected error.') as GraphQLError));
    },
  };
}
