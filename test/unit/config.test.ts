import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has defaults that run on the embedded emulator', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, upstream: 'emulator', deviceFarmRegion: 'us-west-2', upstreamTimeoutMs: 10_000 });
    expect([...config.sources]).toEqual(['deviceFarm', 'nimble', 'codeCatalyst']);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080', UPSTREAM: 'aws', SOURCES: 'nimble, codeCatalyst', DEVICE_FARM_REGION: 'us-east-1',
      CODECATALYST_TOKEN: 'pat', UPSTREAM_TIMEOUT_MS: '500', EMULATOR_SESSIONS: '5', EMULATOR_SEED: '7', EMULATOR_LATENCY_MS: '50',
    });
    expect(config).toMatchObject({
      port: 8080, upstream: 'aws', deviceFarmRegion: 'us-east-1', codeCatalystToken: 'pat', upstreamTimeoutMs: 500,
      emulator: { sessionsPerKind: 5, seed: 7, latencyMs: 50 },
    });
    expect([...config.sources]).toEqual(['nimble', 'codeCatalyst']);
  });

  it('reads the living emulator: a running world at the real time with the simulation on, unless told otherwise', () => {
    expect(loadConfig({}).emulator).toMatchObject({ worldClock: 'running', simulation: true });
    expect(loadConfig({}).emulator.now).toBeUndefined();
    const config = loadConfig({ EMULATOR_NOW: '2026-11-01T00:00:00Z', EMULATOR_CLOCK: 'manual', EMULATOR_SIMULATION: 'false' });
    expect(config.emulator).toMatchObject({ now: Date.UTC(2026, 10, 1), worldClock: 'manual', simulation: false });
    expect(() => loadConfig({ EMULATOR_NOW: 'yesterday' })).toThrow('EMULATOR_NOW must be an ISO 8601 instant with a time zone such as 2026-11-29T12:00:00Z, got "yesterday".');
    expect(() => loadConfig({ EMULATOR_NOW: '2026-11-01T00:00:00' })).toThrow(/EMULATOR_NOW must be an ISO 8601 instant with a time zone/);
    expect(() => loadConfig({ EMULATOR_CLOCK: 'fast' })).toThrow('EMULATOR_CLOCK must be one of running, manual, got "fast".');
    expect(() => loadConfig({ EMULATOR_SIMULATION: 'on' })).toThrow('EMULATOR_SIMULATION must be one of true, false, got "on".');
  });

  it('reads the accounts (own identity by default, role ARNs to assume) and the regional sources\' regions', () => {
    expect(loadConfig({})).toMatchObject({ accounts: [{ account: '' }], regions: {} });
    const role = 'arn:aws:iam::111111111111:role/SessionReader';
    const config = loadConfig({ AWS_ACCOUNTS: `self, ${role}`, AWS_EXTERNAL_ID: 'ext-42', SYSTEMS_MANAGER_REGIONS: 'us-east-1,eu-west-1' });
    expect(config).toMatchObject({ accounts: [{ account: '' }, { account: '111111111111', roleArn: role, externalId: 'ext-42' }], regions: { systemsManager: ['us-east-1', 'eu-west-1'] } });
    expect(loadConfig({ AWS_ACCOUNTS: role }).accounts).toEqual([{ account: '111111111111', roleArn: role }]);
    expect(() => loadConfig({ AWS_ACCOUNTS: 'arn:aws:iam::11:role/x' })).toThrow('AWS_ACCOUNTS must list self and/or role ARNs such as arn:aws:iam::111111111111:role/SessionReader, got "arn:aws:iam::11:role/x".');
    expect(() => loadConfig({ AWS_ACCOUNTS: `${role},${role.replace('SessionReader', 'Other')}` })).toThrow('AWS_ACCOUNTS names account 111111111111 twice; list each account once.');
    expect(() => loadConfig({ AWS_ACCOUNTS: 'self,,self' })).toThrow(/AWS_ACCOUNTS must be a comma-separated list without empty entries/);
    expect(() => loadConfig({ AWS_EXTERNAL_ID: 'a b c' })).toThrow('AWS_EXTERNAL_ID must be 2 to 1224 letters, digits or +=,.@:/- characters.');
    // Per account, AWS_EXTERNAL_ID_<account> wins over AWS_EXTERNAL_ID; one for an account not read is refused.
    const other = 'arn:aws:iam::222222222222:role/SessionReader';
    expect(loadConfig({ AWS_ACCOUNTS: `${role},${other}`, AWS_EXTERNAL_ID: 'ext-42', AWS_EXTERNAL_ID_222222222222: 'ext=7,x' }).accounts).toEqual([
      { account: '111111111111', roleArn: role, externalId: 'ext-42' },
      { account: '222222222222', roleArn: other, externalId: 'ext=7,x' },
    ]);
    expect(() => loadConfig({ AWS_ACCOUNTS: role, AWS_EXTERNAL_ID_111111111111: 'secret value' })).toThrow('AWS_EXTERNAL_ID_111111111111 must be 2 to 1224 letters, digits or +=,.@:/- characters.');
    expect(() => loadConfig({ AWS_ACCOUNTS: role, AWS_EXTERNAL_ID_333333333333: 'ext-9' })).toThrow(
      'AWS_EXTERNAL_ID_333333333333 is set, but AWS_ACCOUNTS lists no role in that account; name the role\'s 12-digit account, or drop the variable.',
    );
    expect(() => loadConfig({ SYSTEMS_MANAGER_REGIONS: 'us-east-1,Europe' })).toThrow('SYSTEMS_MANAGER_REGIONS must list AWS Regions such as us-east-1,eu-west-1, got "Europe".');
    expect(() => loadConfig({ SYSTEMS_MANAGER_REGIONS: 'us-east-1,us-east-1' })).toThrow('SYSTEMS_MANAGER_REGIONS lists a region twice; list each region once.');
  });

  it('reads the feed read-ahead policy and depth, continuations and two pages by default', () => {
    expect(loadConfig({}).feedReadAhead).toEqual({ policy: 'continuations', pages: 2 });
    expect(loadConfig({ FEED_READ_AHEAD: 'always' }).feedReadAhead.policy).toBe('always');
    expect(loadConfig({ FEED_READ_AHEAD: 'off' }).feedReadAhead.policy).toBe('off');
    expect(loadConfig({ FEED_READ_AHEAD_PAGES: '1' }).feedReadAhead.pages).toBe(1);
    expect(() => loadConfig({ FEED_READ_AHEAD: 'yes' })).toThrow('FEED_READ_AHEAD must be one of continuations, always, off, got "yes".');
    expect(() => loadConfig({ FEED_READ_AHEAD_PAGES: '5' })).toThrow('FEED_READ_AHEAD_PAGES');
  });

  it('reads pinned scopes and the discovery TTL', () => {
    const arn = 'arn:aws:devicefarm:us-west-2:123456789012:project:0a1b2c3d-0000-4000-8000-000000000000';
    const config = loadConfig({ DEVICE_FARM_PROJECT_ARNS: ` ${arn} `, NIMBLE_STUDIO_IDS: 'stid-1,stid-2', DISCOVERY_TTL_SECONDS: '5' });
    expect(config.pins).toEqual({ deviceFarmProjects: [arn], nimbleStudios: ['stid-1', 'stid-2'] });
    const arnPin = 'arn:aws:nimble:eu-west-1:222222222222:studio/stid-3';
    expect(loadConfig({ NIMBLE_REGIONS: 'us-west-2,eu-west-1', NIMBLE_STUDIO_IDS: `stid-1,${arnPin}` }).pins).toEqual({ nimbleStudios: ['stid-1', arnPin] });
    expect(config.discoveryTtlMs).toBe(5000);
  });

  it('reads the upstream cache, rate limits and Redis, with AWS-shaped defaults', () => {
    expect(loadConfig({}).upstreamSettings).toEqual({
      cacheTtlMs: 5_000,
      cacheMaxBytes: 64 * 1024 * 1024,
      rateLimits: { deviceFarm: { perSecond: 10, burst: 50 }, nimble: { perSecond: 25, burst: 100 }, codeCatalyst: { perSecond: 25, burst: 100 }, systemsManager: { perSecond: 25, burst: 100 } },
      rateLimitMaxWaitMs: 3_000,
      breaker: { failures: 5, openMs: 10_000 },
      redisUrl: undefined,
    });
    const config = loadConfig({
      UPSTREAM_CACHE_TTL_MS: '0', UPSTREAM_CACHE_MAX_MB: '8', DEVICE_FARM_RATE_LIMIT: '5/20', NIMBLE_RATE_LIMIT: 'off',
      RATE_LIMIT_MAX_WAIT_MS: '0', REDIS_URL: 'redis://:secret@10.0.0.5:6380/2', CIRCUIT_BREAKER_FAILURES: '0',
    });
    expect(config.upstreamSettings).toEqual({
      cacheTtlMs: 0,
      cacheMaxBytes: 8 * 1024 * 1024,
      rateLimits: { deviceFarm: { perSecond: 5, burst: 20 }, codeCatalyst: { perSecond: 25, burst: 100 }, systemsManager: { perSecond: 25, burst: 100 } },
      rateLimitMaxWaitMs: 0,
      breaker: { failures: 0, openMs: 10_000 },
      redisUrl: 'redis://:secret@10.0.0.5:6380/2',
    });
  });

  it.each([
    [{ DEVICE_FARM_RATE_LIMIT: '10' }, 'DEVICE_FARM_RATE_LIMIT must be "<calls per second>/<burst>" with a burst of at least 2 and at least the rate (e.g. 10/50), or off, got "10".'],
    [{ NIMBLE_RATE_LIMIT: '10/5' }, 'NIMBLE_RATE_LIMIT must be "<calls per second>/<burst>" with a burst of at least 2 and at least the rate (e.g. 10/50), or off, got "10/5".'],
    [{ UPSTREAM_CACHE_TTL_MS: '-1' }, 'UPSTREAM_CACHE_TTL_MS must be a whole number from 0 to 3600000, got "-1".'],
    [{ REDIS_URL: 'http://user:hunter2@cache:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL.'],
  ])('rejects %o without repeating a secret', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [{ DEVICE_FARM_PROJECT_ARNS: 'my-project' }, 'DEVICE_FARM_PROJECT_ARNS must list Device Farm project ARNs, got "my-project".'],
    [{ NIMBLE_STUDIO_IDS: 'a,,b' }, 'NIMBLE_STUDIO_IDS must be a comma-separated list without empty entries, got "a,,b".'],
    [{ NIMBLE_STUDIO_IDS: 'stid-1,studio one' }, 'NIMBLE_STUDIO_IDS must list studio IDs or studio ARNs (arn:aws:nimble:<region>:<account>:studio/<studio ID>), got "studio one".'],
    [{ NIMBLE_STUDIO_IDS: 'arn:aws:nimble:eu-west-1:222222222222:project/x' }, 'NIMBLE_STUDIO_IDS must list studio IDs or studio ARNs'],
    [
      { NIMBLE_REGIONS: 'us-west-2,eu-west-1', NIMBLE_STUDIO_IDS: 'stid-1,arn:aws:nimble:eu-central-1:222222222222:studio/stid-2' },
      'NIMBLE_STUDIO_IDS names "arn:aws:nimble:eu-central-1:222222222222:studio/stid-2", in eu-central-1, a region not in NIMBLE_REGIONS ("us-west-2,eu-west-1"); add the region there or drop the item.',
    ],
    [{ DISCOVERY_TTL_SECONDS: '0' }, 'DISCOVERY_TTL_SECONDS must be a whole number from 1 to 86400, got "0".'],
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, got "abc".'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000".'],
    [{ UPSTREAM: 'azure' }, 'UPSTREAM must be one of emulator, aws, got "azure".'],
    [{ SOURCES: 'deviceFarm,s3' }, 'SOURCES must be a comma-separated list of deviceFarm, nimble, codeCatalyst, systemsManager, got "deviceFarm,s3".'],
    [{ SOURCES: ',' }, 'SOURCES must be a comma-separated list of deviceFarm, nimble, codeCatalyst, systemsManager, got ",".'],
    [{ UPSTREAM_TIMEOUT_MS: '10' }, 'UPSTREAM_TIMEOUT_MS must be a whole number from 100 to 300000, got "10".'],
  ])('rejects %o with one sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
