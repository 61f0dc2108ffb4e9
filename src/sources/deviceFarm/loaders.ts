import * as df from './calls.js';
import type { Access } from '../../auth/access.js';
import { allowsDeviceFarmArn } from './arns.js';
import { dedupeLoader, enabled, forbidden, ListedItems, nullIfNotFound, type SessionSink } from '../../loaders/util.js';

export type TestGridSessionPageKey = df.TestGridSessionFilter & {
  projectArn: string;
  maxResult?: number | undefined;
  nextToken?: string | undefined;
};

/** Device Farm has no batch get: every distinct call is made once per request, in parallel. */
export function createDeviceFarmLoaders(client: df.DeviceFarmAccounts | undefined, access: Access, seen?: SessionSink) {
  const use = () => enabled('deviceFarm', client);
  // A session in a scope the caller may not see does not exist for it.
  const visible = (arn: string) => allowsDeviceFarmArn(access, arn);
  const listable = (arn: string) => {
    if (!visible(arn)) throw forbidden('deviceFarm');
    return df.byArn(use(), arn);
  };
  // Listed sessions answer the by-ARN loaders, so a later lookup of one of them is free.
  const listedRemoteAccess = new ListedItems<df.RemoteAccessSessionRecord>(seen);
  const listedTestGrid = new ListedItems<df.TestGridSessionRecord>(seen);
  const remoteAccessSession = dedupeLoader(async (arn: string) =>
    visible(arn) ? (listedRemoteAccess.find((s) => s.arn === arn) ?? nullIfNotFound(df.getRemoteAccessSession(df.byArn(use(), arn), arn))) : null,
  );
  const testGridSession = dedupeLoader(async (arn: string) =>
    visible(arn) ? (listedTestGrid.find((s) => s.arn === arn) ?? nullIfNotFound(df.getTestGridSession(df.byArn(use(), arn), arn))) : null,
  );

  return {
    remoteAccessSession,
    testGridSession,
    remoteAccessSessionPage: dedupeLoader(async (key: { arn: string; nextToken?: string | undefined }) =>
      df.listRemoteAccessSessions(listable(key.arn), key).then((page) => listedRemoteAccess.add(page)),
    ),
    testGridSessionPage: dedupeLoader(async (key: TestGridSessionPageKey) =>
      df.listTestGridSessions(listable(key.projectArn), key).then((page) => listedTestGrid.add(page)),
    ),
  };
}
