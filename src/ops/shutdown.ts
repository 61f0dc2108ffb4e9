// Graceful shutdown: on SIGTERM/SIGINT stop accepting connections, let requests in flight finish
// (up to a grace period), then close everything and exit 0. A second signal exits at once.
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Readiness } from './health.js';
import { drainLog, type Logger } from './logger.js';
import { faultFingerprint } from './diagnosticsLog.js';

/** Counts requests in flight and, while draining, closes each connection once it goes idle. */
function trackRequests(server: Server) {
  let active = 0;
  let draining = false;
  let onIdle = () => {};
  server.on('request', (_req, res) => {
    active += 1;
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      active -= 1;
      if (!draining) return;
      server.closeIdleConnections();
      if (active === 0) onIdle();
    });
  });
  return {
    /** Resolves with the number of requests still running when it gave up (0: all finished). */
    drain(graceMs: number): Promise<number> {
      draining = true;
      server.close();
      server.closeIdleConnections();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          const unfinished = active;
          server.closeAllConnections();
          resolve(unfinished);
        }, graceMs);
        onIdle = () => {
          clearTimeout(timer);
          resolve(0);
        };
        if (active === 0) onIdle();
      });
    },
  };
}

export interface ShutdownOptions {
  server: Server;
  logger: Logger;
  graceMs: number;
  readiness: Readiness;
  /** Releases everything else (clients, emulator, metrics server, tracing), after the drain. */
  close: () => Promise<void>;
  /** Ends what never finishes by itself (live subscriptions), as the drain starts. */
  beforeDrain?: () => Promise<void>;
}

/**
 * Ctrl-C in a terminal reaches the whole process group, and `npm start` forwards the same SIGINT
 * to its child: a repeat of the first signal this soon is that echo, not an operator's second.
 */
const ECHO_MS = 1000;

/** Installs the signal handlers; call once the server is created. */
export function handleShutdownSignals({ server, logger, graceMs, readiness, close, beforeDrain }: ShutdownOptions): void {
  const requests = trackRequests(server);
  let first: { signal: NodeJS.Signals; at: number } | undefined;
  // Set once the log is being drained for exit: nothing may log after that.
  let exiting = false;
  const exit = (code: number, timeoutMs?: number) => {
    exiting = true;
    return drainLog(logger, timeoutMs).then(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (exiting) return;
    if (first) {
      if (signal === first.signal && performance.now() - first.at < ECHO_MS) return;
      logger.warn({ event: 'shutdown_forced', signal }, `${signal} again: exiting now.`);
      void exit(1, 200);
      return;
    }
    first = { signal, at: performance.now() };
    readiness.draining = true;
    logger.info({ event: 'shutdown', signal, graceMs }, `${signal}: no new connections; finishing requests in flight (up to ${graceMs} ms).`);
    void Promise.all([requests.drain(graceMs), beforeDrain?.().catch(() => undefined)])
      .then(([unfinished]) => unfinished)
      .then(async (unfinished) => {
        if (unfinished > 0) logger.warn({ event: 'shutdown_cut', unfinished }, `${unfinished} request(s) did not finish within ${graceMs} ms.`);
        await close();
        if (exiting) return;
        logger.info({ event: 'stopped' }, 'Session gateway stopped.');
        await exit(0);
      })
      .catch((error: Error) => {
        if (exiting) return;
        const fingerprint = faultFingerprint(error);
        logger.error({ event: 'shutdown_failed', fingerprint }, `Shutting down failed (fault ${fingerprint}); exiting.`);
        void exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
