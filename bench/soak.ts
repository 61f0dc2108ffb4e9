// `npm run soak -- [--first 5] [--rate 0.25] [--seed 7]`: walks the whole feed under seeded random
// faults of every class and compares it with a clean walk. A script, not a test: it prints what it
// found and exits 1 if any session was lost or came twice.
import { parseArgs } from 'node:util';
import type { FaultKind } from '../src/emulator/index.js';
import { startHarness, type Harness } from '../test/support/harness.js';

const { values } = parseArgs({
  options: { first: { type: 'string', default: '5' }, rate: { type: 'string', default: '0.25' }, seed: { type: 'string', default: '7' }, sessions: { type: 'string', default: '60' } },
});
const first = Number(values.first);
const rate = Number(values.rate);

const FEED = 'query($first: Int, $after: String) { sessions(first: $first, after: $after) { incompleteSources { source code } pageInfo { hasNextPage endCursor } edges { node { id } } } }';
// Not found is left out: it means a scope is gone, and its sessions with it.
const CLASSES: Array<{ fault: FaultKind; ms?: number }> = [
  { fault: 'throttle' }, { fault: 'unavailable' }, { fault: 'accessDenied' }, { fault: 'reset' }, { fault: 'truncated' },
  { fault: 'wrongShape' }, { fault: 'html' }, { fault: 'hang' }, { fault: 'slow', ms: 1_000 },
];

async function walk(h: Harness): Promise<{ ids: string[]; pages: number; failedPages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let failedPages = 0;
  for (let pages = 1; pages <= 20_000; pages++) {
    const res = (await h.query(FEED, { first, after })) as { data?: { sessions?: any }; errors?: unknown[] };
    const page = res.data?.sessions;
    if (!page) throw new Error(`page ${pages} had no data: ${JSON.stringify(res.errors)}`);
    ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (page.incompleteSources.length > 0) failedPages++;
    if (!page.pageInfo.hasNextPage) return { ids, pages, failedPages };
    after = page.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

const h = await startHarness({ upstreamTimeoutMs: 300, emulator: { seed: Number(values.seed), sessionsPerKind: Number(values.sessions) } });
try {
  const clean = await walk(h);
  // Each class faults its share of every call, discovery included, decided by the seeded emulator.
  for (const rule of CLASSES) h.emulator.addFault({ ...rule, rate: rate / CLASSES.length });
  const faulted = await walk(h);
  h.emulator.clearFaults();
  const seen = new Map<string, number>();
  for (const id of faulted.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  const lost = clean.ids.filter((id) => !seen.has(id)).length;
  const duplicated = [...seen.values()].filter((n) => n > 1).length;
  const faults = h.emulator.requests.filter((r) => r.fault !== undefined).length;
  console.log(`clean walk:   ${clean.ids.length} sessions in ${clean.pages} pages of ${first}`);
  console.log(`faulted walk: ${faulted.ids.length} sessions in ${faulted.pages} pages, ${faulted.failedPages} of them with a failed source; ${faults} upstream calls faulted (rate ${rate})`);
  console.log(`lost: ${lost}, duplicated: ${duplicated}`);
  process.exitCode = lost === 0 && duplicated === 0 ? 0 : 1;
} finally {
  await h.close();
}
