// Every configuration mistake is one bounded sentence that names its variable and never shows a
// URL's password: the region and host settings, and a sweep over every variable's reader.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** The error loadConfig throws for env (the test fails if it does not throw a ConfigError). */
function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env).slice(0, 200)}`);
}

describe('region settings', () => {
  it('reads DEVICE_FARM_REGION and refuses a value that is not a region, as the region lists are refused', () => {
    expect(loadConfig({ DEVICE_FARM_REGION: ' us-east-1 ' }).deviceFarmRegion).toBe('us-east-1');
    expect(() => loadConfig({ DEVICE_FARM_REGION: 'bad region!' })).toThrow(new ConfigError('DEVICE_FARM_REGION must be an AWS Region such as us-west-2, got "bad region!".'));
    expect(() => loadConfig({ DEVICE_FARM_REGION: 'us-west-2.evil.example' })).toThrow(/^DEVICE_FARM_REGION must be an AWS Region/);
  });

  it('refuses a region longer than one host-name label, which the SDK cannot put in an endpoint', () => {
    const long = `us-${'a'.repeat(60)}-1`;
    expect(() => loadConfig({ DEVICE_FARM_REGION: long })).toThrow(new ConfigError(`DEVICE_FARM_REGION must be an AWS Region such as us-west-2, got "${long}".`));
    expect(() => loadConfig({ NIMBLE_REGIONS: `us-east-1,${long}` })).toThrow(new ConfigError(`NIMBLE_REGIONS must list AWS Regions such as us-east-1,eu-west-1, got "${long}".`));
    expect(loadConfig({ DEVICE_FARM_REGION: `us-${'a'.repeat(58)}-1` }).deviceFarmRegion).toHaveLength(63);
  });

  it('checks AWS_REGION, the SDK\'s own variable, when UPSTREAM=aws (the only time it is used)', () => {
    expect(() => loadConfig({ UPSTREAM: 'aws', AWS_REGION: 'eu-west-1' })).not.toThrow();
    expect(() => loadConfig({ UPSTREAM: 'aws', AWS_REGION: 'bad region!' })).toThrow(new ConfigError('AWS_REGION must be an AWS Region such as us-west-2, got "bad region!".'));
    expect(() => loadConfig({ AWS_REGION: 'bad region!' })).not.toThrow();
  });
});

describe('HOST', () => {
  it.each(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost', 'gateway-1.internal.example.com', 'example.com.'])('accepts %s', (host) => {
    expect(loadConfig({ HOST: host }).host).toBe(host);
  });

  it.each(['not a host!', 'http://localhost', 'host:4000', '-leading.example', 'a..b', '[::1]', `${'a'.repeat(64)}.example`])('refuses %s with a sentence naming HOST', (host) => {
    expect(refusal({ HOST: host }).message).toMatch(/^HOST must be a host name or an IP address to listen on, such as 127\.0\.0\.1, 0\.0\.0\.0 or ::, got ".+"( \(\d+ characters\))?\.$/);
  });
});

describe('config messages: bounded, and no URL password', () => {
  // A bad value of every variable that quotes what it got, and the settings that make it read.
  const readers: Array<[variable: string, context?: Record<string, string>]> = [
    ['PORT'], ['HOST'], ['UPSTREAM'], ['SOURCES'], ['DEVICE_FARM_REGION'], ['AWS_REGION', { UPSTREAM: 'aws' }],
    ['UPSTREAM_TIMEOUT_MS'], ['REQUEST_DEADLINE_MS'], ['FEDERATION'], ['EMULATOR_PORT'], ['EMULATOR_SEED'], ['EMULATOR_SESSIONS'],
    ['EMULATOR_LATENCY_MS'], ['EMULATOR_NOW'], ['EMULATOR_CLOCK'], ['EMULATOR_SIMULATION'], ['DISCOVERY_TTL_SECONDS'],
    ['WATCH_INTERVAL_MS'], ['WATCH_RETAIN_EVENTS'], ['FEED_READ_AHEAD'], ['FEED_READ_AHEAD_PAGES'], ['AWS_ACCOUNTS'], ['AWS_EXTERNAL_ID'],
    ['NIMBLE_REGIONS'], ['SYSTEMS_MANAGER_REGIONS'], ['DEVICE_FARM_PROJECT_ARNS'], ['TEST_GRID_PROJECT_ARNS'], ['NIMBLE_STUDIO_IDS'],
    ['UPSTREAM_CACHE_TTL_MS'], ['UPSTREAM_CACHE_MAX_MB'], ['RATE_LIMIT_MAX_WAIT_MS'], ['CIRCUIT_BREAKER_FAILURES'], ['CIRCUIT_BREAKER_OPEN_SECONDS'],
    ['DEVICE_FARM_RATE_LIMIT'], ['NIMBLE_RATE_LIMIT'], ['CODECATALYST_RATE_LIMIT'], ['SYSTEMS_MANAGER_RATE_LIMIT'], ['REDIS_URL'],
    ['LOG_LEVEL'], ['METRICS_PORT'], ['SHUTDOWN_GRACE_MS'], ['OTEL_EXPORTER_OTLP_ENDPOINT'], ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'],
    ['DATABASE_URL'], ['HISTORY_SWEEP_SECONDS'], ['HISTORY_RETENTION_DAYS'],
    ['INTROSPECTION'], ['GRAPHIQL'], ['FIELD_SUGGESTIONS'], ['CORS_ORIGINS'], ['MAX_REQUEST_BYTES'], ['MAX_QUERY_COST'],
    ['AUTH_MODE'], ['AUTH_TRUSTED_HEADER', { AUTH_MODE: 'header' }], ['AUTH_POLICY_FILE', { AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g' }],
    ['AUTH_JWKS_URL', { AUTH_MODE: 'jwt' }],
  ];
  // 5,000 characters that no reader accepts: spaces, a quote, a newline and an escape code among them.
  const garbage = `x "y"\n\u001b[31m ${'7'.repeat(5000)}`.slice(0, 5000);

  it.each(readers)('%s: a 5,000-character value gets a sentence under 300 characters naming the variable', (variable, context) => {
    const { message } = refusal({ ...context, [variable]: garbage });
    expect(message).toContain(variable);
    expect(message.length).toBeLessThan(300);
    expect(message).not.toMatch(/[\n\u001b]/);
  });

  it('PORT=<5000 × 7> says what it got in a few words', () => {
    expect(refusal({ PORT: '7'.repeat(5000) }).message).toBe(`PORT must be a whole number from 0 to 65535, got "${'7'.repeat(100)}…" (5000 characters).`);
  });

  // Where a URL is expected, and where one may be pasted by mistake (each refuses these values):
  // the password never shows. The secrets (CURSOR_SECRET, AUTH_JWT_SECRET, AWS_EXTERNAL_ID) are never quoted at all.
  const urlReaders: Array<[variable: string, context?: Record<string, string>]> = [
    ['OTEL_EXPORTER_OTLP_ENDPOINT'], ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'], ['AUTH_JWKS_URL', { AUTH_MODE: 'jwt' }], ['CORS_ORIGINS'],
    ['REDIS_URL'], ['DATABASE_URL'], ['HOST'], ['DEVICE_FARM_REGION'], ['SOURCES'], ['PORT'], ['UPSTREAM'], ['AWS_ACCOUNTS'], ['NIMBLE_REGIONS'],
    ['DEVICE_FARM_PROJECT_ARNS'], ['AUTH_POLICY_FILE', { AUTH_MODE: 'header', AUTH_TRUSTED_HEADER: 'x-g' }],
  ];
  const withCredentials = ['ftp://user:secretpw@collector', 'ftp://user:secretpw@collector:4318/v1/traces', 'user:secretpw@collector:4318', 'ftp://user:p@ss:secretpw@host/x y'];

  it.each(urlReaders.flatMap(([variable, context]) => withCredentials.map((url) => [variable, url, context] as const)))(
    '%s=%s: the message has no password',
    (variable, url, context) => {
      const { message } = refusal({ ...context, [variable]: url });
      expect(message).toContain(variable);
      expect(message).not.toContain('secretpw');
    },
  );

  it('shows the rest of the URL, its user and password replaced', () => {
    expect(refusal({ OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://user:secretpw@collector' }).message).toBe('OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "ftp://***@collector".');
    expect(refusal({ AUTH_MODE: 'jwt', AUTH_JWKS_URL: 'ftp://user:pw@x' }).message).toBe('AUTH_JWKS_URL must be an https:// URL (http:// only for localhost), got "ftp://***@x".');
    expect(refusal({ CORS_ORIGINS: 'https://app.example.com,https://u:secretpw@evil.example' }).message).toBe(
      'CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and port only), got "https://***@evil.example".',
    );
  });
});
