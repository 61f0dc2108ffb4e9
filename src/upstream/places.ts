// A source's SDK clients, one per place (account × region), as the upstream layer finds them: by
// a place named in an ID or a scope, or the home place (the first) when none is named.
import type { PlacedSdkClient } from '../aws/clients.js';
import type { Place, PlaceName } from '../aws/places.js';
import { badInput } from '../errors.js';
import type { SdkClient } from '../sources/client.js';
import { SOURCE_LABEL, type Source } from '../sources/registry.js';

export interface PlacedEntry<C> {
  client: C;
  /** Its account and region; a region left to the SDK is resolved on first use, once. */
  place(): Promise<Place>;
}


export interface PlacedSources<C> {
  entries: ReadonlyArray<PlacedEntry<C>>;
  places(): Promise<Place[]>;
  /** The client of a place (the home place without one); BAD_USER_INPUT for a place not configured. */
  find(place?: PlaceName): Promise<PlacedEntry<C>>;
}

export function placedSources<C>(source: Source, clients: ReadonlyArray<PlacedSdkClient<C>>): PlacedSources<C> {
  const entries = clients.map(({ account, region, client }): PlacedEntry<C> => {
    let resolved: Promise<Place> | undefined;
    const resolve = async (): Promise<Place> => ({ account: account.account, region: region ?? (await (client as unknown as SdkClient).config.region()) });
    return {
      client,
      // A failed resolution is not kept: the next call tries again.
      place: () => (resolved ??= resolve().catch((error: unknown) => Promise.reject(((resolved = undefined), error)))),
    };
  });
  const places = () => Promise.all(entries.map((e) => e.place()));
  return {
    entries,
    places,
    async find(place) {
      if (!place) return entries[0] as PlacedEntry<C>;
      const all = await places();
      const at = (account: string) => all.findIndex((p) => p.account === account && (place.region === undefined || p.region === place.region));
      const index = at(place.account);
      if (index >= 0) return entries[index] as PlacedEntry<C>;
      const own = place.ownIfUnknown && !all.some((p) => p.account === place.account) ? at('') : -1;
      if (own >= 0) return entries[own] as PlacedEntry<C>;
      const where = [place.account ? `account ${place.account}` : 'its own account', place.region].filter(Boolean).join(' in ');
      throw badInput(`This gateway does not read ${SOURCE_LABEL[source]} in ${where}; see AWS_ACCOUNTS and the source's regions in the README.`);
    },
  };
}
