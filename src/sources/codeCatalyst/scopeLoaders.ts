import * as cc from './calls.js';
import type { Discovery } from '../../scopes/discovery.js';
import type { Access } from '../../auth/access.js';
import { dedupeLoader, enabled, nullIfNotFound } from '../../loaders/util.js';

export type { CodeCatalystProjectRecord, CodeCatalystSpaceRecord, DevEnvironmentKey, DevEnvironmentRecord } from './calls.js';

export interface CodeCatalystProjectKey {
  spaceName: string;
  projectName: string;
}

const sameDevEnvironment = (d: cc.DevEnvironmentRecord, key: cc.DevEnvironmentKey) =>
  d.spaceName === key.spaceName && d.projectName === key.projectName && d.id === key.devEnvironmentId;

export function createCodeCatalystScopeLoaders(client: cc.CodeCatalystSource | undefined, discovery: Discovery, access: Access) {
  const use = () => enabled('codeCatalyst', client).at();
  // The gateway has no GetSpace or GetProject: spaces and projects are known through discovery
  // (cached across requests), so one the gateway does not know is null.
  const scopes = () => discovery.get('codeCatalyst');
  return {
    space: dedupeLoader(async (name: string) => (await scopes()).spaces.find((s) => s.name === name) ?? null),
    project: dedupeLoader(
      async (key: CodeCatalystProjectKey) =>
        (await scopes()).projects.find((p) => p.spaceName === key.spaceName && p.name === key.projectName) ?? null,
    ),
    // Discovery lists every dev environment; one it does not hold (yet) costs one Get.
    // One in a space the caller may not see is null, without a call.
    devEnvironment: dedupeLoader(async (key: cc.DevEnvironmentKey) => {
      if (!access.allows('codeCatalyst', key.spaceName)) return null;
      return (
        discovery.peek('codeCatalyst')?.devEnvironments.find((d) => sameDevEnvironment(d, key)) ??
        nullIfNotFound(cc.getDevEnvironment(use(), key))
      );
    }),
  };
}
