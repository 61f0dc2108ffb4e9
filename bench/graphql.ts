// The operations the benchmark sends, and one POST helper that reports what a client would see.
import { defaultQuery } from '../src/graphiqlQuery.js';

/** The dashboard: GraphiQL's opening query, `sessions(first: 20)` with a field set of every kind. */
export const DASHBOARD = defaultQuery;

/** One page of the feed walk; `after` follows endCursor. */
export const WALK_PAGE = /* GraphQL */ `query Walk($first: Int!, $after: String) {
  sessions(first: $first, after: $after) {
    incompleteSources { source code }
    pageInfo { hasNextPage endCursor }
    edges { node { id kind createdAt } }
  }
}`;

/** Reads every kind of scope and no session, so discovery is warm while no session page is. */
export const SCOPES_ONLY = /* GraphQL */ `{
  deviceFarmProjects { arn }
  testGridProjects { arn }
  studios { studioId }
  codeCatalystSpaces { name }
}`;

export interface GraphQLAnswer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer, 'status'>) };
}

/** A short description of an answer's errors (codes only: no message is long or secret here). */
export function errorCodes(answer: GraphQLAnswer): string {
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  return codes.length > 0 ? [...new Set(codes)].join(',') : answer.status === 200 ? '' : `HTTP ${answer.status}`;
}
