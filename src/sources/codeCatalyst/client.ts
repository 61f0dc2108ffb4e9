import { CodeCatalystClient } from '@aws-sdk/client-codecatalyst';
import { PLAIN_SCOPE, UNPUBLISHED_QUOTA, type SourceClientDeclaration } from '../client.js';

const FAKE_TOKEN = { token: 'emulator-token' };

export const codeCatalystClient: SourceClientDeclaration<CodeCatalystClient> = {
  label: 'CodeCatalyst',
  rateLimit: { variable: 'CODECATALYST_RATE_LIMIT', default: UNPUBLISHED_QUOTA },
  createClient(settings, common) {
    const local = settings.emulatorEndpoint;
    const token = local ? FAKE_TOKEN : settings.codeCatalystToken ? { token: settings.codeCatalystToken } : undefined;
    // Bearer auth only: SigV4 credentials would be ignored, so the emulator's are left out.
    const { credentials: _sigv4Only, ...bearer } = common;
    // CodeCatalyst is global, but its client still demands a region.
    return new CodeCatalystClient({ region: 'us-west-2', ...bearer, ...(token ? { token } : {}) });
  },
  preflight: (c) => [{ needs: 'a token (set CODECATALYST_TOKEN or sign in with `aws sso login`)', check: () => c.config.token?.() }],
  // A global service, not in an account: its spaces belong to the token's user.
  placement: { kind: 'global' },
  policyScopes: { pattern: PLAIN_SCOPE, what: 'CodeCatalyst space names' },
  identity: (c) => c.config.token?.().then((t) => t.token),
  scopeOfCall: (fields) => (typeof fields.spaceName === 'string' ? fields.spaceName : ''),
};
