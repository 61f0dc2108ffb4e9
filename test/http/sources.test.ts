import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/graphiqlQuery.js';
import { startHarness, type Harness } from '../support/harness.js';

describe('SOURCES switches sources off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sources: ['deviceFarm'] });
  });
  afterAll(() => h.close());

  it('leaves switched-off sources out of the feed, without errors or calls', async () => {
    const res = await h.query<any, any>('{ sessions(first: 50) { edges { node { kind } } incompleteSources { source } } }');
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data.sessions.edges.map((e: any) => e.node.kind))).toEqual(new Set(['REMOTE_ACCESS', 'TEST_GRID']));
    expect(new Set(h.emulator.requests.map((r) => r.service))).toEqual(new Set(['deviceFarm']));
  });

  it('answers a switched-off source’s own fields with SOURCE_DISABLED', async () => {
    const res = await h.query<any, any>('{ streamingSessions(studioId: "stid-1") { edges { cursor } } }');
    expect(res.errors![0]).toMatchObject({
      message: 'Nimble Studio is switched off in this gateway (see SOURCES).',
      extensions: { code: 'SOURCE_DISABLED', source: 'nimble' },
    });
  });
});

describe('GraphiQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is served at /graphql and opens with the default query', async () => {
    const res = await fetch(h.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Session gateway');
    expect(html).toContain(JSON.stringify(defaultQuery).slice(1, -1));
    // Served from the installed package: no CDN, so it works offline and behind firewalls.
    expect(html).not.toMatch(/unpkg\.com|jsdelivr/);
  });

  it('whose default query shows sessions of all four kinds', async () => {
    const res = await h.query<any, any>(defaultQuery);
    expect(res.errors).toBeUndefined();
    expect(new Set(res.data.sessions.edges.map((e: any) => e.node.kind))).toEqual(
      new Set(['REMOTE_ACCESS', 'TEST_GRID', 'STREAMING', 'DEV_ENVIRONMENT']),
    );
  });
});
