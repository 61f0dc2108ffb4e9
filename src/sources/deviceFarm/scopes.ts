// Device Farm's scopes: projects (remote access) and test grid projects, listed in every account.
import type { DeviceFarmClient } from '@aws-sdk/client-device-farm';
import { listAll } from '../../aws/page.js';
import { present, scopeList } from '../scopes.js';
import * as df from './calls.js';

const arnOf = (resource: string) => new RegExp(`^arn:aws[a-z-]*:devicefarm:[^:]*:\\d*:${resource}:.+$`);

declare module '../scopes.js' {
  interface Scopes {
    deviceFarmProjects: df.DeviceFarmProjectRecord[];
    testGridProjects: df.TestGridProjectRecord[];
  }
}

export const deviceFarmScopes = {
  deviceFarmProjects: scopeList<DeviceFarmClient, df.DeviceFarmProjectRecord[]>({
    source: 'deviceFarm',
    pin: { variable: 'DEVICE_FARM_PROJECT_ARNS', pattern: arnOf('project'), what: 'Device Farm project ARNs' },
    async discover(deviceFarm, place, pinned, home) {
      if (!pinned) return listAll('deviceFarm', (token) => df.listProjects(deviceFarm.at(place), token));
      return home ? present(await Promise.all(pinned.map((arn) => df.getProject(df.byArn(deviceFarm, arn), arn)))) : [];
    },
    visible: (projects, access) => projects.filter((p) => access.allows('deviceFarm', p.arn)),
    empty: [],
  }),
  testGridProjects: scopeList<DeviceFarmClient, df.TestGridProjectRecord[]>({
    source: 'deviceFarm',
    pin: { variable: 'TEST_GRID_PROJECT_ARNS', pattern: arnOf('testgrid-project'), what: 'Device Farm testgrid-project ARNs' },
    async discover(deviceFarm, place, pinned, home) {
      if (!pinned) return listAll('deviceFarm', (token) => df.listTestGridProjects(deviceFarm.at(place), token));
      return home ? present(await Promise.all(pinned.map((arn) => df.getTestGridProject(df.byArn(deviceFarm, arn), arn)))) : [];
    },
    visible: (projects, access) => projects.filter((p) => access.allows('deviceFarm', p.arn)),
    empty: [],
  }),
};
