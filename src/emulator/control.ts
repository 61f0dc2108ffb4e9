// The HTTP control API under /_emulator/, for the standalone program and benchmark scripts.
// It is neither authenticated, delayed, faulted nor logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validFault } from './knobs.js';
import { validQuotas } from './quotas.js';
import type { Emulator, LatencyMatch, Quotas } from './types.js';

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
      default:
        return reply(res, 404, { message: `No control endpoint ${route}.` });
    }
  } catch (error) {
    reply(res, 400, { message: error instanceof Error ? error.message : String(error) });
  }
}
