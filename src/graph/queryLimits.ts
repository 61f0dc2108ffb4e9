import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * Every field may fan out to AWS, so operations are bounded before they run: list sizes by
 * `first` (at most 100), shape by these limits (GraphQL Armor), generous for real queries.
 */
export function queryLimits() {
  // Armor's errors carry no code; report them as validation errors with one.
  const rejected = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Simplify the query.`, {
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        ),
    ],
  };
  return [
    maxDepthPlugin({ n: 12, flattenFragments: true, ...rejected }),
    maxAliasesPlugin({ n: 30, ...rejected }),
    maxTokensPlugin({ n: 5000, ...rejected }),
    maxDirectivesPlugin({ n: 50, ...rejected }),
  ];
}
