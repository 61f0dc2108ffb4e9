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

  it.each([
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
