import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';
import { GatewayError } from '../errors.js';
import type { SdkClient } from '../sources/client.js';
import { SOURCE_REGISTRY, type Clients } from '../sources/registry.js';
import type { SourceDeclaration } from '../sources/source.js';
import { OWN_ACCOUNT, type AccountSetting } from './places.js';

export type { Clients, SourceClients } from '../sources/registry.js';

export interface ClientSettings {
  sources: ReadonlySet<Source>;
  deviceFarmRegion: string;
  codeCatalystToken: string | undefined;
  upstreamTimeoutMs: number;
  /** The accounts read (AWS_ACCOUNTS); default: the gateway's own identity only. */
  accounts?: readonly AccountSetting[];
  /** The regions of each regional source (e.g. NIMBLE_REGIONS); none: the SDK's own region. */
  regions?: Partial<Record<Source, readonly string[]>>;
  /**
   * Set only for the emulator: an explicit endpoint plus a fake identity. Against AWS nothing is
   * set, so the SDK's own configuration applies unchanged (credential chain, AWS_REGION,
   * AWS_PROFILE, AWS_ENDPOINT_URL*, AWS_MAX_ATTEMPTS).
   */
  emulatorEndpoint?: string;
  /** Test hook: e.g. `new ConfiguredRetryStrategy(3, 0)` for retries without backoff delays. */
  retryStrategy?: unknown;
}

/** One SDK client of a source: its account and its region ('global' for a global service; undefined: the SDK's own). */
export interface PlacedSdkClient<C> {
  account: AccountSetting;
  region: string | undefined;
  client: C;
}

const FAKE_CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' };

/** The (account, region) pairs a source is read in, as its declaration places it. */
function placesOf(source: SourceDeclaration, settings: ClientSettings): Array<{ account: AccountSetting; region: string | undefined }> {
  const placement = source.client.placement;
  // A global service is not in an account: CodeCatalyst's spaces belong to its token's user.
  if (placement.kind === 'global') return [{ account: OWN_ACCOUNT, region: 'global' }];
  const regions = placement.kind === 'region' ? [placement.region(settings)] : settings.regions?.[source.name as Source]?.length ? settings.regions[source.name as Source]! : [undefined];
  return (settings.accounts ?? [OWN_ACCOUNT]).flatMap((account) => regions.map((region) => ({ account, region })));
}

/**
 * Creates one client per enabled source and place (account × region); called once per process.
 * An assumed account's client signs with the SDK's STS provider (`fromTemporaryCredentials`),
 * which assumes the role on first use and again before the credentials expire.
 */
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
  const assumed = (roleArn: string, externalId: string | undefined) =>
    fromTemporaryCredentials({
      params: { RoleArn: roleArn, RoleSessionName: 'session-gateway', ...(externalId ? { ExternalId: externalId } : {}) },
      ...(local ? { masterCredentials: FAKE_CREDENTIALS } : {}),
      clientConfig: common,
    });
  const enabledSources = SOURCE_REGISTRY.filter((s) => settings.sources.has(s.name));
  const clients = Object.fromEntries(
    enabledSources.map((s: SourceDeclaration) => [
      s.name,
      placesOf(s, settings).map(({ account, region }) => {
        const sdkRegion = region && region !== 'global' ? { region } : {};
        const options = { ...common, ...sdkRegion, ...(account.roleArn ? { credentials: assumed(account.roleArn, account.externalId) } : {}) };
        return { account, region, client: s.client.createClient(settings, options) };
      }),
    ]),
  ) as Clients;
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

/** The enabled sources' clients, one per place, with their declarations. */
export function clientsOf(clients: Clients): Array<{ source: SourceDeclaration; account: AccountSetting; client: SdkClient }> {
  return SOURCE_REGISTRY.flatMap((source: SourceDeclaration) => {
    const placed = (clients[source.name as Source] ?? []) as ReadonlyArray<PlacedSdkClient<SdkClient>>;
    return placed.map(({ account, client }) => ({ source, account, client }));
  });
}

/** Releases sockets; used on shutdown and by tests. */
export function destroyClients(clients: Clients): void {
  for (const { client } of clientsOf(clients)) client.destroy();
}

/**
 * One error per switched-off source, made once: every feed page asks every kind for its streams, a
 * switched-off one too, and a new error would capture its stack each time (about 1 % of a page's
 * CPU). Its fields are read-only, so sharing it is safe.
 */
const switchedOff = new Map<Source, GatewayError>();

/** The client of an enabled source, or a coded error saying the source is switched off. */
export function enabled<C>(source: Source, client: C | undefined): C {
  if (client) return client;
  let error = switchedOff.get(source);
  if (!error) switchedOff.set(source, (error = new GatewayError('SOURCE_DISABLED', `${SOURCE_LABEL[source]} is switched off in this gateway (see SOURCES).`, { source })));
  throw error;
}
