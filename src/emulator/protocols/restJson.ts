// restJson1 (Nimble Studio, CodeCatalyst): the operation is the method plus a path template;
// labels are percent-encoded path segments, lists repeat their query key, timestamps are ISO-8601.

export interface Route {
  method: string;
  /** e.g. `/2020-08-01/studios/{studioId}/streaming-sessions/{sessionId}` */
  path: string;
  operation: string;
}

export interface RouteMatch {
  operation: string;
  labels: Record<string, string>;
}

/** Compiles a route table into a matcher; a known path with the wrong method matches nothing. */
export function router(routes: readonly Route[]): (method: string, path: string) => RouteMatch | undefined {
  const compiled = routes.map((route) => ({ ...route, segments: route.path.split('/').slice(1) }));
  return (method, path) => {
    const segments = path.split('/').slice(1);
    for (const route of compiled) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const labels: Record<string, string> = {};
      const matches = route.segments.every((template, n) => {
        const actual = segments[n] as string;
        if (template.startsWith('{')) {
          labels[template.slice(1, -1)] = decode(actual);
          return true;
        }
        return template === actual;
      });
      if (matches) return { operation: route.operation, labels };
    }
    return undefined;
  };
}

/** A malformed escape is kept verbatim: it then simply names nothing that exists. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Query parameters; a repeated key becomes an array, as restJson sends lists. */
export function queryParams(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    out[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}

/** The path from the API version segment on, so an endpoint with a path prefix still routes. */
export function versionedPath(path: string, version: string): string | undefined {
  const at = path.indexOf(`/${version}/`);
  return at === -1 ? undefined : path.slice(at);
}

/** JSON with Dates as ISO-8601 strings (Date's own toJSON). */
export function encodeRestJson(value: unknown): string {
  return JSON.stringify(value);
}
