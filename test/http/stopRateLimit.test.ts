// Stop calls take their turn from the source's rate limit like every read: past the burst, a stop
// that would wait longer than RATE_LIMIT_MAX_WAIT_MS fails with UPSTREAM_RATE_LIMITED and is not sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { now: FIXED_START, sessionsPerKind: 10 }, rateLimits: { deviceFarm: { perSecond: 0.01, burst: 2 } }, rateLimitMaxWaitMs: 0 });
});
afterAll(() => h.close());

describe('stops and the rate limit', () => {
  it('refuses a stop past the limit without calling AWS', async () => {
    const ids = [0, 1, 2].map(() => {
      const { id } = h.emulator.createSession('remoteAccess');
      h.emulator.startSession('remoteAccess', id);
      return Buffer.from(`RemoteAccessSession:${id}`).toString('base64');
    });
    const codes: Array<string | undefined> = [];
    for (const id of ids) {
      const res = await h.query(`mutation { stopRemoteAccessSession(input: { id: "${id}" }) { session { status } } }`);
      codes.push((res.errors?.[0]?.extensions as { code?: string } | undefined)?.code);
    }
    // One call per 100-second window (see upstream/limiter.ts fixedWindow): the first stop only.
    expect(codes).toEqual([undefined, 'UPSTREAM_RATE_LIMITED', 'UPSTREAM_RATE_LIMITED']);
    expect(h.emulator.requests.filter((r) => r.operation === 'StopRemoteAccessSession')).toHaveLength(1);
  });
});
