// NIMBLE_STUDIO_IDS pins studios instead of listing them. A bare studio ID is read in the home
// place (the gateway's own account, first region); a studio ARN names its region and account, so
// a studio of another account or region can be pinned too. There is no GetStudio in the gateway's
// operations: a pinned studio is known by its ID and where it is, nothing more.
import type { Place } from '../../aws/places.js';
import type { NimbleStudioRecord } from './calls.js';

const STUDIO_ARN = /^arn:aws[a-z-]*:nimble:([a-z]{2}(?:-[a-z]+)+-\d{1,2}):(\d{12}):studio\/([^\s,/]{1,256})$/;

/** What NIMBLE_STUDIO_IDS may list: studio IDs, or studio ARNs. */
export const STUDIO_PIN = /^(?:[\w-]{1,256}|arn:aws[a-z-]*:nimble:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:studio\/[^\s,/]{1,256})$/;

/** A pinned studio ARN's region and account number; undefined for a bare ID. */
export function studioArnPlace(pin: string): { region: string; account: string; studioId: string } | undefined {
  const match = STUDIO_ARN.exec(pin);
  return match ? { region: match[1] as string, account: match[2] as string, studioId: match[3] as string } : undefined;
}

/**
 * The pinned studios of one place. An ARN's account is the place's when a role of that account is
 * read; any other account number is the gateway's own (its number is never configured), as a
 * Device Farm ARN's is.
 */
export function pinnedStudios(pins: readonly string[], place: Place, home: boolean, places: readonly Place[]): NimbleStudioRecord[] {
  const assumed = new Set(places.map((p) => p.account).filter(Boolean));
  return pins.flatMap((pin): NimbleStudioRecord[] => {
    const arn = studioArnPlace(pin);
    if (!arn) return home ? [{ studioId: pin }] : [];
    const account = assumed.has(arn.account) ? arn.account : '';
    return account === place.account && arn.region === place.region ? [{ studioId: arn.studioId, homeRegion: arn.region, place }] : [];
  });
}
