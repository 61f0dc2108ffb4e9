import { DeviceFarmClient } from '@aws-sdk/client-device-farm';
import { NimbleClient } from '@aws-sdk/client-nimble';
import { CodeCatalystClient } from '@aws-sdk/client-codecatalyst';
import { SOURCE_LABEL, type Source } from '../config.js';
import { GatewayError } from '../errors.js';
import type { CodeCatalyst } from '../sources/codeCatalyst/calls.js';
import type { DeviceFarm } from '../sources/deviceFarm/calls.js';
import type { Nimble } from '../sources/nimble/calls.js';

/** The SDK clients of the enabled sources: one each per process. */
export interface Clients {
  deviceFarm?: DeviceFarmClient;
  nimble?: NimbleClient;
  codeCatalyst?: CodeCatalystClient;
}

/** The same sources as the AWS-layer functions read them, through the upstream layer. */
export interface SourceClients {
  deviceFarm?: DeviceFarm;
  nimble?: Nimble;
  codeCatalyst?: CodeCatalyst;
}

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
const FAKE_TOKEN = { token: 'emulator-token' };

/** Creates one client per enabled source; called once per process. */
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
  const clients: Clients = {};
  if (settings.sources.has('deviceFarm')) {
    clients.deviceFarm = new DeviceFarmClient({ ...common, region: settings.deviceFarmRegion });
  }
  if (settings.sources.has('nimble')) {
    clients.nimble = new NimbleClient(common);
  }
  if (settings.sources.has('codeCatalyst')) {
    const token = local ? FAKE_TOKEN : settings.codeCatalystToken ? { token: settings.codeCatalystToken } : undefined;
    const { credentials: _sigv4Only, ...bearer } = common as typeof common & { credentials?: unknown };
    // CodeCatalyst is global, but its client still demands a region.
    clients.codeCatalyst = new CodeCatalystClient({
      region: 'us-west-2',
      ...bearer,
      ...(token ? { token } : {}),
    });
  }
  return clients;
}

/** Releases sockets; used on shutdown and by tests. */
export function destroyClients(clients: Clients): void {
  clients.deviceFarm?.destroy();
  clients.nimble?.destroy();
  clients.codeCatalyst?.destroy();
}

/** The client of an enabled source, or a coded error saying the source is switched off. */
export function enabled<C>(source: Source, client: C | undefined): C {
  if (!client) {
    throw new GatewayError('SOURCE_DISABLED', `${SOURCE_LABEL[source]} is switched off in this gateway (see SOURCES).`, { source });
  }
  return client;
}
