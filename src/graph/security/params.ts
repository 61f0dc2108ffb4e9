// A request's GraphQL parameters, checked before any plugin reads them. yoga checks their types
// only after every plugin's onParams has run, and the response cache keys and waits on them there;
// it never bounds how deep `variables` nest (keying and coercing them recurse); and a GET's
// `variables` or `extensions` that is not JSON reached the client as a 500.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_NESTING } from './documentLimits.js';

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/** The JSON type of a value, as a message names it. */
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

const isRecord = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether an object or list lies more than `limit` levels inside `root` (a loop: no depth overflows it). */
export function nestedDeeperThan(root: object, limit: number): boolean {
  const stack: Array<{ value: object; level: number }> = [{ value: root, level: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    for (const child of Object.values(top.value)) {
      if (child === null || typeof child !== 'object') continue;
      if (top.level + 1 > limit) return true;
      stack.push({ value: child as object, level: top.level + 1 });
    }
  }
  return false;
}

/** Throws a coded 400 for parameters of the wrong type, and for variables nested past MAX_NESTING. */
export function checkParams(params: Record<string, unknown>): void {
  const { query, operationName, variables, extensions } = params;
  if (query != null && typeof query !== 'string') throw badRequest(`\`query\` must be a string holding the GraphQL document, not ${typeName(query)}.`);
  if (operationName != null && typeof operationName !== 'string') {
    throw badRequest(`\`operationName\` must be a string naming an operation of the query, not ${typeName(operationName)}.`);
  }
  if (variables != null && !isRecord(variables)) throw badRequest(`\`variables\` must be an object of variable values, not ${typeName(variables)}.`);
  if (extensions != null && !isRecord(extensions)) throw badRequest(`\`extensions\` must be an object, not ${typeName(extensions)}.`);
  if (variables != null && nestedDeeperThan(variables as object, MAX_NESTING)) {
    throw new GraphQLError(`The variables nest objects or lists more than ${MAX_NESTING} deep; flatten them.`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/** Which of a GET's JSON parameters is not JSON (a form POST's body is read by then: either). */
function notJson(request: Request): GraphQLError {
  const search = request.method === 'GET' ? new URL(request.url).searchParams : undefined;
  const bad = search && ['variables', 'extensions'].find((param) => !parses(search.get(param)));
  return badRequest(`${bad ? `\`${bad}\`` : '`variables` or `extensions`'} is not valid JSON; send it as URL-encoded JSON.`);
}

/** Whether yoga's parser takes a parameter: absent, empty or JSON. */
function parses(text: string | null): boolean {
  if (!text) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The checks above on every request, before the plugins that read its parameters. */
export function useParamsCheck(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      // A JSON body's parser gives its own coded error; the URL-encoded ones (GET, form) let
      // JSON.parse's SyntaxError through, which yoga masks as an unexpected 500.
      if (!requestParser || request.headers.get('content-type')?.includes('json')) return;
      const parse = requestParser;
      setRequestParser(async (received) => {
        try {
          return await parse(received);
        } catch (error) {
          throw error instanceof SyntaxError ? notJson(received) : error;
        }
      });
    },
    onParams({ params }) {
      checkParams(params as unknown as Record<string, unknown>);
    },
  };
}
