// The seeded store of all three services, and the read-only views of it handed to tests.
import type { EmulatorData } from './types.js';
import { seedCodeCatalyst, sessionScope, type CodeCatalystSeed } from './seed/codeCatalyst.js';
import { seedDeviceFarm, type DeviceFarmSeed } from './seed/deviceFarm.js';
import { seedNimble, type NimbleSeed } from './seed/nimble.js';
import type { World } from './world.js';

export interface Store {
  world: World;
  deviceFarm: DeviceFarmSeed;
  nimble: NimbleSeed;
  codeCatalyst: CodeCatalystSeed;
}

export function createStore(seed: number, sessionsPerKind: number, world: World): Store {
  return {
    world,
    deviceFarm: seedDeviceFarm(seed, sessionsPerKind, world),
    nimble: seedNimble(seed, sessionsPerKind, world),
    codeCatalyst: seedCodeCatalyst(seed, sessionsPerKind, world),
  };
}

/** Lists are copies, so a test cannot change what is served. */
export function dataView(store: Store): EmulatorData {
  const { deviceFarm, nimble, codeCatalyst } = store;
  const content = (studioId: string) => nimble.content.get(studioId);
  return {
    deviceFarm: {
      projects: deviceFarm.projects,
      testGridProjects: deviceFarm.testGridProjects,
      devices: deviceFarm.devices,
      remoteAccessSessions: (projectArn) => deviceFarm.remoteAccess.list(projectArn),
      testGridSessions: (projectArn) => deviceFarm.testGrid.list(projectArn),
    },
    nimble: {
      studios: nimble.studios,
      launchProfiles: (studioId) => [...(content(studioId)?.launchProfiles ?? [])],
      streamingImages: (studioId) => [...(content(studioId)?.images ?? [])],
      streamingSessions: (studioId) => nimble.sessions.list(studioId),
      users: (studioId) => [...(content(studioId)?.users ?? [])],
    },
    codeCatalyst: {
      spaces: codeCatalyst.spaces,
      projects: (spaceName) => [...(codeCatalyst.projects.get(spaceName) ?? [])],
      devEnvironments: (spaceName, projectName) =>
        codeCatalyst.devEnvironments.filter((env) => env.spaceName === spaceName && (projectName === undefined || env.projectName === projectName)),
      sessions: (spaceName, projectName, devEnvironmentId) => codeCatalyst.sessions.list(sessionScope(spaceName, projectName, devEnvironmentId)),
    },
  };
}
