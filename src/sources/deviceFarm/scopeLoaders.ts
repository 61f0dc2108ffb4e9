import type { Access } from '../../auth/access.js';
import { allowsDeviceFarmArn } from './arns.js';
import * as df from './calls.js';
import type { Discovery } from '../../scopes/discovery.js';
import { dedupeLoader, enabled, nullIfNotFound } from '../../loaders/util.js';

export type { DeviceFarmProjectRecord, TestGridProjectRecord } from './calls.js';

/**
 * Projects by ARN. Discovered projects answer without a call (even stale ones: a project
 * rarely changes); any other ARN costs one Get per request. A project the caller may not see is
 * null, without a call.
 */
export function createDeviceFarmScopeLoaders(client: df.DeviceFarmAccounts | undefined, discovery: Discovery, access: Access) {
  const use = () => enabled('deviceFarm', client);
  const visible = (arn: string) => allowsDeviceFarmArn(access, arn);
  return {
    project: dedupeLoader(async (arn: string) =>
      !visible(arn) ? null : (discovery.peek('deviceFarmProjects')?.find((p) => p.arn === arn) ?? nullIfNotFound(df.getProject(df.byArn(use(), arn), arn))),
    ),
    testGridProject: dedupeLoader(async (arn: string) =>
      !visible(arn) ? null : (discovery.peek('testGridProjects')?.find((p) => p.arn === arn) ?? nullIfNotFound(df.getTestGridProject(df.byArn(use(), arn), arn))),
    ),
  };
}
