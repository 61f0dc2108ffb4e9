// 16 people open the same dashboard at the same moment, against one person alone. Each side gets
// a fresh gateway whose discovery is warm (a query that lists the scopes and no session), so both
// start with no session page in any cache and the counts compare like with like.
import type { Bench } from '../context.js';
import { DASHBOARD, SCOPES_ONLY, errorCodes, post } from '../graphql.js';
import { num, printTable, ratio, verdict } from '../table.js';

const AT_ONCE = 16;

async function dashboards(bench: Bench, count: number) {
  const gateway = await bench.gateway();
  try {
    const warmup = await post(gateway.url, SCOPES_ONLY);
    if (errorCodes(warmup)) throw new Error(`The scopes query failed: ${errorCodes(warmup)}`);
    const run = await bench.measureWork(() => Promise.all(Array.from({ length: count }, () => post(gateway.url, DASHBOARD))));
    return { ...run, errors: run.value.map(errorCodes).find(Boolean) };
  } finally {
    await gateway.stop();
  }
}

export async function concurrent(bench: Bench): Promise<void> {
  const one = await dashboards(bench, 1);
  const many = await dashboards(bench, AT_ONCE);
  const callRatio = many.calls.length / one.calls.length;
  printTable(
    `${AT_ONCE} identical first pages at once vs one (sessions(first: 20), discovery warm)`,
    ['', `${AT_ONCE} at once`, 'one', 'ratio'],
    [
      ['upstream calls', many.calls.length, one.calls.length, ratio(many.calls.length, one.calls.length)],
      ['time until every answer is in', num(many.ms, 'ms'), num(one.ms, 'ms'), ratio(many.ms, one.ms)],
    ],
    verdict(
      [[callRatio <= 1, `calls ${ratio(many.calls.length, one.calls.length)} (target ×1.0)`]],
      [many.errors, one.errors].some(Boolean) ? `ERRORS in answers: ${many.errors || one.errors}` : '',
    ),
  );
}
