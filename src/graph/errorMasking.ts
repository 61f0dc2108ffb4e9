import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
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
