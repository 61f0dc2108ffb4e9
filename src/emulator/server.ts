// The HTTP server: one port for every registered service plus the /_emulator control API. Each call
// goes: quota (on arrival) → latency → auth → throttled? → body/operation checks → injected
// fault → operation → log.
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Accounts } from './accounts.js';
import { authorize, type Authorization } from './auth.js';
import { handleControl } from './control.js';
import { resolveCall, withBody, type Call } from './dispatch.js';
import { errorBody, ServiceError, unknownOperation } from './errors.js';
import { Holds } from './holds.js';
import { Knobs, RequestLog } from './knobs.js';
import { validOptions, validPlace } from './options.js';
import { Params } from './params.js';
import { QuotaBuckets } from './quotas.js';
import { resetConnection, send, sendBadGatewayPage, sendTruncated, wrongShape } from './respond.js';
import type { CallContext } from './services/service.js';
import { SessionControl } from './sessions.js';
import { DEFAULT_PLACE, type Place } from './seed/place.js';
import { at } from './seed/time.js';
import { createStore, dataView, type Store } from './store.js';
import type { Emulator, EmulatorOptions, FaultKind, ServiceName } from './types.js';
import { createWorld } from './world.js';

interface Outcome {
  status: number;
  errorType?: string;
  fault?: FaultKind | undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
  const world = createWorld(settings.now, settings.worldClock, settings.simulation, settings.clock);
  const accounts = new Accounts(settings.seed, settings.roles);
  const store: Store = createStore(settings.seed, settings.sessionsPerKind, world, accounts);
  const sessions = new SessionControl(store);
  const knobs = new Knobs(settings.latencyMs, settings.seed);
  const holds = new Holds();
  const quotas = new QuotaBuckets(settings.quotas);
  const { clock } = settings;
  const log = new RequestLog();
  const closing = new AbortController();
  // Every delayed or hung request listens on this one signal; any number may be in flight.
  setMaxListeners(0, closing.signal);
  const now = () => at(world.now());

  /** The caller's account (its access key's) and the credential's region; the default place without SigV4. */
  const placeOf = (auth: Authorization): Place =>
    auth.region === undefined || auth.caller === undefined ? DEFAULT_PLACE : { account: accounts.accountOf(auth.caller), region: auth.region };

  const contextFor = (call: Call, auth: Authorization): CallContext<unknown> => ({
    data: store.data(call.service, placeOf(auth)),
    caller: auth.caller ?? '',
    now,
    pageSize: (operation) =>
      settings.pageSizes[`${call.service.name}.${operation}`] ?? settings.pageSizes[operation] ?? call.service.pageSizes[operation] ?? 10,
  });

  /** Runs one service call; returns the status sent (0 if none), the error type and the fault drawn. */
  async function serve(res: ServerResponse, call: Call, auth: Authorization, throttled: boolean): Promise<Outcome> {
    const { errors, protocol } = call.service;
    const name = call.service.name as ServiceName;
    const fail = (error: ServiceError, fault?: FaultKind): Outcome => {
      send(res, call, error.status, errorBody(errors, error), error.type);
      return { status: error.status, errorType: error.type, fault };
    };
    const delay = knobs.latencyFor(name, call.operation);
    if (delay > 0) await sleep(delay, undefined, { signal: closing.signal }).catch(() => undefined);
    await holds.wait(name, call.operation, call.params, closing.signal);
    if (auth.error) return fail(auth.error);
    if (throttled) return fail(errors.fault('throttle'));
    if (call.bodyError) return fail(call.bodyError);
    const operation = call.service.operations[call.operation];
    if (!call.known || !operation) return fail(unknownOperation(protocol, call.operation));
    const { fault, ms } = knobs.takeFault(name, call.operation, placeOf(auth)) ?? {};
    switch (fault) {
      case 'hang':
        await ended(res, closing.signal);
        return { status: 0, fault };
      case 'reset':
        resetConnection(res);
        return { status: 0, fault };
      case 'html':
        sendBadGatewayPage(res);
        return { status: 502, fault };
      case 'throttle':
      case 'unavailable':
      case 'notFound':
      case 'accessDenied':
        return fail(errors.fault(fault), fault);
      case 'slow':
        await sleep(ms ?? 0, undefined, { signal: closing.signal }).catch(() => undefined);
        break;
    }
    // A client that gave up during a delay has no one to answer.
    if (res.destroyed) return { status: 0, fault };
    let body: object;
    try {
      body = operation(new Params(call.params, errors), contextFor(call, auth));
    } catch (error) {
      if (error instanceof ServiceError) return fail(error, fault);
      console.error(`emulator: ${call.service.name}.${call.operation} failed`, error);
      return fail(errors.fault('unavailable'), fault);
    }
    if (fault === 'truncated') sendTruncated(res, call, body);
    else send(res, call, 200, fault === 'wrongShape' ? wrongShape(body) : body);
    return { status: 200, fault };
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (url.pathname.startsWith('/_emulator/')) {
      void handleControl(req, res, url, { emulator, readBody, quotas: () => quotas.current });
      return;
    }
    const seq = log.arrive();
    const startedAt = clock();
    const route = resolveCall(req, url);
    const auth = authorize(route.service.auth, route.service.regions, req.headers.authorization);
    const place = placeOf(auth);
    // Like AWS's front end, the quota charges a call when it arrives, once its caller is known
    // and before its body is read; a throttled call takes no token.
    const throttled = auth.caller !== undefined && route.known && !quotas.take(route.service.name as ServiceName, auth.caller, route.operation, startedAt);
    void readBody(req)
      .then(async (text) => {
        const call = withBody(route, text);
        const { status, errorType, fault } = await serve(res, call, auth, throttled);
        log.record({
          seq,
          service: call.service.name as ServiceName,
          ...(auth.caller !== undefined && auth.region !== undefined && { account: place.account, region: place.region }),
          operation: call.operation,
          method: req.method ?? 'GET',
          path: url.pathname + url.search,
          params: call.params,
          status,
          ...(errorType !== undefined && { errorType }),
          ...(fault !== undefined && { fault }),
          startedAt,
          endedAt: clock(),
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
    hold: (match) => holds.add(match),
    addFault: (rule) => knobs.addFault(rule),
    clearFaults: () => knobs.clearFaults(),
    setQuotas: (next) => quotas.set(next),
    clearQuotas: () => quotas.set({}),
    data: dataView(store),
    dataAt: (place) => dataView(store, validPlace(place)),
    now,
    simulation: world.simulation,
    advanceClock: (ms) => at(world.advance(ms)),
    createSession: (kind, scope) => sessions.create(kind, scope),
    startSession: (kind, id) => sessions.start(kind, id),
    stopSession: (kind, id) => sessions.stop(kind, id),
    close: () => {
      closing.abort();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return emulator;
}
