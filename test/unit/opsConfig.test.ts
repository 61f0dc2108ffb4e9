import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig: operating the process', () => {
  it('defaults: info logs, metrics on the gateway port, 10 s grace, no tracing', () => {
    expect(loadConfig({}).ops).toEqual({ logLevel: 'info', metricsPort: undefined, shutdownGraceMs: 10_000, otlpEndpoint: undefined });
  });

  it('reads LOG_LEVEL, METRICS_PORT, SHUTDOWN_GRACE_MS and the OTLP endpoint', () => {
    const config = loadConfig({ LOG_LEVEL: 'debug', METRICS_PORT: '9464', SHUTDOWN_GRACE_MS: '0', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' });
    expect(config.ops).toEqual({ logLevel: 'debug', metricsPort: 9464, shutdownGraceMs: 0, otlpEndpoint: 'http://collector:4318' });
  });

  it('prefers the traces endpoint, and tracing stays off when the SDK or the traces exporter is switched off', () => {
    const both = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/v1/traces' };
    expect(loadConfig(both).ops.otlpEndpoint).toBe('http://b:4318/v1/traces');
    expect(loadConfig({ ...both, OTEL_SDK_DISABLED: 'true' }).ops.otlpEndpoint).toBeUndefined();
    expect(loadConfig({ ...both, OTEL_TRACES_EXPORTER: 'none' }).ops.otlpEndpoint).toBeUndefined();
  });

  it.each([
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose".'],
    [{ METRICS_PORT: 'x' }, 'METRICS_PORT must be a whole number from 0 to 65535, got "x".'],
    [{ SHUTDOWN_GRACE_MS: '-1' }, 'SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000, got "-1".'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "collector:4318".'],
  ])('rejects %o with one sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
