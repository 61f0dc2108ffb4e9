// Starts the whole product for an end-to-end test: the emulator, the real SDK clients pointed at
// it, and the gateway on a real HTTP port. Requests go over loopback; nothing is mocked.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClients, destroyClients, type ClientSettings } from '../../src/aws/clients.js';
import { DEFAULT_SOURCES, type Source } from '../../src/sources/registry.js';
import { createGateway, type GatewayOptions } from '../../src/gateway.js';
import { FIXED_START, startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import type { ScopePins } from '../../src/scopes/discovery.js';
import { createOperations, type Operations, type OperationsOptions } from '../../src/ops/index.js';
import { instrumentClients } from '../../src/ops/sdkInstrumentation.js';
import { upstreamTelemetry } from '../../src/ops/upstreamTelemetry.js';
import { createUpstream, type Clock, type RateLimit, type Upstream } from '../../src/upstream/index.js';

export interface HarnessOptions {
  emulator?: EmulatorOptions;
  /** A running emulator to share with another harness (a second replica); it is not closed. */
  sharedEmulator?: Emulator;
  identity?: string;
  sources?: Source[];
  /** AWS_ACCOUNTS (each role with its external ID) and the regional sources' regions, as config.ts reads them. */
  places?: Pick<ClientSettings, 'accounts' | 'regions'>;
  upstreamTimeoutMs?: number;
  discoveryTtlMs?: number;
  pins?: ScopePins;
  /**
   * The shared upstream cache is off unless a test asks for it (most tests count the calls of
   * each request, or inject faults between requests); the same goes for the rate limits.
   */
  cacheTtlMs?: number;
  cacheMaxBytes?: number;
  rateLimits?: Partial<Record<Source, RateLimit>>;
  rateLimitMaxWaitMs?: number;
  /** Off unless a test asks: fault tests fail a source many times in a row. */
  breaker?: { failures: number; openMs: number };
  requestDeadlineMs?: number;
  redisUrl?: string;
  clock?: Clock;
  /** Where the upstream layer's warnings go (default: the test's console). */
  warn?: (message: string) => void;
  /** Further gateway options, e.g. `security`. */
  gateway?: Partial<Omit<GatewayOptions, 'clients'>>;
  /** Logger, telemetry, readiness, tracing; default: silent with a fresh metrics registry. */
  ops?: OperationsOptions;
}

export interface GraphQLResponse<T> extends ExecutionResult<T> {
  status: number;
}

export interface Harness {
  emulator: Emulator;
  upstream: Upstream;
  url: string;
  ops: Operations;
  /** Sends a typed document (from test/gql) or raw text over HTTP and returns status and body. */
  query<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = options.sharedEmulator ?? (await startEmulator({ seed: 1, now: FIXED_START, ...options.emulator }));
  const clients = createClients({
    sources: new Set(options.sources ?? DEFAULT_SOURCES),
    deviceFarmRegion: 'us-west-2',
    codeCatalystToken: undefined,
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? 5_000,
    emulatorEndpoint: emulator.url,
    ...options.places,
    // Real retries, without the backoff delays, so fault tests stay fast.
    retryStrategy: new ConfiguredRetryStrategy(3, 0),
  });
  const ops = createOperations(options.ops);
  instrumentClients(clients, ops.telemetry);
  const upstream = createUpstream(clients, {
    cacheTtlMs: options.cacheTtlMs ?? 0,
    cacheMaxBytes: options.cacheMaxBytes ?? 64 * 1024 * 1024,
    rateLimits: options.rateLimits ?? {},
    rateLimitMaxWaitMs: options.rateLimitMaxWaitMs ?? 3_000,
    breaker: options.breaker ?? { failures: 0, openMs: 1_000 },
    redisUrl: options.redisUrl,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.identity ? { identity: options.identity } : {}),
    ...(options.warn ? { warn: options.warn } : {}),
    ...upstreamTelemetry(ops.telemetry),
  });
  const gateway = createGateway({
      clients,
      upstream,
      discoveryTtlMs: options.discoveryTtlMs,
      pins: options.pins,
      ...(options.requestDeadlineMs ? { requestDeadlineMs: options.requestDeadlineMs } : {}),
      ops,
      ...options.gateway,
    });
  const server = createServer(gateway);
  const url = `http://127.0.0.1:${await listen(server)}/graphql`;
  return {
    emulator,
    upstream,
    url,
    ops,
    async query(document, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      return { status: response.status, ...((await response.json()) as ExecutionResult) } as never;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.dispose();
      destroyClients(clients);
      await upstream.close();
      if (!options.sharedEmulator) await emulator.close();
    },
  };
}
