import { NimbleClient } from '@aws-sdk/client-nimble';
import { accessKeyOf, PLAIN_SCOPE, UNPUBLISHED_QUOTA, type SourceClientDeclaration } from '../client.js';

export const nimbleClient: SourceClientDeclaration<NimbleClient> = {
  label: 'Nimble Studio',
  rateLimit: { variable: 'NIMBLE_RATE_LIMIT', default: UNPUBLISHED_QUOTA },
  createClient: (_settings, common) => new NimbleClient(common),
  preflight: (c) => [
    { needs: 'a region (set AWS_REGION or a region in your AWS profile)', check: () => c.config.region() },
    { needs: 'AWS credentials', check: () => c.config.credentials() },
  ],
  placement: { kind: 'regions', variable: 'NIMBLE_REGIONS' },
  policyScopes: { pattern: PLAIN_SCOPE, what: 'Nimble studio IDs' },
  identity: accessKeyOf,
  scopeOfCall: (fields) => (typeof fields.studioId === 'string' ? fields.studioId : ''),
};
