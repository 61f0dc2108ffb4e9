import type { Clients } from './clients.js';
import { SOURCE_LABEL, type Source } from '../config.js';

/**
 * Against real AWS, resolves every enabled client's region and identity once at start-up, so a
 * missing region, credential or token stops the gateway with one sentence instead of failing
 * every request later. Returns that sentence, or null when all is well.
 */
export async function preflight(clients: Clients): Promise<string | null> {
  const checks: Array<[Source, string, () => Promise<unknown> | undefined]> = [];
  if (clients.deviceFarm) {
    const c = clients.deviceFarm.config;
    checks.push(['deviceFarm', 'a region', () => c.region()], ['deviceFarm', 'AWS credentials', () => c.credentials()]);
  }
  if (clients.nimble) {
    const c = clients.nimble.config;
    checks.push(['nimble', 'a region (set AWS_REGION or a region in your AWS profile)', () => c.region()]);
    checks.push(['nimble', 'AWS credentials', () => c.credentials()]);
  }
  if (clients.codeCatalyst) {
    const c = clients.codeCatalyst.config;
    checks.push(['codeCatalyst', 'a token (set CODECATALYST_TOKEN or sign in with `aws sso login`)', () => c.token?.()]);
  }
  for (const [source, what, check] of checks) {
    try {
      const value = await check();
      if (value === undefined || value === '') throw new Error('none');
    } catch {
      return `${SOURCE_LABEL[source]} needs ${what}; configure it or switch the source off with SOURCES.`;
    }
  }
  return null;
}
