// The response cache's invalidation and its bound, on a tiny yoga schema whose resolvers count
// their runs (the gateway's own behaviour over HTTP is in test/upstream/responseCache.test.ts).
import { createSchema, createYoga } from 'graphql-yoga';
import { beforeEach, describe, expect, it } from 'vitest';
import { createResponseCache, type ResponseCacheEvent } from '../../src/responseCache/index.js';
import { ResponseStore } from '../../src/responseCache/store.js';

let now = 1_000_000;
let runs = 0;
const names = new Map([
  ['s1', 'first'],
  ['s2', 'second'],
]);
const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Session { id: ID! name: String! }
    type Query { broken: String session(id: ID!): Session big(size: Int!): String! page(after: String): String! }
    type Mutation { rename(id: ID!, name: String!): Session! }
  `,
  resolvers: {
    Query: {
      broken: () => {
        throw new Error('a resolver failed');
      },
      session: (_: unknown, { id }: { id: string }) => {
        runs += 1;
        return { id, name: names.get(id) };
      },
      big: (_: unknown, { size }: { size: number }) => {
        runs += 1;
        return 'x'.repeat(size);
      },
      page: (_: unknown, { after }: { after?: string | null }) => {
        runs += 1;
        return `after ${after ?? 'nothing'}`;
      },
    },
    Mutation: {
      rename: (_: unknown, { id, name }: { id: string; name: string }) => {
        names.set(id, name);
        return { id, name };
      },
    },
  },
});

function gateway(maxBytes = 1_000_000) {
  const seen: ResponseCacheEvent[] = [];
  const cache = createResponseCache({
    ttlMs: 5_000,
    maxBytes,
    clock: () => now,
    sessionOf: () => 'all',
    wantsFresh: () => false,
    maxWaitMs: 1_000,
    onEvent: (event) => seen.push(event),
  });
  const yoga = createYoga({ schema, plugins: [cache.plugin], logging: false });
  const send = async (body: Record<string, unknown>) =>
    (await (await yoga.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { data?: any; errors?: any[] };
  const ask = (query: string, variables?: Record<string, unknown>) => send({ query, variables });
  return { cache, ask, send, seen };
}

const S1 = '{ session(id: "s1") { id name } }';
const S2 = '{ session(id: "s2") { name } }';

beforeEach(() => {
  runs = 0;
  now += 60_000;
});

describe('response cache invalidation', () => {
  it('drops the responses that contain an entity, by type name and id, and keeps the others', async () => {
    const { cache, ask } = gateway();
    await ask(S1);
    await ask(S2);
    await ask(S1);
    await ask(S2);
    expect(runs).toBe(2);

    cache.invalidate([{ typename: 'Session', id: 's1' }]);
    await ask(S1);
    // S2 selects no id, yet the cache recorded it (it adds the id to what it executes).
    await ask(S2);
    expect(runs).toBe(3);

    cache.invalidate([{ typename: 'Session' }]);
    await ask(S1);
    await ask(S2);
    expect(runs).toBe(5);
  });

  it('drops the responses containing what a mutation returns', async () => {
    const { ask, seen } = gateway();
    expect((await ask(S1)).data.session.name).toBe('first');
    await ask('mutation { rename(id: "s1", name: "renamed") { id } }');
    expect((await ask(S1)).data.session.name).toBe('renamed');
    expect(runs).toBe(2);
    expect(seen).toContain('invalidated');
  });

  it('stores nothing larger than its bound, and evicts the least recently used to stay within it', async () => {
    const { ask, seen } = gateway(25_000);
    await ask('{ big(size: 10000) }'); // about 50 KB on the heap by its estimate: never stored
    await ask('{ big(size: 10000) }');
    expect(runs).toBe(2);
    expect(seen.filter((e) => e === 'stored')).toHaveLength(0);

    await ask('{ big(size: 2000) }');
    await ask('{ big(size: 2001) }'); // two of ~10 KB fit in 25 KB …
    await ask('{ big(size: 2000) }');
    expect(runs).toBe(4);
    await ask('{ big(size: 2002) }'); // … a third evicts the least recently used (2001)
    await ask('{ big(size: 2000) }');
    await ask('{ big(size: 2001) }');
    expect(runs).toBe(6);
  });
});

describe('flights (identical misses computed once)', () => {
  it('end with their request whatever became of it, so nothing waits on them or piles up', async () => {
    const { cache, send, ask, seen } = gateway();
    // Parameters yoga refuses after this cache has read them (here without the gateway's own
    // check of them, src/graph/security/params.ts, which refuses them first).
    expect((await send({ query: S1, extensions: 'x' })).errors?.[0].extensions.code).toBe('BAD_REQUEST');
    expect(cache.inFlight).toBe(0);
    // A document that fails to parse or validate, and a resolver that throws (not stored).
    expect((await ask('{ session(id: ')).errors).toHaveLength(1);
    expect((await ask('{ nothing }')).errors).toHaveLength(1);
    expect((await ask('{ broken }')).errors).toHaveLength(1);
    expect(cache.inFlight).toBe(0);
    // The same document asked normally leads its own flight rather than following a dead one.
    expect((await ask(S1)).data.session.id).toBe('s1');
    expect(seen).not.toContain('coalesced');
    expect(runs).toBe(1);
  });
});

describe('later pages', () => {
  it('stores a first page but not a page asked for with `after`, whether the cursor is inline, a variable or a default', async () => {
    const { ask, seen } = gateway();
    const first = '{ page }';
    await ask(first);
    await ask(first);
    expect(runs).toBe(1);

    const byVariable = 'query ($after: String) { page(after: $after) }';
    // A null cursor is a first page: stored.
    await ask(byVariable, { after: null });
    await ask(byVariable, { after: null });
    expect(runs).toBe(2);

    for (const [query, variables] of [
      ['{ page(after: "c1") }', undefined],
      [byVariable, { after: 'c1' }],
      ['query ($after: String = "c1") { page(after: $after) }', undefined],
    ] as const) {
      const before = runs;
      expect((await ask(query, variables)).data.page).toBe('after c1');
      expect((await ask(query, variables)).data.page).toBe('after c1');
      expect(runs - before).toBe(2);
    }
    expect(seen.filter((e) => e === 'stored')).toHaveLength(2);
  });
});

describe('stored responses', () => {
  it('are served with the JSON written when they were stored; a copy a plugin makes is written anew', () => {
    const store = new ResponseStore({ maxBytes: 1_000_000, clock: () => now });
    const result = { data: { session: { id: 's1', name: 'first' } } };
    store.set('key', result, [{ typename: 'Session', id: 's1' }], 5_000);
    result.data.session.name = 'changed after storing';
    const served = store.read('key');
    expect(served?.stringify(served)).toBe('{"data":{"session":{"id":"s1","name":"first"}}}');
    const copy = { ...served, extensions: { note: 1 } };
    expect(JSON.parse(copy.stringify!(copy))).toEqual({ data: { session: { id: 's1', name: 'changed after storing' } }, extensions: { note: 1 } });
  });
});
