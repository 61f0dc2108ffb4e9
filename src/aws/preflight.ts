import { clientsOf, type Clients } from './clients.js';

/**
 * Against real AWS, resolves every enabled client's region and identity once at start-up (what
 * each source declares it needs), so a missing region, credential or token stops the gateway
 * with one sentence instead of failing every request later. Returns that sentence, or null when
 * all is well.
 */
export async function preflight(clients: Clients): Promise<string | null> {
  // An assumed account is checked by its first call instead: one account failing never stops the others.
  for (const { source, client } of clientsOf(clients).filter((c) => !c.account.roleArn)) {
    for (const { needs, check } of source.client.preflight(client)) {
      try {
        const value = await check();
        if (value === undefined || value === '') throw new Error('none');
      } catch {
        return `${source.client.label} needs ${needs}; configure it or switch the source off with SOURCES.`;
      }
    }
  }
  return null;
}
