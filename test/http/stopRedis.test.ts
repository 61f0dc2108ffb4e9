// A stop on one replica drops its scope's pages from the Redis both share: a replica that never
// held the page reads AWS anew and shows the session stopping. Calls counted from the request log.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXED_START, startEmulator, type Emulator } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { startRedis, type RedisServer } from '../support/redisServer.js';

let redis: RedisServer;
let emulator: Emulator;
const replicas: Harness[] = [];

async function replica(): Promise<Harness> {
  const h = await startHarness({ sharedEmulator: emulator, cacheTtlMs: 30_000, redisUrl: redis.url, warn: () => {} });
  replicas.push(h);
  await vi.waitFor(() => expect(h.upstream.shared?.redis.status).toBe('ready'), { timeout: 10_000 });
  return h;
}

beforeAll(async () => {
  redis = await startRedis();
  emulator = await startEmulator({ seed: 1, now: FIXED_START, sessionsPerKind: 30 });
});
afterAll(async () => {
  await Promise.all(replicas.map((h) => h.close()));
  await emulator.close();
  await redis.stop();
});

describe('a stop with replicas on one Redis', () => {
  it('drops the shared pages of its scope; pages of other scopes stay shared', async () => {
    const [a, b, c] = [await replica(), await replica(), await replica()];
    const [project, other] = emulator.data.deviceFarm.projects.map((p) => p.arn!) as [string, string];
    const { id: arn } = emulator.createSession('remoteAccess', project);
    emulator.startSession('remoteAccess', arn);
    const list = (projectArn: string) => `{ remoteAccessSessions(projectArn: "${projectArn}", first: 5) { edges { node { arn status } } } }`;
    const statusOf = (res: { data?: unknown }) =>
      (res.data as { remoteAccessSessions: { edges: Array<{ node: { arn: string; status: string } }> } }).remoteAccessSessions.edges.find((e) => e.node.arn === arn)?.node.status;
    const lists = () => emulator.requests.filter((r) => r.operation === 'ListRemoteAccessSessions').length;

    expect(statusOf(await a.query(list(project)))).toBe('RUNNING');
    await a.query(list(other));
    emulator.clearRequests();

    const stopped = await b.query(`mutation { stopRemoteAccessSession(input: { id: "${Buffer.from(`RemoteAccessSession:${arn}`).toString('base64')}" }) { session { status } } }`);
    expect(stopped.data).toEqual({ stopRemoteAccessSession: { session: { status: 'STOPPING' } } });

    // C never held either page: the stopped scope comes from AWS, the other from Redis.
    expect(statusOf(await c.query(list(project)))).toBe('STOPPING');
    expect(lists()).toBe(1);
    await c.query(list(other));
    expect(lists()).toBe(1);
    expect(c.upstream.cache.stats.sharedHit).toBeGreaterThan(0);
  });
});
