import type { Access } from '../../auth/access.js';
import { deviceFarmScopeOf } from './arns.js';
import { foundOr, mayStop } from '../../loaders/stops.js';
import { enabled } from '../../loaders/util.js';
import { byArn, stopRemoteAccessSession, type DeviceFarmAccounts, type RemoteAccessSessionRecord } from './calls.js';

export function createDeviceFarmStops(client: DeviceFarmAccounts | undefined, access: Access) {
  return {
    stopRemoteAccessSession(arn: string): Promise<RemoteAccessSessionRecord> {
      mayStop(access, 'deviceFarm', deviceFarmScopeOf(arn));
      return foundOr('remote access session', stopRemoteAccessSession(byArn(enabled('deviceFarm', client), arn), arn));
    },
  };
}
