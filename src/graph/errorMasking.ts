import { GraphQLError } from 'graphql';
import { createLogger, maskError } from 'graphql-yoga';
import { errorExtensions, GatewayError } from '../errors.js';

/**
 * Expected failures (GatewayError) reach the client with their code and message; anything else
 * is masked by yoga ("Unexpected error."), so no stack trace or internal detail leaks.
 */
export function maskGatewayErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GatewayError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: errorExtensions(original),
    });
  }
  return maskError(error, message, isDev);
}

/**
 * Yoga logs every error its masking rewrites. A GatewayError is an expected answer, not a
 * server fault: bad input is not logged, an upstream failure is one warning line.
 */
export function gatewayLogger() {
  const logger = createLogger('info');
  return {
    ...logger,
    error: (...args: unknown[]) => {
      const original = args[0] instanceof GraphQLError ? args[0].originalError : undefined;
      if (!(original instanceof GatewayError)) return logger.error(...args);
      if (original.code.startsWith('UPSTREAM_')) logger.warn(`${original.code}: ${original.message}`);
    },
  };
}
