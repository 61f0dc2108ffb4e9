import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { GatewayError } from '../errors.js';
import type { SdkClient } from '../sources/client.js';
import { SOURCE_REGISTRY, type Clients } from '../sources/registry.js';
import type { SourceDeclaration } from '../sources/source.js';

export type { Clients, SourceClients } from '../sources/registry.js';

export interface ClientSettings {
  sources: ReadonlySet<Source>;
  deviceFarmRegion: string;
  codeCatalystToken: string | undefined;
  upstreamTimeoutMs: number;
  /**
   * Set only for the emulator: an explicit endpoint plus a fake identity. Against AWS nothing is
   * set, so the SDK's own configuration applies unchanged (credential chain, AWS_REGION,
   * AWS_PROFILE, AWS_ENDPOINT_URL*, AWS_MAX_ATTEMPTS).
   */
  emulatorEndpoint?: string;
  /** Test hook: e.g. `new ConfiguredRetryStrategy(3, 0)` for retries without backoff delays. */
  retryStrategy?: unknown;
}

const FAKE_CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' };

/** Creates one client per enabled source, as each source declares it; called once per process. */
export function createClients(settings: ClientSettings): Clients {
  const local = settings.emulatorEndpoint;
  const common = {
    requestHandler: {
      requestTimeout: settings.upstreamTimeoutMs,
      connectionTimeout: settings.upstreamTimeoutMs,
      // Newer handlers only warn about a timed-out request unless told to fail it.
      throwOnRequestTimeout: true,
    },
    ...(settings.retryStrategy ? { retryStrategy: settings.retryStrategy as never } : {}),
    ...(local ? { endpoint: local, region: 'us-west-2', credentials: FAKE_CREDENTIALS } : {}),
  };
  const enabledSources = SOURCE_REGISTRY.filter((s) => settings.sources.has(s.name));
  const clients = Object.fromEntries(enabledSources.map((s) => [s.name, s.client.createClient(settings, common)])) as Clients;
  for (const { client } of clientsOf(clients)) withoutSdkLogger(client);
  return clients;
}

/**
 * The SDK's logger middleware copies every answer with its sensitive fields masked to hand it to
 * the client's logger, even the default no-op one: about 4 % of the gateway's CPU per feed page of
 * a cold walk. Nothing here logs through it (the gateway logs calls itself), so it goes.
 */
function withoutSdkLogger(client: SdkClient): void {
  (client as SdkClient & { middlewareStack: { remove(name: string): boolean } }).middlewareStack.remove('loggerMiddleware');
}

/** The enabled sources' clients with their declarations. */
export function clientsOf(clients: Clients): Array<{ source: SourceDeclaration; client: SdkClient }> {
  return SOURCE_REGISTRY.flatMap((source: SourceDeclaration) => {
    const client = clients[source.name as Source];
    return client ? [{ source, client }] : [];
  });
}

/** Releases sockets; used on shutdown and by tests. */
export function destroyClients(clients: Clients): void {
  for (const { client } of clientsOf(clients)) client.destroy();
}

/** The client of an enabled source, or a coded error saying the source is switched off. */
export function enabled<C>(source: Source, client: C | undefined): C {
  if (!client) {
    throw new GatewayError('SOURCE_DISABLED', `${SOURCE_LABEL[source]} is switched off in this gateway (see SOURCES).`, { source });
  }
  return client;
}
