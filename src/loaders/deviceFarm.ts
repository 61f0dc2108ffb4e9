import type DataLoader from 'dataloader';
import * as df from '../aws/deviceFarm.js';
import type { Page } from '../aws/page.js';
import { allowsDeviceFarmArn, type Access } from '../auth/access.js';
import { dedupeLoader, enabled, forbidden, nullIfNotFound } from './util.js';

export type TestGridSessionPageKey = df.TestGridSessionFilter & {
  projectArn: string;
  maxResult?: number | undefined;
  nextToken?: string | undefined;
};

/** Device Farm has no batch get: every distinct call is made once per request, in parallel. */
export function createDeviceFarmLoaders(client: df.DeviceFarm | undefined, access: Access) {
  const use = () => enabled('deviceFarm', client);
  // A session in a scope the caller may not see does not exist for it.
  const visible = (arn: string) => allowsDeviceFarmArn(access, arn);
  const listable = (arn: string) => {
    if (!visible(arn)) throw forbidden('deviceFarm');
    return use();
  };
  const remoteAccessSession = dedupeLoader(async (arn: string) => (visible(arn) ? nullIfNotFound(df.getRemoteAccessSession(use(), arn)) : null));
  const testGridSession = dedupeLoader(async (arn: string) => (visible(arn) ? nullIfNotFound(df.getTestGridSession(use(), arn)) : null));

  // Listed sessions prime the by-ARN loaders, so a later lookup of one of them is free.
  const primed = <T extends { arn: string }>(loader: DataLoader<string, T | null, string>) => (page: Page<T>) => {
    for (const item of page.items) loader.prime(item.arn, item);
    return page;
  };

  return {
    remoteAccessSession,
    testGridSession,
    remoteAccessSessionPage: dedupeLoader(async (key: { arn: string; nextToken?: string | undefined }) =>
      df.listRemoteAccessSessions(listable(key.arn), key).then(primed(remoteAccessSession)),
    ),
    testGridSessionPage: dedupeLoader(async (key: TestGridSessionPageKey) =>
      df.listTestGridSessions(listable(key.projectArn), key).then(primed(testGridSession)),
    ),
  };
}
