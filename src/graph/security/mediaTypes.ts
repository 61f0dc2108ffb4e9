// yoga refuses a body it cannot read (415) and an answer the client would not accept (406) with
// an empty body: no code, no request ID, nothing to act on. These give both a coded GraphQL error,
// and refuse an answer no Accept allows before the operation runs: yoga would learn it only from
// the result, once every upstream call of the query had been made.
import { BREAK, GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { processRegularResult, type Plugin } from 'graphql-yoga';
import { quoteInput } from '../../untrusted.js';

/** The request bodies yoga reads (its parsers); form types also need a CSRF header. */
const READ = 'application/json (or application/graphql, application/x-www-form-urlencoded, multipart/form-data)';
/** What yoga answers in, for a client whose Accept names none of it. */
const ANSWERED = ['application/graphql-response+json', 'application/json', 'text/event-stream', 'multipart/mixed'];

/** What yoga can send a subscription as (its subscriptions have no multipart processor). */
const SUBSCRIBED = ['text/event-stream'];
/** What yoga can send an operation with @defer or @stream as. */
const STREAMED = ['text/event-stream', 'multipart/mixed'];

/**
 * Whether the request's Accept allows one of `offered`, read as yoga reads it (its
 * result-processor/accept.js, not exported): no header is any type, a type with another charset
 * than utf-8 is skipped, `*` stands for a whole type or subtype.
 */
export function accepts(accept: string | null, offered: readonly string[]): boolean {
  return (accept ?? '*/*')
    .replace(/\s/g, '')
    .toLowerCase()
    .split(',')
    .some((entry) => {
      const [mediaType = '', ...params] = entry.split(';');
      if ((params.find((param) => param.includes('charset=')) ?? 'charset=utf-8') !== 'charset=utf-8') return false;
      const [type, subtype] = mediaType.split('/');
      return offered.some((offer) => {
        const [offerType, offerSubtype] = offer.split('/');
        return (type === '*' || type === offerType) && (subtype === '*' || subtype === offerSubtype);
      });
    });
}

/** Documents already looked at: yoga's parser cache hands the same document to every request that sends it. */
const incremental = new WeakMap<DocumentNode, boolean>();

/** Whether an operation's answer comes as a stream: @defer or @stream anywhere in its document. */
function hasIncrementalDelivery(document: DocumentNode): boolean {
  const known = incremental.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.DIRECTIVE](node) {
      if (node.name.value !== 'defer' && node.name.value !== 'stream') return undefined;
      found = true;
      return BREAK;
    },
  });
  incremental.set(document, found);
  return found;
}

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

const acceptOf = (context: unknown) => (context as { request?: Request }).request?.headers.get('accept') ?? null;

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
      } else if (requestParser && !accepts(request.headers.get('accept'), ANSWERED)) {
        setRequestParser(() => {
          throw notAcceptable(false, ANSWERED);
        });
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (accepts(acceptOf(args.contextValue), STREAMED) || !hasIncrementalDelivery(args.document)) return;
      setResultAndStopExecution({ errors: [notAcceptable(true, STREAMED)] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (accepts(acceptOf(args.contextValue), SUBSCRIBED)) return;
      setResultAndStopExecution({ errors: [notAcceptable(true, SUBSCRIBED)] });
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
