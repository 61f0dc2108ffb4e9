// Where seeded data lives: the account and region its ARNs name. The default place holds the
// data the emulator has always served; every other (account, region) gets its own, seeded from
// the emulator's seed and the place, so distinct places never share sessions.
import { hashString, mix } from './prng.js';

export interface Place {
  account: string;
  region: string;
}

export const DEFAULT_ACCOUNT = '123456789012';
export const DEFAULT_REGION = 'us-west-2';
export const DEFAULT_PLACE: Readonly<Place> = Object.freeze({ account: DEFAULT_ACCOUNT, region: DEFAULT_REGION });

export const placeKey = (place: Place) => `${place.account}/${place.region}`;

/** The seed of a place's data: the emulator's own at the default place, so its data stays as it was. */
export function placeSeed(seed: number, place: Place): number {
  return place.account === DEFAULT_ACCOUNT && place.region === DEFAULT_REGION ? seed : mix(seed, hashString(place.account), hashString(place.region));
}

/** `arn:aws:<service>:<region>:<account>`, the start of an ARN of the place. */
export const arnPrefix = (service: string, place: Place) => `arn:aws:${service}:${place.region}:${place.account}`;
