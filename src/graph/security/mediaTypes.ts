// yoga refuses a body it cannot read (415) and an answer the client would not accept (406) with
// an empty body: no code, no request ID, nothing to act on. These give both a coded GraphQL error.
import { GraphQLError } from 'graphql';
import { processRegularResult, type Plugin } from 'graphql-yoga';
import { quoteInput } from '../../untrusted.js';

/** The request bodies yoga reads (its parsers); form types also need a CSRF header. */
const READ = 'application/json (or application/graphql, application/x-www-form-urlencoded, multipart/form-data)';
/** What yoga answers in, for a client whose Accept names none of it. */
const ANSWERED = ['application/graphql-response+json', 'application/json', 'text/event-stream', 'multipart/mixed'];

const unsupported = (contentType: string | null) =>
  new GraphQLError(`This gateway reads a GraphQL POST as ${READ}, not ${contentType ? quoteInput(contentType) : 'a body without a content-type'}; send it as JSON.`, {
    extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
  });

const notAcceptable = (streamed: boolean, types: readonly string[]) =>
  new GraphQLError(
    streamed
      ? `This operation is answered as a stream of events (a subscription, or @defer and @stream): send it with Accept: ${types.join(' or ')}.`
      : `This answer can be sent as ${types.join(', ')}, and the request's Accept names none of them; accept application/json.`,
    { extensions: { code: 'NOT_ACCEPTABLE', http: { status: 406, headers: { accept: types.join(', ') } } } },
  );

/**
 * Coded 415 and 406 refusals. Put before the request log (useRequestLog), whose result hook then
 * stamps the 406's error with the request ID like any other.
 */
export function useMediaTypeRefusals(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      // A parser that refuses, rather than a throw here: the CSRF check (403) and the method
      // check (405), later in the same hook, still answer first.
      if (!requestParser && request.method === 'POST') {
        setRequestParser(() => {
          throw unsupported(request.headers.get('content-type'));
        });
      }
    },
    onResultProcess({ result, resultProcessor, acceptableMediaTypes, setResult, setResultProcessor }) {
      if (resultProcessor) return;
      const stream = Symbol.asyncIterator in result;
      // The stream was started: end it, so nothing goes on polling for no one.
      if (stream) void Promise.resolve((result as AsyncGenerator).return?.(undefined)).catch(() => undefined);
      const types = [...new Set(acceptableMediaTypes.length > 0 ? acceptableMediaTypes : ANSWERED)];
      setResult({ errors: [notAcceptable(stream, types)] });
      setResultProcessor(processRegularResult, 'application/json');
    },
  };
}
