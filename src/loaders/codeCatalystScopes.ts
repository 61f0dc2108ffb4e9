import * as cc from '../aws/codeCatalyst.js';
import type { Discovery } from '../scopes/discovery.js';
import { dedupeLoader, enabled, nullIfNotFound } from './util.js';

export type { CodeCatalystProjectRecord, CodeCatalystSpaceRecord, DevEnvironmentKey, DevEnvironmentRecord } from '../aws/codeCatalyst.js';

export interface CodeCatalystProjectKey {
  spaceName: string;
  projectName: string;
}

const sameDevEnvironment = (d: cc.DevEnvironmentRecord, key: cc.DevEnvironmentKey) =>
  d.spaceName === key.spaceName && d.projectName === key.projectName && d.id === key.devEnvironmentId;

export function createCodeCatalystScopeLoaders(client: cc.CodeCatalyst | undefined, discovery: Discovery) {
  const use = () => enabled('codeCatalyst', client);
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
    devEnvironment: dedupeLoader(
      async (key: cc.DevEnvironmentKey) =>
        discovery.peek('codeCatalyst')?.devEnvironments.find((d) => sameDevEnvironment(d, key)) ??
        nullIfNotFound(cc.getDevEnvironment(use(), key)),
    ),
  };
}
