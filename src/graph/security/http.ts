import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { contentEncodings, decodeBody, readAtMost, tooLarge } from './contentEncoding.js';

/** Headers that prove a request was preflighted; a browser sends them cross-origin only after CORS allowed it. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/**
 * CORS from an allow-list: an origin on the list gets CORS headers (without credentials: the
 * gateway uses no cookies); any other gets none, so a browser refuses to hand it the answer.
 * Never `*`, never an echo of an arbitrary origin.
 */
export function corsFromAllowList(origins: readonly string[]): YogaServerOptions<object, object>['cors'] {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowed.has(origin) ? { origin: [origin], credentials: false, methods: ['GET', 'POST'] } : false;
  };
}

/**
 * CSRF prevention for browser requests (yoga's plugin): a request a browser may send cross-origin
 * without a preflight (GET, or a form or text/plain POST) must carry one of CSRF_HEADERS.
 * JSON POSTs, as every GraphQL client sends them, are always preflighted and pass. The plugin's
 * rejection carries no code; this gives it one.
 */
export function useCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: CSRF_HEADERS }) as Plugin;
  return {
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse?.(payload);
      } catch {
        throw new GraphQLError(`This request could be sent by another site's page; send it as JSON (content-type: application/json), or with a ${CSRF_HEADERS[0]} header.`, {
          extensions: { code: 'CSRF_REJECTED', http: { status: 403 } },
        });
      }
    },
  };
}

/**
 * A body refused as too large (413) is left unread on the connection, so the connection closes
 * with the answer instead of carrying the rest of that body into the next request.
 */
export function useCloseAfterTooLarge(): Plugin {
  return {
    onResponse({ response }) {
      if (response.status === 413) response.headers.set('connection', 'close');
    },
  };
}

/**
 * MAX_REQUEST_BYTES. yoga's own limit (`maxRequestBodySize`, since 5.24) pipes every body through a
 * TransformStream, and its stream pipeline's end builds an AbortError: under load that was 5 % of
 * the gateway's main thread for nothing, since Node's HTTP parser never hands on more bytes than a
 * request's Content-Length says, and refuses a Content-Length that is not a number. So a body with
 * a length is judged by its header alone, and only a body streamed without one (chunked) is
 * counted as it is read. A compressed body (Content-Encoding) is judged by its decoded bytes too,
 * decoded here rather than by @whatwg-node/server's useContentEncoding, which inflated without
 * bound (a 20 KB gzip body to 20 MB) and swapped in a new Request, which the request log and
 * request ID, keyed on the request, then lost.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > limit) throw tooLarge(limit);
      const encoding = request.headers.get('content-encoding');
      // Judged by its length alone, the body's stream is left untouched (the fast path of the JSON parser).
      if (!requestParser || (length !== null && encoding === null)) return;
      const body = request.body;
      if (!body) return;
      const encodings = contentEncodings(encoding);
      const parse = requestParser;
      if (encodings.length > 0) {
        setRequestParser(async () => {
          const decoded = await decodeBody(await readAtMost(body, limit), encodings, limit);
          const headers = new fetchAPI.Headers(request.headers);
          headers.delete('content-encoding');
          headers.delete('content-length');
          // A Buffer is a Uint8Array, which a Request takes; TypeScript's DOM types want its ArrayBuffer narrower.
          return parse(new fetchAPI.Request(request.url, { method: request.method, headers, signal: request.signal, body: decoded as Uint8Array<ArrayBuffer> }));
        });
        return;
      }
      if (length !== null) return;
      let bytes = 0;
      const counted = body.pipeThrough(
        new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            bytes += chunk.byteLength;
            if (bytes > limit) controller.error(tooLarge(limit));
            else controller.enqueue(chunk);
          },
        }),
      );
      // @ts-expect-error duplex is missing from the Request types
      setRequestParser(() => parse(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: counted, duplex: 'half' })));
    },
  };
}
