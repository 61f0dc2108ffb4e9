// Which service and operation a request is for, and its parameters as received. The three
// services share one port without colliding: Device Farm is `POST` + X-Amz-Target, Nimble paths
// carry `/2020-08-01/`, CodeCatalyst paths `/v1/` (an endpoint path prefix before them is fine).
import type { IncomingMessage } from 'node:http';
import { serializationError, type ServiceError } from './errors.js';
import { isAwsJsonRequest, targetOperation } from './protocols/awsJson.js';
import { queryParams, router, versionedPath, type RouteMatch } from './protocols/restJson.js';
import { codeCatalyst } from './services/codeCatalyst.js';
import { deviceFarm } from './services/deviceFarm.js';
import { nimble } from './services/nimble.js';
import type { Service } from './services/service.js';

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

const REST = [nimble, codeCatalyst].map((service) => ({ service, match: router(service.rest?.routes ?? []), version: service.rest?.version ?? '' }));

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

/** A request that fits no service is charged to the one its Authorization header names. */
function guessService(authorization: string | undefined): Service {
  if (authorization?.startsWith('Bearer')) return codeCatalyst;
  return /\/nimble\/aws4_request/.test(authorization ?? '') ? nimble : deviceFarm;
}

/** The call as far as the request line and headers tell, before the body is read. */
export function resolveCall(req: IncomingMessage, url: URL): Call {
  const method = req.method ?? 'GET';
  if (isAwsJsonRequest(method, req.headers)) {
    const operation = targetOperation(req.headers);
    return { service: deviceFarm, operation, known: Object.hasOwn(deviceFarm.operations, operation), params: {} };
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
  const { body, error } = parseBody(text);
  return { ...call, params: { ...body, ...call.params }, ...(error !== undefined && { bodyError: error }) };
}
