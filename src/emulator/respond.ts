// Answers on the wire: each service's own, and the broken ones an injected fault asks for.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Call } from './dispatch.js';
import { AWS_JSON_CONTENT_TYPE, encodeAwsJson } from './protocols/awsJson.js';
import { AWS_QUERY_CONTENT_TYPE, encodeAwsQuery, encodeAwsQueryError } from './protocols/awsQuery.js';
import { encodeRestJson } from './protocols/restJson.js';

/** The body in the service's protocol; `status` and `errorType` tell an error from a success. */
function encoded(call: Call, body: object, requestId: string, status = 200, errorType?: string): { text: string; contentType: string } {
  const { protocol } = call.service;
  switch (protocol.kind) {
    case 'awsJson':
      return { text: encodeAwsJson(body), contentType: AWS_JSON_CONTENT_TYPE };
    case 'restJson':
      return { text: encodeRestJson(body), contentType: 'application/json' };
    case 'awsQuery': {
      const text = errorType === undefined
        ? encodeAwsQuery(protocol.xmlns, call.operation, body, requestId)
        : encodeAwsQueryError(protocol.xmlns, status, errorType, String((body as { message?: unknown }).message ?? ''), requestId);
      return { text, contentType: AWS_QUERY_CONTENT_TYPE };
    }
  }
}

function write(res: ServerResponse, status: number, contentType: string, text: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function send(res: ServerResponse, call: Call, status: number, body: object, errorType?: string): void {
  const requestId = randomUUID();
  const { text, contentType } = encoded(call, body, requestId, status, errorType);
  write(res, status, contentType, text, { 'x-amzn-requestid': requestId, ...(errorType !== undefined && { 'x-amzn-errortype': errorType }) });
}

/**
 * A 200 whose JSON stops halfway, with a content-length that matches what was sent (as a proxy
 * that cut the stream would), so the client reads a complete response that does not parse.
 */
export function sendTruncated(res: ServerResponse, call: Call, body: object): void {
  const { text, contentType } = encoded(call, body, randomUUID());
  const bytes = Buffer.from(text, 'utf8');
  write(res, 200, contentType, bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))), { 'x-amzn-requestid': randomUUID() });
}

/**
 * Valid JSON of the wrong shape: every top-level list becomes a string and every top-level object
 * a number (`"remoteAccessSessions": "oops"`, `"session": 42`); scalars, timestamps included, stay.
 */
export function wrongShape(body: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (Array.isArray(value)) return [key, 'oops'];
      if (value !== null && typeof value === 'object' && !(value instanceof Date)) return [key, 42];
      return [key, value];
    }),
  );
}

/** An Application Load Balancer's own 502 page: no AWS headers, an HTML body. */
const BAD_GATEWAY_PAGE = [
  '<html>',
  '<head><title>502 Bad Gateway</title></head>',
  '<body>',
  '<center><h1>502 Bad Gateway</h1></center>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

export function sendBadGatewayPage(res: ServerResponse): void {
  write(res, 502, 'text/html', BAD_GATEWAY_PAGE, { server: 'awselb/2.0' });
}

/** Drops the connection with a TCP reset, no answer sent. */
export function resetConnection(res: ServerResponse): void {
  if (res.socket) res.socket.resetAndDestroy();
  else res.destroy();
}
