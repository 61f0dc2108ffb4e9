// Real SDK clients pointed at an emulator, with fast retries, plus small helpers for the tests.
import { DeviceFarmClient } from '@aws-sdk/client-device-farm';
import { NimbleClient } from '@aws-sdk/client-nimble';
import { CodeCatalystClient } from '@aws-sdk/client-codecatalyst';
import { SSMClient } from '@aws-sdk/client-ssm';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

export interface Clients {
  deviceFarm: DeviceFarmClient;
  nimble: NimbleClient;
  codeCatalyst: CodeCatalystClient;
  systemsManager: SSMClient;
}

export function clientsFor(emulator: Emulator, extra: { requestTimeout?: number; maxAttempts?: number } = {}): Clients {
  const common = {
    endpoint: emulator.url,
    region: 'us-west-2',
    retryStrategy: new ConfiguredRetryStrategy(extra.maxAttempts ?? 3, 0),
    // Device Farm's node-http-handler 4.x only logs a warning on requestTimeout unless told to
    // throw; the older handlers of the other two clients always throw (and ignore the flag).
    ...(extra.requestTimeout !== undefined && { requestHandler: { requestTimeout: extra.requestTimeout, throwOnRequestTimeout: true } }),
  };
  return {
    deviceFarm: new DeviceFarmClient({ ...common, credentials: CREDENTIALS }),
    nimble: new NimbleClient({ ...common, credentials: CREDENTIALS }),
    codeCatalyst: new CodeCatalystClient({ ...common, token: { token: 'test-pat' } }),
    systemsManager: new SSMClient({ ...common, credentials: CREDENTIALS }),
  };
}

export function destroyClients(clients: Clients): void {
  clients.deviceFarm.destroy();
  clients.nimble.destroy();
  clients.codeCatalyst.destroy();
  clients.systemsManager.destroy();
}

/** An emulator and clients pointed at it, for a test file's beforeAll. */
export async function openEmulator(options?: EmulatorOptions): Promise<{ emulator: Emulator; clients: Clients }> {
  const emulator = await startEmulator(options);
  return { emulator, clients: clientsFor(emulator) };
}

/** The matching afterAll. */
export async function closeEmulator(emulator: Emulator, clients: Clients): Promise<void> {
  destroyClients(clients);
  await emulator.close();
}

/** Follows nextToken to the end; returns every item and every page's size. */
export async function walk<T>(page: (nextToken: string | undefined) => Promise<{ items: T[] | undefined; nextToken?: string | undefined }>): Promise<{ items: T[]; pages: number[] }> {
  const items: T[] = [];
  const pages: number[] = [];
  let token: string | undefined;
  do {
    const result = await page(token);
    items.push(...(result.items ?? []));
    pages.push(result.items?.length ?? 0);
    token = result.nextToken;
  } while (token !== undefined && pages.length < 10_000);
  return { items, pages };
}

/** The rejection of a call, for asserting on its name and HTTP status. */
export async function failure(call: Promise<unknown>): Promise<{ name: string; status: number | undefined; attempts: number | undefined; error: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, attempts: e.$metadata?.attempts, error: e as unknown as Record<string, unknown> };
  }
  throw new Error('expected the call to fail');
}
