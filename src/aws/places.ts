// Where a source is read: a place is an AWS account and a region. A source instance is (source,
// place); its SDK client, rate limit, circuit breaker and cached pages are its own, so a failing
// account or region never hides the others. The gateway's own identity is the account '' (its
// number is never needed: no API here takes it); an assumed role's account is the role ARN's.

export interface Place {
  /** '' for the gateway's own credentials; else the 12-digit account of an assumed role. */
  account: string;
  region: string;
}

/** A place as IDs and scopes name it: the account always, the region where the source is regional. */
export type PlaceName = Pick<Place, 'account'> & Partial<Place> & {
  /** An account no assumed role is in is the gateway's own (a Device Farm ARN names its account by number). */
  ownIfUnknown?: boolean;
};

/** An account the gateway reads: its own identity, or a role it assumes (STS AssumeRole). */
export interface AccountSetting {
  account: string;
  roleArn?: string;
  /** Passed to STS with the role's AssumeRole (AWS_EXTERNAL_ID_<account>, else AWS_EXTERNAL_ID). */
  externalId?: string;
}

export const OWN_ACCOUNT: AccountSetting = { account: '' };

/** Where a source runs: one global endpoint, one fixed region, or a region list per source. */
export type Placement = { kind: 'global' } | { kind: 'region'; region: (settings: { deviceFarmRegion: string }) => string } | { kind: 'regions'; variable: string };

export const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The map key of a place. */
export const placeKey = (place: Place): string => `${place.account}/${place.region}`;

/**
 * A scope as policies, feed cursors and messages name it: an assumed account's scopes are
 * prefixed with the account (`111111111111/us-east-1`, `111111111111/<studio ID>`); the gateway's
 * own account keeps the bare names it always had, so existing policies and cursors stay valid.
 */
export const placedScope = (account: string, scope: string): string => (account ? `${account}/${scope}` : scope);
