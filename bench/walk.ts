// Walks the whole feed as a client pages through it: first: N, then after: endCursor until
// hasNextPage is false.
import { WALK_PAGE, errorCodes, post } from './graphql.js';

export interface Walked {
  sessions: number;
  requests: number;
  /** The first error codes seen (a failing source, a rejected cursor …), if any. */
  errors: string;
}

export async function walkFeed(url: string, first: number): Promise<Walked> {
  let after: string | null = null;
  let sessions = 0;
  let requests = 0;
  let errors = '';
  for (;;) {
    const answer = await post(url, WALK_PAGE, { first, after });
    requests += 1;
    errors ||= errorCodes(answer);
    const page = answer.data?.sessions;
    if (!page) return { sessions, requests, errors: errors || 'no data' };
    sessions += page.edges.length;
    if (!page.pageInfo.hasNextPage) return { sessions, requests, errors };
    after = page.pageInfo.endCursor;
  }
}
