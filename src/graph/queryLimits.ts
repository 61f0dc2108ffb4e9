import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext } from 'graphql';
import { useCostLimit } from './security/cost.js';
import { useDocumentLimits } from './security/documentLimits.js';

/**
 * Every field may fan out to AWS, so operations are bounded before they run, in this order:
 * the document's tokens and nesting (before parsing, security/documentLimits.ts); its shape
 * (GraphQL Armor's validation rules: depth, aliases, directives); its cost in upstream calls
 * (security/cost.ts, with the variables); and list sizes (`first`, `ids`: at most 100).
 */
export function queryLimits({ maxCost }: { maxCost: number }) {
  // Armor's own errors carry no code: each rejection is reported as a validation error with one.
  const rejected = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Simplify the query.`, { extensions: { code: 'BAD_USER_INPUT' } }),
        ),
    ],
  };
  return [
    useDocumentLimits(),
    maxDepthPlugin({ n: 12, flattenFragments: true, ...rejected }),
    maxAliasesPlugin({ n: 30, ...rejected }),
    maxDirectivesPlugin({ n: 50, ...rejected }),
    useCostLimit(maxCost),
  ];
}
