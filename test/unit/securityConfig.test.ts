import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 'a cursor secret of at least 32 characters';

describe('loadConfig: security', () => {
  it('outside production: introspection, GraphiQL and suggestions on, no CORS origin, a random cursor key', () => {
    expect(loadConfig({}).security).toEqual({
      production: false, introspection: true, graphiql: true, fieldSuggestions: true, corsOrigins: [],
      cursorSecret: undefined, maxRequestBytes: 262_144, maxQueryCost: 1000,
    });
  });

  it('NODE_ENV=production turns introspection, GraphiQL and suggestions off, and needs CURSOR_SECRET', () => {
    expect(loadConfig({ NODE_ENV: 'production', CURSOR_SECRET: SECRET }).security).toMatchObject({
      production: true, introspection: false, graphiql: false, fieldSuggestions: false, cursorSecret: SECRET,
    });
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/CURSOR_SECRET must be set when NODE_ENV=production/);
  });

  it('each switch overrides the mode', () => {
    const security = loadConfig({
      NODE_ENV: 'production', CURSOR_SECRET: SECRET, INTROSPECTION: 'true', GRAPHIQL: 'true', FIELD_SUGGESTIONS: 'true',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:3000', MAX_REQUEST_BYTES: '65536', MAX_QUERY_COST: '200',
    }).security;
    expect(security).toMatchObject({
      introspection: true, graphiql: true, fieldSuggestions: true, corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
      maxRequestBytes: 65_536, maxQueryCost: 200,
    });
    expect(loadConfig({ INTROSPECTION: 'false', GRAPHIQL: 'false', FIELD_SUGGESTIONS: 'false' }).security).toMatchObject({
      production: false, introspection: false, graphiql: false, fieldSuggestions: false,
    });
  });

  it.each([
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and port only), got "*".'],
    [{ CORS_ORIGINS: 'https://app.example.com/' }, 'CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and port only), got "https://app.example.com/".'],
    [{ CURSOR_SECRET: 'short' }, 'CURSOR_SECRET must be at least 32 characters long.'],
    [{ INTROSPECTION: 'off' }, 'INTROSPECTION must be one of true, false, got "off".'],
    [{ MAX_REQUEST_BYTES: '10' }, 'MAX_REQUEST_BYTES must be a whole number from 1024 to 104857600, got "10".'],
    [{ MAX_QUERY_COST: '0' }, 'MAX_QUERY_COST must be a whole number from 1 to 1000000, got "0".'],
  ])('rejects %o with one sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
