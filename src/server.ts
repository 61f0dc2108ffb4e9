// Process entry: config → upstream → clients → gateway → listen, and a graceful shutdown.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClients, destroyClients } from './aws/clients.js';
import { clientsIdentity } from './aws/identity.js';
import { preflight } from './aws/preflight.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { describeAuth } from './auth/authenticate.js';
import { createGateway } from './gateway.js';
import { createUpstream } from './upstream/index.js';

function fail(sentence: string): never {
  console.error(`Cannot start the session gateway: ${sentence}`);
  process.exit(2);
}

async function startUpstream(config: Config) {
  if (config.upstream === 'aws') return { endpoint: undefined, close: async () => {} };
  // The embedded emulator is loaded only when used, so production never imports it.
  const { startEmulator } = await import('./emulator/index.js');
  const emulator = await startEmulator(config.emulator);
  console.log(`Embedded AWS emulator on ${emulator.url} (${config.emulator.sessionsPerKind} sessions of each kind, seed ${config.emulator.seed})`);
  return { endpoint: emulator.url, close: () => emulator.close() };
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const upstream = await startUpstream(config).catch((error: Error) => fail(`the embedded emulator did not start (${error.message}).`));
  const clients = createClients({ ...config, emulatorEndpoint: upstream.endpoint });
  if (config.upstream === 'aws') {
    const problem = await preflight(clients);
    if (problem) fail(problem);
  }
  // Built once per process: the shared read cache, the rate limits and, with REDIS_URL, Redis.
  const upstreamLayer = createUpstream(clients, { ...config.upstreamSettings, identity: await clientsIdentity(clients) });
  const gateway = createGateway({
    clients,
    upstream: upstreamLayer,
    discoveryTtlMs: config.discoveryTtlMs,
    pins: config.pins,
    federation: config.federation,
    requestDeadlineMs: config.requestDeadlineMs,
    security: config.security,
    auth: config.auth,
  });
  const server = createServer(gateway);
  server.on('error', (error: NodeJS.ErrnoException) =>
    fail(error.code === 'EADDRINUSE' ? `port ${config.port} is in use; set PORT to a free port.` : error.message),
  );
  server.listen(config.port, config.host, () => {
    const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
    const { port } = server.address() as AddressInfo;
    console.log(describeAuth(config.auth));
    console.log(`Session gateway ready: GraphiQL at http://${host}:${port}${gateway.graphqlEndpoint}`);
  });

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    destroyClients(clients);
    void Promise.allSettled([upstreamLayer.close(), upstream.close()]).finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

await main();
