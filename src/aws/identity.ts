import { createHash } from 'node:crypto';
import { clientsOf, type Clients } from './clients.js';

/**
 * Who the gateway is upstream: a digest of the access key IDs and token its own clients resolve
 * and the roles it assumes (a role's credentials change hourly; its ARN does not).
 * It is part of every shared cache key, so two deployments with different credentials that share
 * one Redis never read each other's pages. Nothing secret is kept: only a digest.
 */
export async function clientsIdentity(clients: Clients): Promise<string> {
  const parts = await Promise.all(
    clientsOf(clients).map(({ source, account, client }) => (account.roleArn ? account.roleArn : source.client.identity(client))),
  ).catch(() => ['unresolved']);
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}
