// FEDERATION=false serves the plain schema, for a gateway exposed directly rather than behind a
// router. Only the schema differs, so these ask yoga in-process and never reach an upstream.
import { afterAll, describe, expect, it } from 'vitest';
import { createClients, destroyClients } from '../../src/aws/clients.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { DEFAULT_SOURCES } from '../../src/sources/registry.js';
import { createGateway } from '../../src/gateway.js';

const clients = createClients({
  sources: new Set(DEFAULT_SOURCES),
  deviceFarmRegion: 'us-west-2',
  codeCatalystToken: undefined,
  upstreamTimeoutMs: 1_000,
  emulatorEndpoint: 'http://127.0.0.1:9',
});
afterAll(() => destroyClients(clients));

async function ask(federation: boolean | undefined, query: string) {
  const gateway = createGateway({ clients, ...(federation === undefined ? {} : { federation }) });
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

const rootFields = async (federation: boolean | undefined) => {
  const res = await ask(federation, '{ __schema { queryType { fields { name } } } }');
  return (res.data!.__schema as { queryType: { fields: Array<{ name: string }> } }).queryType.fields.map((f) => f.name).sort();
};

describe('the federation switch', () => {
  it('is on by default and off with FEDERATION=false; anything else stops the gateway with one sentence', () => {
    expect(loadConfig({}).federation).toBe(true);
    expect(loadConfig({ FEDERATION: 'true' }).federation).toBe(true);
    expect(loadConfig({ FEDERATION: ' false ' }).federation).toBe(false);
    expect(() => loadConfig({ FEDERATION: 'off' })).toThrow(new ConfigError('FEDERATION must be one of true, false, got "off".'));
  });

  it('off: no _service, no _entities, no federation types; every other root field stays', async () => {
    const on = await rootFields(undefined);
    const off = await rootFields(false);
    expect(on.filter((f) => !off.includes(f))).toEqual(['_entities', '_service']);
    expect(off).toEqual(on.filter((f) => !f.startsWith('_')));
    for (const query of ['{ _service { sdl } }', '{ _entities(representations: []) { __typename } }']) {
      const res = await ask(false, query);
      expect(res.data).toBeUndefined();
      expect(res.errors![0]!.message).toMatch(/^Cannot query field "_(service|entities)" on type "Query"\./);
    }
    const types = await ask(false, '{ entity: __type(name: "_Entity") { name } any: __type(name: "_Any") { name } }');
    expect(types.data).toEqual({ entity: null, any: null });
  });

  it('on: serves the subgraph SDL', async () => {
    const res = await ask(true, '{ _service { sdl } }');
    expect(res.errors).toBeUndefined();
    expect((res.data!._service as { sdl: string }).sdl).toMatch(/^extend schema\n {2}@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.6"/);
  });
});
