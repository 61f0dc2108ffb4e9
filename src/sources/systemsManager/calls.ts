// Systems Manager Session Manager: DescribeSessions (State Active or History, with AWS's own
// filters) and TerminateSession. SSM is regional and per account; the AWS layer adds the account
// ('' for the gateway's own) and region to each record, since a session is addressed again by them.
import { DescribeSessionsCommand, TerminateSessionCommand, type Session, type SessionFilter, type SSMClient } from '@aws-sdk/client-ssm';
import { items, required, type Page } from '../../aws/page.js';
import type { PlacedClient, SourceClient } from '../../aws/sourceClient.js';
import { oncePerChange } from '../../aws/writes.js';

export type SystemsManager = PlacedClient<SSMClient>;
export type SystemsManagerPlaces = SourceClient<SSMClient>;
export type ManagedInstanceSessionRecord = Session & { kind: 'MANAGED_INSTANCE'; account: string; region: string; SessionId: string };

/** Active: Connecting, Connected, Disconnected, Terminating. History: ended in the last 30 days. */
export type SessionManagerState = 'Active' | 'History';

export interface ManagedInstanceSessionPageKey {
  account: string;
  region: string;
  state: SessionManagerState;
  filters?: readonly SessionFilter[] | undefined;
  maxResults?: number | undefined;
  nextToken?: string | undefined;
}

const session = (account: string, region: string) => (s: Session): ManagedInstanceSessionRecord => ({
  ...s,
  kind: 'MANAGED_INSTANCE',
  account,
  region,
  SessionId: required('systemsManager', 'a session', s.SessionId),
});

/** One page of DescribeSessions. `account` and `region` are the client's place: part of the cache key and the scope, not of the request. */
export function describeSessions(ssm: SystemsManager, key: ManagedInstanceSessionPageKey): Promise<Page<ManagedInstanceSessionRecord>> {
  const request = { State: key.state, Filters: key.filters ? [...key.filters] : undefined, MaxResults: key.maxResults, NextToken: key.nextToken };
  return ssm.read('DescribeSessions', { region: key.region, ...request }, async (client, options) => {
    const out = await client.send(new DescribeSessionsCommand(request), options);
    return { items: items('systemsManager', 'sessions', out.Sessions).map(session(key.account, key.region)), nextToken: out.NextToken };
  });
}

/** TerminateSession: the agent ends the session (Terminating, then Terminated). */
export function terminateSession(ssm: SystemsManager, key: { region: string; sessionId: string }): Promise<void> {
  return ssm.write('TerminateSession', { region: key.region, sessionId: key.sessionId }, async (client, options) => {
    await client.send(oncePerChange(new TerminateSessionCommand({ SessionId: key.sessionId })), options);
  });
}
