// The load generator in a process of its own: autocannon's clock and sockets then share an event
// loop with neither the emulator (the benchmark's process, whose work would otherwise delay the
// reading of answers and count as the server's latency) nor the server under test.
// Reads its job as JSON from argv; writes a JSON line as the load starts, one as the warm-up ends
// and one with the result.
import autocannon from 'autocannon';
import type { LoadJob, LoadProcessResult } from './load.js';

const job = JSON.parse(process.argv[2] as string) as LoadJob;
const errorCodes: Record<string, number> = {};
const onResponse = (status: number, body: string) => {
  // Most answers have no errors; only those are parsed.
  if (status !== 200 || !body.includes('"errors"')) return;
  const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
  for (const e of parsed.errors ?? []) {
    const code = e.extensions?.code ?? 'NO_CODE';
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  }
};
const run = (seconds: number) =>
  autocannon({
    url: job.url,
    connections: job.connections,
    duration: seconds,
    timeout: 30,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: job.query }), onResponse }],
  });
const summary = (r: autocannon.Result) => ({ requests: r.requests.total, duration: r.duration, p50: r.latency.p50, p99: r.latency.p99, failed: r.non2xx + r.errors });

process.stdout.write(JSON.stringify({ phase: 'started' }) + '\n');
const warmup = job.warmupSeconds > 0 ? summary(await run(job.warmupSeconds)) : undefined;
process.stdout.write(JSON.stringify({ phase: 'measuring' }) + '\n');
const cpuBefore = process.cpuUsage();
const measured = summary(await run(job.seconds));
const { user, system } = process.cpuUsage(cpuBefore);
const result: LoadProcessResult = { warmup, measured, errorCodes, cpuMs: (user + system) / 1000 };
process.stdout.write(JSON.stringify({ phase: 'done', result }) + '\n');
