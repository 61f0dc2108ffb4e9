// Prints upstream call counts and timings of representative queries against the emulator with
// added latency: `npm run bench -- [--sessions 10000] [--latency 50]`. A script, not a test.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createClients, destroyClients } from '../src/aws/clients.js';
import { SOURCES } from '../src/config.js';
import { startEmulator } from '../src/emulator/index.js';
import { createGateway } from '../src/gateway.js';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '10000' }, latency: { type: 'string', default: '50' } } });
const sessionsPerKind = Number(values.sessions);
const latencyMs = Number(values.latency);

const emulator = await startEmulator({ sessionsPerKind, latencyMs });
const clients = createClients({
  sources: new Set(SOURCES),
  deviceFarmRegion: 'us-west-2',
  codeCatalystToken: undefined,
  upstreamTimeoutMs: 10_000,
  emulatorEndpoint: emulator.url,
});
const server = createServer(createGateway({ clients }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function measure(name: string, query: string, variables: Record<string, unknown> = {}) {
  emulator.clearRequests();
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  const ms = performance.now() - started;
  const byOperation = new Map<string, number>();
  for (const r of emulator.requests) byOperation.set(r.operation, (byOperation.get(r.operation) ?? 0) + 1);
  const calls = [...byOperation].map(([op, n]) => `${op}×${n}`).join(' ');
  console.log(`${name.padEnd(44)} ${String(Math.round(ms)).padStart(6)} ms ${String(emulator.requests.length).padStart(4)} calls  ${calls}${body.errors ? '  ERRORS' : ''}`);
  return body.data;
}

console.log(`emulator: ${sessionsPerKind} sessions of each kind, ${latencyMs} ms per call\n`);
const feed = 'query($first: Int, $after: String) { sessions(first: $first, after: $after) { pageInfo { endCursor } edges { node { id kind } } } }';
await measure('sessions(first: 20), cold', feed, { first: 20 });
await measure('sessions(first: 20), warm', feed, { first: 20 });
let after: string | null = null;
after = (await measure("(warm again, for the cursor)", feed, { first: 20 }))?.sessions?.pageInfo?.endCursor ?? null;
for (let page = 2; page <= 4; page++) {
  const data = await measure(`sessions(first: 20) page ${page}`, feed, { first: 20, after });
  after = data?.sessions?.pageInfo?.endCursor ?? null;
}
const data = await measure('sessions(first: 100, kinds: [STREAMING])', '{ sessions(first: 100, filter: { kinds: [STREAMING] }) { edges { node { id } } } }');
const ids = (data?.sessions?.edges ?? []).slice(0, 30).map((e: any) => e.node.id);
await measure('nodes(30 streaming sessions)', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
await measure(
  '50 streaming sessions → launchProfile',
  '{ sessions(first: 50, filter: { kinds: [STREAMING] }) { edges { node { ... on StreamingSession { launchProfile { name } } } } } }',
);

server.closeAllConnections();
server.close();
destroyClients(clients);
await emulator.close();
