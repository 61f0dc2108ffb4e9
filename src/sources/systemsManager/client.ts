import { SSMClient } from '@aws-sdk/client-ssm';
import { accessKeyOf, UNPUBLISHED_QUOTA, type SourceClientDeclaration } from '../client.js';

export const systemsManagerClient: SourceClientDeclaration<SSMClient> = {
  label: 'Systems Manager',
  // AWS sets Systems Manager's API limits per account and region without publishing DescribeSessions'.
  rateLimit: { variable: 'SYSTEMS_MANAGER_RATE_LIMIT', default: UNPUBLISHED_QUOTA },
  createClient: (_settings, common) => new SSMClient(common),
  preflight: (c) => [
    { needs: 'a region (set AWS_REGION or a region in your AWS profile)', check: () => c.config.region() },
    { needs: 'AWS credentials', check: () => c.config.credentials() },
  ],
  placement: { kind: 'regions', variable: 'SYSTEMS_MANAGER_REGIONS' },
  policyScopes: { pattern: /^(\d{12}\/)?[a-z]{2}(-[a-z]+)+-\d{1,2}$/, what: 'AWS Regions (<account>/<region> in an assumed account)' },
  identity: accessKeyOf,
  // A session belongs to its region: the scope policies name (with its account, in the cache's place).
  scopeOfCall: (fields) => (typeof fields.region === 'string' ? fields.region : ''),
};
