import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Most tokens a document may have: generous for real queries, GraphiQL's introspection included. */
export const MAX_TOKENS = 5000;
/** Deepest nesting of `{`, `[` and `(`: selections (depth 12, below) plus arguments and input values. */
export const MAX_NESTING = 32;

const OPEN = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSE = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

const tooLarge = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Counts tokens and nesting with GraphQL's own lexer, before the document is parsed. The parser
 * recurses once per nesting level, so 5,000 nested selections or a list literal nested 2,400
 * deep overflow the stack inside it, before a counting parser (GraphQL Armor's max-tokens)
 * reaches its limit. The lexer is a loop: it stops at the first token past a limit.
 * A syntax error is left to the parser, which reports it with its position.
 */
export function checkDocumentSize(text: string): void {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > MAX_TOKENS) throw tooLarge(`The document has more than ${MAX_TOKENS} tokens; split the query or use fragments.`);
      if (OPEN.has(token.kind) && ++depth > MAX_NESTING) {
        throw tooLarge(`The document nests selections, arguments or values more than ${MAX_NESTING} deep; flatten the query.`);
      }
      if (CLOSE.has(token.kind)) depth--;
    }
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw error;
  }
}

/** Runs checkDocumentSize on every document before yoga parses it (or finds it in its cache). */
export function useDocumentLimits(): Plugin {
  return {
    onParse({ params }) {
      checkDocumentSize(typeof params.source === 'string' ? params.source : params.source.body);
    },
  };
}
