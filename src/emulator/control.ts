// The HTTP control API under /_emulator/, for the standalone program and benchmark scripts.
// It is neither authenticated, delayed, faulted nor logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validFault } from './knobs.js';
import { validQuotas } from './quotas.js';
import { ControlError } from './errors.js';
import { SESSION_KINDS } from './sessions.js';
import type { Emulator, LatencyMatch, Quotas, SessionKindName } from './types.js';

interface ControlDeps {
  emulator: Emulator;
  readBody(req: IncomingMessage): Promise<string>;
  /** The quotas in force. */
  quotas(): Quotas;
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function json(req: IncomingMessage, deps: ControlDeps): Promise<unknown> {
  const text = await deps.readBody(req);
  try {
    return JSON.parse(text || '{}') as unknown;
  } catch {
    throw new TypeError('The body must be JSON.');
  }
}

async function jsonBody(req: IncomingMessage, deps: ControlDeps): Promise<Record<string, unknown>> {
  const body = await json(req, deps);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new TypeError('The body must be a JSON object.');
  return body as Record<string, unknown>;
}

function kind(body: Record<string, unknown>): SessionKindName {
  if (!SESSION_KINDS.includes(body.kind as SessionKindName)) throw new TypeError(`kind must be one of ${SESSION_KINDS.join(', ')}.`);
  return body.kind as SessionKindName;
}

function sessionId(body: Record<string, unknown>): string {
  if (typeof body.id !== 'string' || body.id === '') throw new TypeError('id must be the session\'s ARN (Device Farm) or session id (Nimble, CodeCatalyst).');
  return body.id;
}

const clockState = (emulator: Emulator) => ({ now: emulator.now().toISOString(), simulation: emulator.simulation });

export async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, deps: ControlDeps): Promise<void> {
  const { emulator } = deps;
  const route = `${req.method} ${url.pathname}`;
  try {
    switch (route) {
      case 'GET /_emulator/health':
        return reply(res, 200, { status: 'ok', url: emulator.url, requests: emulator.requests.length });
      case 'GET /_emulator/requests':
        return reply(res, 200, emulator.requests);
      case 'DELETE /_emulator/requests':
        emulator.clearRequests();
        return reply(res, 204);
      case 'POST /_emulator/faults':
        emulator.addFault(validFault(await jsonBody(req, deps)));
        return reply(res, 204);
      case 'DELETE /_emulator/faults':
        emulator.clearFaults();
        return reply(res, 204);
      case 'GET /_emulator/quotas':
        return reply(res, 200, deps.quotas());
      case 'POST /_emulator/quotas':
        // `"published"` (a JSON string) or `{"deviceFarm": {"ratePerSecond": 10, "burst": 50}}`.
        emulator.setQuotas(validQuotas(await json(req, deps)));
        return reply(res, 204);
      case 'DELETE /_emulator/quotas':
        emulator.clearQuotas();
        return reply(res, 204);
      case 'POST /_emulator/latency': {
        const { ms, service, operation } = await jsonBody(req, deps);
        emulator.setLatency(ms as number, { service, operation } as LatencyMatch);
        return reply(res, 204);
      }
      case 'GET /_emulator/clock':
        return reply(res, 200, clockState(emulator));
      case 'POST /_emulator/clock': {
        const { advanceMs } = await jsonBody(req, deps);
        if (typeof advanceMs !== 'number') throw new TypeError('advanceMs must be a number of milliseconds, 0 or more.');
        emulator.advanceClock(advanceMs);
        return reply(res, 200, clockState(emulator));
      }
      case 'POST /_emulator/sessions': {
        const body = await jsonBody(req, deps);
        if (body.scope !== undefined && typeof body.scope !== 'string') throw new TypeError('scope must be a project ARN, a studio id or space/project/devEnvironmentId.');
        return reply(res, 201, emulator.createSession(kind(body), body.scope as string | undefined));
      }
      case 'POST /_emulator/sessions/start':
      case 'POST /_emulator/sessions/stop': {
        const body = await jsonBody(req, deps);
        const act = route.endsWith('/start') ? emulator.startSession : emulator.stopSession;
        return reply(res, 200, act(kind(body), sessionId(body)));
      }
      default:
        return reply(res, 404, { message: `No control endpoint ${route}.` });
    }
  } catch (error) {
    if (error instanceof ControlError) return reply(res, error.status, { message: error.message });
    reply(res, 400, { message: error instanceof Error ? error.message : String(error) });
  }
}
