// What a source declares about its SDK client: made once per process from the shared options,
// checked at start-up, and named in the banner and the cache's identity. The AWS layer
// (aws/clients.ts, aws/preflight.ts, aws/identity.ts) applies it to every source in the registry.
import type { ClientSettings } from '../aws/clients.js';
import type { Placement } from '../aws/places.js';
import type { RateLimit } from '../upstream/limiter.js';

/** Options every client gets: timeouts, retries, and the emulator's endpoint and fake identity. */
export type CommonClientOptions = Record<string, unknown>;

/** The part of an SDK client's resolved configuration these checks read. */
export interface SdkClient {
  config: { region: () => Promise<string>; credentials?: () => Promise<{ accessKeyId: string }>; token?: () => Promise<{ token: string }> };
  destroy(): void;
}

export interface SourceClientDeclaration<C extends SdkClient> {
  /** How messages name the source. */
  label: string;
  /** Its client-side rate limit: the variable that sets it, and the default used without one. */
  rateLimit: { variable: string; default: RateLimit };
  createClient(settings: ClientSettings, common: CommonClientOptions): C;
  /** What the client must resolve against real AWS before the gateway serves (see preflight.ts). */
  preflight(client: C): Array<{ needs: string; check: () => Promise<unknown> | undefined }>;
  /** Where it runs: global, one region, or the regions a variable lists (per account in AWS_ACCOUNTS). */
  placement: Placement;
  /** What identifies its caller upstream (an access key ID, a token), digested into cache keys. */
  identity(client: C): Promise<string | undefined> | undefined;
  /** What an access policy names as this source's scopes, for the message when one is malformed. */
  policyScopes: { pattern: RegExp; what: string };
  /** The scope an upstream call belongs to, from its input: what a stop invalidates. '' for none. */
  scopeOfCall(input: Record<string, unknown>): string;
}

/**
 * AWS publishes no quota for Nimble Studio or CodeCatalyst: these defaults let a cold feed read a
 * few dozen scopes in one window and keep a runaway load polite. Set them to your account's limits.
 */
export const UNPUBLISHED_QUOTA: RateLimit = { perSecond: 25, burst: 100 };

/** A scope named by an ID or a name (a studio ID, a space name, a region). */
export const PLAIN_SCOPE = /^[A-Za-z0-9._-]{1,64}$/;

/** A SigV4 client's credentials, for identity. */
export const accessKeyOf = (client: SdkClient) => client.config.credentials?.().then((c) => c.accessKeyId);
