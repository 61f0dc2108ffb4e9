// Which service and operation a request is for, and its parameters as received. The registered
// services share one port without colliding: awsJson ones are `POST` + an X-Amz-Target prefix of
// their own, restJson ones have their API version segment in the path (`/2020-08-01/`, `/v1/`;
// an endpoint path prefix before it is fine), awsQuery ones (STS) are a `POST` of a form whose
// `Action` names the operation once the body is read.
import type { IncomingMessage } from 'node:http';
import { serializationError, type ServiceError } from './errors.js';
import { isAwsJsonRequest, target } from './protocols/awsJson.js';
import { formParams, isAwsQueryRequest } from './protocols/awsQuery.js';
import { queryParams, router, versionedPath, type RouteMatch } from './protocols/restJson.js';
import { REGISTERED } from './services/registry.js';
import type { AnyService as Service } from './services/service.js';

export interface Call {
  service: Service;
  /** The operation asked for; `UnknownOperation` when a path matches none. */
  operation: string;
  known: boolean;
  /** Body + query + path labels, as received (query + path labels until withBody). */
  params: Record<string, unknown>;
  /** Set when the body is not a JSON object; reported after the auth check, as AWS does. */
  bodyError?: ServiceError;
}

const AWS_JSON = REGISTERED.flatMap((service) => (service.protocol.kind === 'awsJson' ? [{ service, prefix: service.protocol.targetPrefix }] : []));
const AWS_QUERY = REGISTERED.filter((service) => service.protocol.kind === 'awsQuery');
const REST = REGISTERED.flatMap((service) => (service.protocol.kind === 'restJson' ? [{ service, match: router(service.protocol.routes), version: service.protocol.version }] : []));

function parseBody(text: string): { body: Record<string, unknown>; error?: ServiceError } {
  if (text.trim() === '') return { body: {} };
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) return { body: body as Record<string, unknown> };
  } catch {
    // reported below
  }
  return { body: {}, error: serializationError() };
}

/**
 * A request that fits no service is charged to the one its Authorization header names (a bearer
 * token, or the SigV4 credential's service), else to the first candidate (of all: the first awsJson service).
 */
function guessService(authorization: string | undefined, candidates: readonly Service[] = REGISTERED): Service {
  const signingName = /\/([a-z0-9-]+)\/aws4_request/.exec(authorization ?? '')?.[1];
  const named = candidates.find(({ auth }) => (auth.scheme === 'bearer' ? authorization?.startsWith('Bearer') : auth.signingName === signingName));
  return named ?? ((candidates === REGISTERED ? AWS_JSON[0]?.service : candidates[0]) as Service);
}

/** The call as far as the request line and headers tell, before the body is read. */
export function resolveCall(req: IncomingMessage, url: URL): Call {
  const method = req.method ?? 'GET';
  if (isAwsJsonRequest(method, req.headers)) {
    const text = target(req.headers);
    const match = AWS_JSON.find(({ prefix }) => text.startsWith(prefix));
    // A foreign prefix keeps the target's full text as the operation: it is unknown either way.
    const service = match?.service ?? guessService(req.headers.authorization, AWS_JSON.map((entry) => entry.service));
    const operation = match ? text.slice(match.prefix.length) : text;
    return { service, operation, known: match !== undefined && Object.hasOwn(service.operations, operation), params: {} };
  }
  if (AWS_QUERY.length > 0 && isAwsQueryRequest(method, req.headers)) {
    return { service: guessService(req.headers.authorization, AWS_QUERY), operation: 'UnknownOperation', known: false, params: { ...queryParams(url.searchParams) } };
  }
  for (const rest of REST) {
    const path = versionedPath(url.pathname, rest.version);
    if (path === undefined) continue;
    const route: RouteMatch | undefined = rest.match(method, path);
    return { service: rest.service, operation: route?.operation ?? 'UnknownOperation', known: route !== undefined, params: { ...queryParams(url.searchParams), ...(route?.labels ?? {}) } };
  }
  return { service: guessService(req.headers.authorization), operation: 'UnknownOperation', known: false, params: {} };
}

/** Adds the body's members; path labels and query members win over a body member of the same name (the path names the resource). */
export function withBody(call: Call, text: string): Call {
  const { protocol, operations } = call.service;
  if (protocol.kind === 'awsQuery') {
    const params = { ...call.params, ...formParams(text) };
    const action = typeof params.Action === 'string' ? params.Action : 'UnknownOperation';
    const known = params.Version === protocol.version && Object.hasOwn(operations, action);
    return { ...call, operation: action, known, params };
  }
  const { body, error } = parseBody(text);
  return { ...call, params: { ...body, ...call.params }, ...(error !== undefined && { bodyError: error }) };
}
