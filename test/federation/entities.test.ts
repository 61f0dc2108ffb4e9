// The subgraph fields as a router calls them: `_service` and `_entities` on the gateway's own
// endpoint, over HTTP against the emulator.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_KINDS, SOURCES } from '../../src/sources/registry.js';
import { startHarness, type Harness } from '../support/harness.js';

type Found = { __typename: string; id: string };
type Representation = Partial<Found> & Record<string, unknown>;

const Everything = `{
  sessions(first: 100) { edges { node { __typename id ... on StreamingSession { streamingImage { __typename id } } } } }
  deviceFarmProjects { __typename id }
  testGridProjects { __typename id }
  studios { __typename id launchProfiles { __typename id } }
  codeCatalystSpaces { __typename id projects { __typename id } devEnvironments { __typename id } }
}`;
const Entities = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Node { id } }
}`;

let h: Harness;
/** One object of every type with a global ID. */
let one: Found[];
beforeAll(async () => {
  // Every source, opt-in ones too: every entity type needs an object.
  h = await startHarness({ sources: [...SOURCES] });
  const res = await h.query<Record<string, unknown>, never>(Everything);
  expect(res.errors).toBeUndefined();
  const found = new Map<string, Found>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== 'object') return;
    const { __typename, id } = value as Partial<Found>;
    if (__typename && id && !found.has(__typename)) found.set(__typename, { __typename, id });
    Object.values(value).forEach(collect);
  };
  collect(res.data);
  one = [...found.values()];
});
afterAll(() => h.close());

const entities = (representations: Representation[]) =>
  h.query<{ _entities: Array<Found | null> }, { representations: Representation[] }>(Entities, { representations });
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('_service', () => {
  it('serves the committed schema/subgraph.graphql, with the federation @link and directives', async () => {
    const res = await h.query<{ _service: { sdl: string } }, never>('{ _service { sdl } }');
    expect(res.errors).toBeUndefined();
    const sdl = res.data!._service.sdl;
    expect(`${sdl}\n`).toBe(readFileSync('schema/subgraph.graphql', 'utf8'));
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])');
    const keyed = [...sdl.matchAll(/^(?:type|interface) (\w+)[^\n]*\n\s+@key\(fields: "id"\)/gm)].map((m) => m[1]);
    expect(keyed.sort()).toEqual([...one.map((o) => o.__typename), 'Session'].sort());
    expect(sdl).toMatch(/^type PageInfo\n\s+@shareable/m);
  });
});

describe('_entities', () => {
  it('resolves a representation of every entity type, in the order given', async () => {
    // Every source's entities, and one object of each (the sources' graphs list them).
    expect(one).toHaveLength(13);
    const order = [...one].reverse();
    const res = await entities(order);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual(order);
  });

  it('resolves Session representations to the kind their ID names', async () => {
    const sessions = one.filter((o) => o.__typename.endsWith('Session'));
    expect(sessions).toHaveLength(SESSION_KINDS.length);
    const res = await entities(sessions.map(({ id }) => ({ __typename: 'Session', id })));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual(sessions);
  });

  it('answers forged and unknown representations with null and BAD_USER_INPUT each, resolving the others', async () => {
    const of = (typename: string) => one.find((o) => o.__typename === typename)!;
    const forged: Array<[Representation, RegExp]> = [
      [{ __typename: 'StreamingSession', id: '%%%not-base64%%%' }, /not an ID of this gateway/],
      [{ __typename: 'StreamingSession', id: of('RemoteAccessSession').id }, /names a RemoteAccessSession, not a StreamingSession/],
      [{ __typename: 'Session', id: of('DeviceFarmProject').id }, /names a DeviceFarmProject, not a Session/],
      [{ __typename: 'StreamingSession', id: encode('StreamingSession:["stid-only"]') }, /not a valid StreamingSession ID/],
      [{ __typename: 'Nonsense', id: of('NimbleStudio').id }, /"Nonsense", which is not an entity/],
      [{ __typename: 'NimbleTag', id: of('NimbleStudio').id }, /"NimbleTag", which is not an entity/],
      [{ id: of('NimbleStudio').id }, /null, which is not an entity/],
      [{ __typename: 'NimbleStudio' }, /needs the `id`/],
    ];
    const gone = { __typename: 'NimbleStudio', id: encode('NimbleStudio:stid-doesnotexist') };
    const res = await entities([...forged.map(([r]) => r), of('NimbleStudio'), gone]);
    expect(res.status).toBe(200);
    expect(res.data!._entities).toEqual([...forged.map(() => null), of('NimbleStudio'), null]);
    // Errors come in the order they happen; their paths say which representation they belong to.
    const errors = [...res.errors!].sort((a, b) => Number(a.path![1]) - Number(b.path![1]));
    expect(errors.map((e) => [e.path, e.extensions?.code])).toEqual(forged.map((_, i) => [['_entities', i], 'BAD_USER_INPUT']));
    forged.forEach(([, message], i) => expect(errors[i]!.message).toMatch(message));
  });

  it('answers references of a source that SOURCES switched off with null and SOURCE_DISABLED', async () => {
    const studio = one.find((o) => o.__typename === 'NimbleStudio')!;
    const project = one.find((o) => o.__typename === 'DeviceFarmProject')!;
    const withoutNimble = await startHarness({ sources: ['deviceFarm', 'codeCatalyst'] });
    try {
      const res = await withoutNimble.query<{ _entities: Array<Found | null> }, { representations: Representation[] }>(Entities, {
        representations: [studio, project],
      });
      expect(res.data!._entities).toEqual([null, project]);
      expect(res.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 0], 'SOURCE_DISABLED']]);
    } finally {
      await withoutNimble.close();
    }
  });
});
