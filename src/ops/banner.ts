import { describeAuth } from '../auth/authenticate.js';
import { clientsOf, type Clients } from '../aws/clients.js';
import type { Config } from '../config.js';

/**
 * What the start-up line says is in force: upstream, regions, sources, federation, auth. Regions
 * are the clients' own (an assumed account's written `<account>/<region>`) (resolved from the SDK's configuration when UPSTREAM=aws).
 */
export async function bannerFields(config: Config, clients: Clients, emulatorUrl: string | undefined) {
  const regions: Record<string, string> = {};
  for (const { source, account, client } of clientsOf(clients)) {
    const region = source.client.placement.kind === 'global' ? 'global' : await client.config.region();
    const place = account.account ? `${account.account}/${region}` : region;
    regions[source.name] = regions[source.name] ? `${regions[source.name]} ${place}` : place;
  }
  return {
    upstream: config.upstream === 'emulator' ? `emulator ${emulatorUrl}` : 'aws',
    regions,
    sources: [...config.sources],
    federation: config.federation,
    auth: config.auth.mode,
    /** Who may call, in a few words: the line must say when authentication is off. */
    access: describeAuth(config.auth),
  };
}

export function bannerText(url: string, fields: Awaited<ReturnType<typeof bannerFields>>): string {
  const regions = Object.entries(fields.regions).map(([source, region]) => `${source} ${region}`).join(', ');
  return (
    `Session gateway ready: GraphiQL at ${url} | upstream ${fields.upstream} | regions ${regions} | ` +
    `sources ${fields.sources.join(', ')} | federation ${fields.federation ? 'on' : 'off'} | auth ${fields.access}`
  );
}

/**
 * The address to open in a browser: a wildcard or IPv4 loopback bind as localhost, an IPv6
 * address in brackets (a bare `::1:4000` is not a URL).
 */
export function listenUrl(host: string, port: number, path: string): string {
  const shown = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}${path}`;
}
