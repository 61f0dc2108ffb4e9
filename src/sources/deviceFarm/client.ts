import { DeviceFarmClient } from '@aws-sdk/client-device-farm';
import { accessKeyOf, type SourceClientDeclaration } from '../client.js';
import { deviceFarmScopeOf } from './arns.js';

export const deviceFarmClient: SourceClientDeclaration<DeviceFarmClient> = {
  label: 'Device Farm',
  // AWS's published quota for Device Farm's List/Get APIs, per account.
  rateLimit: { variable: 'DEVICE_FARM_RATE_LIMIT', default: { perSecond: 10, burst: 50 } },
  createClient: (_settings, common) => new DeviceFarmClient(common),
  preflight: (c) => [
    { needs: 'a region', check: () => c.config.region() },
    { needs: 'AWS credentials', check: () => c.config.credentials() },
  ],
  placement: { kind: 'region', region: (settings) => settings.deviceFarmRegion },
  policyScopes: { pattern: /^arn:aws[a-z-]*:devicefarm:[^:]*:\d*:(project|testgrid-project):[^/\s]+$/, what: 'Device Farm project or test grid project ARNs' },
  identity: accessKeyOf,
  // A session or project ARN belongs to its project (`arn`, `projectArn`, `sessionArn`).
  scopeOfCall(fields) {
    const arn = [fields.arn, fields.projectArn, fields.sessionArn].find((a): a is string => typeof a === 'string') ?? '';
    return deviceFarmScopeOf(arn) ?? '';
  },
};
