// The HTTP control API under /_emulator/, for the standalone program and benchmark scripts.
// It is neither authenticated, delayed, faulted nor logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validFault } from './knobs.js';
import type { Emulator, LatencyMatch } from './types.js';

interface ControlDeps {
  emulator: Emulator;
  readBody(req: IncomingMessage): Promise<string>;
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function jsonBody(req: IncomingMessage, deps: ControlDeps): Promise<Record<string, unknown>> {
  const text = await deps.readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(text || '{}');
  } catch {
    throw new TypeError('The body must be JSON.');
  }
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
