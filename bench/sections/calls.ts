// Upstream calls of representative queries, one after the other on one gateway: where each
// request's calls go (discovery, first and later feed pages, nodes, a field that needs a Get).
import type { Bench } from '../context.js';
import { errorCodes } from '../graphql.js';
import { byOperation } from '../upstreamLog.js';
import { num, printTable, type Cell } from '../table.js';

const FEED = 'query($first: Int, $after: String) { sessions(first: $first, after: $after) { pageInfo { endCursor } edges { node { id kind } } } }';

export async function calls(bench: Bench): Promise<void> {
  const gateway = await bench.gateway();
  const rows: Cell[][] = [];
  const measure = async (name: string, query: string, variables: Record<string, unknown> = {}) => {
    const { ms, calls, answer } = await bench.measure(gateway.url, query, variables);
    const errors = errorCodes(answer);
    rows.push([name, num(ms, 'ms'), calls.length, byOperation(calls) + (errors ? `  ERRORS: ${errors}` : '')]);
    return answer.data;
  };
  try {
    await measure('sessions(first: 20), cold', FEED, { first: 20 });
    let after = (await measure('sessions(first: 20), warm', FEED, { first: 20 }))?.sessions?.pageInfo?.endCursor ?? null;
    for (let page = 2; page <= 4; page++) {
      const data = await measure(`sessions(first: 20) page ${page}`, FEED, { first: 20, after });
      after = data?.sessions?.pageInfo?.endCursor ?? null;
    }
    const data = await measure('sessions(first: 100, kinds: [STREAMING])', '{ sessions(first: 100, filter: { kinds: [STREAMING] }) { edges { node { id } } } }');
    const ids = (data?.sessions?.edges ?? []).slice(0, 30).map((e: { node: { id: string } }) => e.node.id);
    await measure('nodes(30 streaming sessions)', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    await measure(
      '50 streaming sessions → launchProfile',
      '{ sessions(first: 50, filter: { kinds: [STREAMING] }) { edges { node { ... on StreamingSession { launchProfile { name } } } } } }',
    );
  } finally {
    await gateway.stop();
  }
  printTable('upstream calls of representative queries (one gateway, in this order)', ['query', 'time', 'calls', 'by operation'], rows, 'no target: where the calls go');
}
