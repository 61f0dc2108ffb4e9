import type DataLoader from 'dataloader';
import * as df from '../aws/deviceFarm.js';
import type { Page } from '../aws/page.js';
import { dedupeLoader, enabled, nullIfNotFound } from './util.js';

export type TestGridSessionPageKey = df.TestGridSessionFilter & {
  projectArn: string;
  maxResult?: number | undefined;
  nextToken?: string | undefined;
};

/** Device Farm has no batch get: every distinct call is made once per request, in parallel. */
export function createDeviceFarmLoaders(client: df.DeviceFarm | undefined) {
  const use = () => enabled('deviceFarm', client);
  const remoteAccessSession = dedupeLoader((arn: string) => nullIfNotFound(df.getRemoteAccessSession(use(), arn)));
  const testGridSession = dedupeLoader((arn: string) => nullIfNotFound(df.getTestGridSession(use(), arn)));

  // Listed sessions prime the by-ARN loaders, so a later lookup of one of them is free.
  const primed = <T extends { arn: string }>(loader: DataLoader<string, T | null, string>) => (page: Page<T>) => {
    for (const item of page.items) loader.prime(item.arn, item);
    return page;
  };

  return {
    remoteAccessSession,
    testGridSession,
    remoteAccessSessionPage: dedupeLoader((key: { arn: string; nextToken?: string | undefined }) =>
      df.listRemoteAccessSessions(use(), key).then(primed(remoteAccessSession)),
    ),
    testGridSessionPage: dedupeLoader((key: TestGridSessionPageKey) =>
      df.listTestGridSessions(use(), key).then(primed(testGridSession)),
    ),
  };
}
