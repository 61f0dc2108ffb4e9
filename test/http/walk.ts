// Walks a connection page by page over HTTP, checking the Relay contract on every page.
import { expect } from 'vitest';

export interface PageShape<N> {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export async function walkConnection<N>(
  fetchPage: (after: string | null) => Promise<PageShape<N>>,
  maxPages = 500,
): Promise<{ nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page: PageShape<N> = await fetchPage(after);
    nodes.push(...page.edges.map((e) => e.node));
    expect(page.pageInfo.endCursor ?? null).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error(`the connection did not end within ${maxPages} pages`);
}
