import { setMaxListeners } from 'node:events';
// The HTTP server: one port for all three services plus the /_emulator control API. Each call
// goes: latency → auth → body/operation checks → injected fault → operation → log.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkAuthorization } from './auth.js';
import { handleControl } from './control.js';
import { resolveCall, type Call } from './dispatch.js';
import { errorBody, faultError, ServiceError, unknownOperation } from './errors.js';
import { Knobs, RequestLog } from './knobs.js';
import { validOptions } from './options.js';
import { Params } from './params.js';
import { AWS_JSON_CONTENT_TYPE, encodeAwsJson } from './protocols/awsJson.js';
import { encodeRestJson } from './protocols/restJson.js';
import { virtualClock } from './seed/time.js';
import type { CallContext } from './services/service.js';
import { createStore, dataView, type Store } from './store.js';
import type { Emulator, EmulatorOptions } from './types.js';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, call: Call, status: number, body: object, errorType?: string): void {
  const awsJson = call.service.name === 'deviceFarm';
  const text = awsJson ? encodeAwsJson(body) : encodeRestJson(body);
  res.writeHead(status, {
    'content-type': awsJson ? AWS_JSON_CONTENT_TYPE : 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
    ...(errorType !== undefined && { 'x-amzn-errortype': errorType }),
  });
  res.end(text);
}

/** Resolves when the client goes away or the emulator closes: how a hung request ends. */
function ended(res: ServerResponse, closing: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (closing.aborted || res.destroyed) return resolve();
    res.once('close', resolve);
    closing.addEventListener('abort', () => resolve(), { once: true });
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = validOptions(options);
  const store: Store = createStore(settings.seed, settings.sessionsPerKind);
  const knobs = new Knobs(settings.latencyMs);
  const log = new RequestLog();
  const closing = new AbortController();
  // Every delayed or hung request listens on this one signal; any number may be in flight.
  setMaxListeners(0, closing.signal);
  const now = virtualClock();

  const contextFor = (call: Call): CallContext => ({
    store,
    now,
    pageSize: (operation) =>
      settings.pageSizes[`${call.service.name}.${operation}`] ?? settings.pageSizes[operation] ?? call.service.pageSizes[operation] ?? 10,
  });

  /** Runs one service call; returns the status sent (0 if none) and the error type. */
  async function serve(req: IncomingMessage, res: ServerResponse, call: Call): Promise<{ status: number; errorType?: string }> {
    const fail = (error: ServiceError) => {
      send(res, call, error.status, errorBody(call.service.name, error), error.type);
      return { status: error.status, errorType: error.type };
    };
    const delay = knobs.latencyFor(call.service.name, call.operation);
    if (delay > 0) await sleep(delay, undefined, { signal: closing.signal }).catch(() => undefined);
    const denied = checkAuthorization(call.service.name, req.headers.authorization);
    if (denied) return fail(denied);
    if (call.bodyError) return fail(call.bodyError);
    const operation = call.service.operations[call.operation];
    if (!call.known || !operation) return fail(unknownOperation(call.service.name, call.operation));
    const fault = knobs.takeFault(call.service.name, call.operation);
    if (fault === 'hang') {
      await ended(res, closing.signal);
      return { status: 0 };
    }
    if (fault) return fail(faultError(call.service.name, fault));
    try {
      send(res, call, 200, operation(new Params(call.params, call.service.errors), contextFor(call)));
      return { status: 200 };
    } catch (error) {
      if (error instanceof ServiceError) return fail(error);
      console.error(`emulator: ${call.service.name}.${call.operation} failed`, error);
      return fail(faultError(call.service.name, 'unavailable'));
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (url.pathname.startsWith('/_emulator/')) {
      void handleControl(req, res, url, { emulator, readBody });
      return;
    }
    const seq = log.arrive();
    const startedAt = performance.now();
    void readBody(req)
      .then(async (text) => {
        const call = resolveCall(req, url, text);
        const { status, errorType } = await serve(req, res, call);
        log.record({
          seq,
          service: call.service.name,
          operation: call.operation,
          method: req.method ?? 'GET',
          path: url.pathname + url.search,
          params: call.params,
          status,
          ...(errorType !== undefined && { errorType }),
          startedAt,
          endedAt: performance.now(),
        });
      })
      .catch(() => res.destroy());
  });
  // SDK clients keep sockets alive; Node's 5 s default would drop idle ones under a client about
  // to reuse them (ECONNRESET). AWS front ends keep them for about a minute.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host;

  const emulator: Emulator = {
    url: `http://${host}:${port}`,
    requests: log.entries,
    clearRequests: () => log.clear(),
    setLatency: (ms, match) => knobs.setLatency(ms, match),
    addFault: (rule) => knobs.addFault(rule),
    clearFaults: () => knobs.clearFaults(),
    data: dataView(store),
    close: () => {
      closing.abort();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return emulator;
}
