// Process entry: config → upstream → clients → gateway → listen, and a graceful shutdown.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClients, destroyClients } from './aws/clients.js';
import { clientsIdentity } from './aws/identity.js';
import { preflight } from './aws/preflight.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createGateway } from './gateway.js';
import { createHistory } from './history/index.js';
import { bannerFields, bannerText, listenUrl } from './ops/banner.js';
import { createOperations } from './ops/index.js';
import { createLogger, drainLog, type Logger } from './ops/logger.js';
import { serveMetrics } from './ops/metricsServer.js';
import { instrumentClients } from './ops/sdkInstrumentation.js';
import { handleShutdownSignals } from './ops/shutdown.js';
import { collectStartupGarbage } from './ops/startupGarbage.js';
import { createTelemetry } from './ops/telemetry.js';
import { createUpstream } from './upstream/index.js';
import { redisCheck, upstreamTelemetry } from './ops/upstreamTelemetry.js';

/** The log once it exists: a start-up failure drains it before exiting, as shutdown does. */
let startupLog: Logger | undefined;

/** The first start-up failure, exiting: another one while the log drains says nothing more. */
let failing: Promise<never> | undefined;

/** One sentence on stderr (synchronous), the log's last lines written out, exit 2. Never settles. */
function fail(sentence: string): Promise<never> {
  failing ??= (async () => {
    console.error(`Cannot start the session gateway: ${sentence}`);
    if (startupLog) await drainLog(startupLog, 1000);
    process.exit(2);
  })();
  return failing;
}

async function startUpstream(config: Config, logger: Logger) {
  if (config.upstream === 'aws') return { endpoint: undefined, close: async () => {} };
  // The embedded emulator is loaded only when used, so production never imports it.
  const { startEmulator } = await import('./emulator/index.js');
  const emulator = await startEmulator(config.emulator);
  const { sessionsPerKind, seed, simulation } = config.emulator;
  const now = emulator.now().toISOString();
  logger.info({ event: 'emulator_started', url: emulator.url, sessionsPerKind, seed, simulation, now }, `Embedded AWS emulator on ${emulator.url} (${sessionsPerKind} sessions of each kind, seed ${seed}, world time ${now}, simulation ${simulation ? 'on' : 'off'})`);
  return { endpoint: emulator.url, close: () => emulator.close() };
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const logger = await createLogger(config.ops.logLevel, { pretty: process.stdout.isTTY === true });
  startupLog = logger;
  // Tracing first, so its context manager is in place before any request; loaded only when on.
  const tracing = config.ops.otlpEndpoint ? (await import('./ops/tracing.js')).startTracing() : undefined;
  const upstream = await startUpstream(config, logger).catch((error: Error) => fail(`the embedded emulator did not start (${error.message}).`));
  const clients = createClients({ ...config, emulatorEndpoint: upstream.endpoint });
  const telemetry = createTelemetry();
  instrumentClients(clients, telemetry);
  if (config.upstream === 'aws') {
    const problem = await preflight(clients);
    if (problem) return fail(problem);
  }
  // Built once per process: the shared read cache, the rate limits, the breakers and, with
  // REDIS_URL, Redis; its events feed the metrics.
  const upstreamLayer = createUpstream(clients, {
    ...config.upstreamSettings,
    identity: await clientsIdentity(clients),
    warn: (message) => logger.warn({ event: 'redis' }, message),
    ...upstreamTelemetry(telemetry),
  });
  // The session history: opened (and migrated) before the gateway takes requests.
  const history = config.history && await createHistory(config.history, {
    clock: upstreamLayer.clock,
    warn: (message) => logger.warn({ event: 'history' }, message),
    onSweep: (report) => logger.info({ event: 'history_sweep', ...report }, `History sweep: ${report.scopesWalked} scopes, ${report.sessionsSeen} sessions, ${report.markedEnded} marked ended`),
  }).catch((error: Error) => fail(`the session history store did not open (${error.message.split('\n')[0]}); check DATABASE_URL or HISTORY_DIR.`));
  const ops = createOperations({
    logger,
    telemetry,
    metricsEndpoint: config.ops.metricsPort === undefined,
    readiness: { warm: true, checks: redisCheck(upstreamLayer) },
    ...(tracing ? { tracing: tracing.plugin } : {}),
  });
  const gateway = createGateway({
    clients,
    discoveryTtlMs: config.discoveryTtlMs,
    pins: config.pins,
    federation: config.federation,
    requestDeadlineMs: config.requestDeadlineMs,
    security: config.security,
    upstream: upstreamLayer,
    ops,
    auth: config.auth,
    ...(history ? { history } : {}),
    watch: { ...config.watch, redisUrl: config.upstreamSettings.redisUrl },
    readAhead: config.feedReadAhead,
  });
  // Last before the port opens: what start-up left behind is collected now, not by the first requests.
  const heapMb = collectStartupGarbage();
  const server = createServer(gateway);
  server.on('error', (error: NodeJS.ErrnoException) =>
    void fail(error.code === 'EADDRINUSE' ? `port ${config.port} is in use; set PORT to a free port.` : error.message),
  );
  const metrics = config.ops.metricsPort === undefined ? undefined : await serveMetrics(telemetry.registry, config.ops.metricsPort, config.host).catch((error: Error) => fail(`the metrics port did not open (${error.message}).`));
  server.listen(config.port, config.host, async () => {
    const { port } = server.address() as AddressInfo;
    const url = listenUrl(config.host, port, gateway.graphqlEndpoint);
    const fields = await bannerFields(config, clients, upstream.endpoint);
    logger.info({ event: 'started', url, port, metricsPort: metrics?.port, tracing: tracing !== undefined, heapMb, ...fields }, bannerText(url, fields));
  });

  handleShutdownSignals({
    server,
    logger,
    graceMs: config.ops.shutdownGraceMs,
    readiness: ops.readiness,
    // Subscriptions end (and the watcher with its Redis connections closes) as the drain starts.
    beforeDrain: async () => gateway.dispose(),
    close: async () => {
      metrics?.server.close();
      destroyClients(clients);
      await history?.close();
      await upstreamLayer.close();
      await upstream.close();
      await tracing?.shutdown();
    },
  });
}

await main();
