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

  it('reads pinned scopes and the discovery TTL', () => {
    const arn = 'arn:aws:devicefarm:us-west-2:123456789012:project:0a1b2c3d-0000-4000-8000-000000000000';
    const config = loadConfig({ DEVICE_FARM_PROJECT_ARNS: ` ${arn} `, NIMBLE_STUDIO_IDS: 'stid-1,stid-2', DISCOVERY_TTL_SECONDS: '5' });
    expect(config.pins).toEqual({ deviceFarmProjectArns: [arn], nimbleStudioIds: ['stid-1', 'stid-2'] });
    expect(config.discoveryTtlMs).toBe(5000);
  });

  it.each([
    [{ DEVICE_FARM_PROJECT_ARNS: 'my-project' }, 'DEVICE_FARM_PROJECT_ARNS must list Device Farm project ARNs, got "my-project".'],
    [{ NIMBLE_STUDIO_IDS: 'a,,b' }, 'NIMBLE_STUDIO_IDS must be a comma-separated list without empty entries, got "a,,b".'],
    [{ DISCOVERY_TTL_SECONDS: '0' }, 'DISCOVERY_TTL_SECONDS must be a whole number from 1 to 86400, got "0".'],
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, got "abc".'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000".'],
    [{ UPSTREAM: 'azure' }, 'UPSTREAM must be one of emulator, aws, got "azure".'],
    [{ SOURCES: 'deviceFarm,s3' }, 'SOURCES must be a comma-separated list of deviceFarm, nimble, codeCatalyst, got "deviceFarm,s3".'],
    [{ SOURCES: ',' }, 'SOURCES must be a comma-separated list of deviceFarm, nimble, codeCatalyst, got ",".'],
    [{ UPSTREAM_TIMEOUT_MS: '10' }, 'UPSTREAM_TIMEOUT_MS must be a whole number from 100 to 300000, got "10".'],
  ])('rejects %o with one sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
