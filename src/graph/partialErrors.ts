import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { errorExtensions } from '../errors.js';

/**
 * Appends the errors a resolver reported without failing its field, e.g. one source of the
 * `sessions` feed failing while the others answered. They are GraphQL errors with a code and
 * a source, so masking lets them through; the response keeps its data and HTTP 200.
 */
export function usePartialErrors(): Plugin<GatewayContext> {
  return {
    onExecute: () => ({
      onExecuteDone({ args, result, setResult }) {
        const reported = (args.contextValue as GatewayContext).partialErrors;
        if (reported.length === 0 || Symbol.asyncIterator in result) return;
        const errors = reported.map(
          ({ error, path }) => new GraphQLError(error.message, { path, extensions: errorExtensions(error) }),
        );
        const single = result as ExecutionResult;
        setResult({ ...single, errors: [...(single.errors ?? []), ...errors] });
      },
    }),
  };
}
