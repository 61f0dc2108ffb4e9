import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { firstSweepDelayMs } from '../../src/history/index.js';

describe('history configuration', () => {
  it('defaults to the embedded store under the working directory, a 5-minute sweep and 400 days', () => {
    expect(loadConfig({}).history).toEqual({ dir: 'data/history', databaseUrl: undefined, sweepSeconds: 300, retentionDays: 400 });
  });

  it('takes DATABASE_URL, HISTORY_DIR, HISTORY_SWEEP_SECONDS and HISTORY_RETENTION_DAYS', () => {
    const env = { DATABASE_URL: 'postgres://u:p@db:5432/h', HISTORY_DIR: 'memory://', HISTORY_SWEEP_SECONDS: '0', HISTORY_RETENTION_DAYS: '30' };
    expect(loadConfig(env).history).toEqual({ dir: 'memory://', databaseUrl: 'postgres://u:p@db:5432/h', sweepSeconds: 0, retentionDays: 30 });
  });

  it('is off with HISTORY_DIR=off, unless DATABASE_URL is set', () => {
    expect(loadConfig({ HISTORY_DIR: 'off' }).history).toBeUndefined();
    expect(loadConfig({ HISTORY_DIR: 'off', DATABASE_URL: 'postgresql://db/h' }).history?.databaseUrl).toBe('postgresql://db/h');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL in one sentence, without repeating it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@db/h' })).toThrow(new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.'));
    expect(() => loadConfig({ HISTORY_SWEEP_SECONDS: '-1' })).toThrow(/HISTORY_SWEEP_SECONDS must be a whole number from 0 to 86400/);
    expect(() => loadConfig({ HISTORY_RETENTION_DAYS: '0' })).toThrow(/HISTORY_RETENTION_DAYS must be a whole number from 1 to 36500/);
  });

  it('runs the first sweep 30 s after start-up, or one interval after it if that is shorter', () => {
    expect(firstSweepDelayMs(300)).toBe(30_000);
    expect(firstSweepDelayMs(30)).toBe(30_000);
    expect(firstSweepDelayMs(5)).toBe(5_000);
  });
});
