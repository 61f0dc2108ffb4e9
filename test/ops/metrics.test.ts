// `/metrics` scraped over HTTP and parsed: operations, upstream attempts, retries, and the
// observer the upstream layer reports cache, limiter, discovery and breaker events to.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/graphiqlQuery.js';
import { createTelemetry } from '../../src/ops/telemetry.js';
import { parsePrometheus, total, type Sample } from '../support/ops.js';
import { startHarness, type Harness } from '../support/harness.js';

let h: Harness;
let clock = 1_000_000;
beforeAll(async () => {
  h = await startHarness({ ops: { telemetry: createTelemetry({ now: () => clock }) } });
});
afterEach(() => h.emulator.clearFaults());
afterAll(() => h.close());

async function scrape(): Promise<Sample[]> {
  const response = await fetch(new URL('/metrics', h.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parsePrometheus(await response.text());
}

describe('/metrics', () => {
  it('counts operations by name and outcome, and every upstream attempt by service, operation and outcome', async () => {
    h.emulator.clearRequests();
    const before = await scrape();
    const res = await h.query(defaultQuery);
    expect(res.errors).toBeUndefined();
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);

    expect(delta('gateway_graphql_operations_total', { operation: 'NewestSessions', type: 'query', outcome: 'ok' })).toBe(1);
    expect(delta('gateway_graphql_operation_duration_seconds_count', { operation: 'NewestSessions', outcome: 'ok' })).toBe(1);
    expect(delta('gateway_upstream_calls_total')).toBe(h.emulator.requests.length);
    expect(delta('gateway_upstream_calls_total', { outcome: 'ok' })).toBe(h.emulator.requests.length);
    for (const { service, operation } of h.emulator.requests) {
      const made = h.emulator.requests.filter((r) => r.service === service && r.operation === operation).length;
      expect(delta('gateway_upstream_calls_total', { service, operation })).toBe(made);
      expect(delta('gateway_upstream_call_duration_seconds_count', { service, operation, outcome: 'ok' })).toBe(made);
    }
    expect(delta('graphql_envelop_phase_execute_count')).toBe(1);
  });

  it('labels throttled attempts and counts the retries that followed', async () => {
    h.emulator.clearRequests();
    const before = await scrape();
    h.emulator.addFault({ service: 'nimble', operation: 'ListStreamingSessions', fault: 'throttle', times: 1 });
    h.emulator.addFault({ service: 'codeCatalyst', operation: 'ListDevEnvironmentSessions', fault: 'unavailable', times: 1 });
    h.emulator.addFault({ service: 'deviceFarm', operation: 'ListRemoteAccessSessions', fault: 'notFound', times: 1 });
    await h.query(defaultQuery);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    expect(delta('gateway_upstream_calls_total', { service: 'nimble', operation: 'ListStreamingSessions', outcome: 'throttled' })).toBe(1);
    expect(delta('gateway_upstream_retries_total', { service: 'nimble', operation: 'ListStreamingSessions' })).toBe(1);
    expect(delta('gateway_upstream_calls_total', { service: 'codeCatalyst', operation: 'ListDevEnvironmentSessions', outcome: '5xx' })).toBe(1);
    expect(delta('gateway_upstream_retries_total', { service: 'codeCatalyst', operation: 'ListDevEnvironmentSessions' })).toBe(1);
    // Not found is not retried: one attempt, and the scope counts as empty.
    expect(delta('gateway_upstream_calls_total', { service: 'deviceFarm', operation: 'ListRemoteAccessSessions', outcome: 'not_found' })).toBe(1);
    expect(delta('gateway_upstream_retries_total', { service: 'deviceFarm', operation: 'ListRemoteAccessSessions' })).toBe(0);
    expect(delta('gateway_upstream_calls_total', {})).toBe(h.emulator.requests.length);
  });

  it('reports what the upstream layer observes: cache, rate limiter, discovery age and circuit breakers', async () => {
    const { telemetry } = h.ops;
    // The gateway's own upstream layer reports too (earlier requests of this file): count the change.
    const before = await scrape();
    const delta = (samples: Awaited<ReturnType<typeof scrape>>, name: string, labels: Record<string, string>) =>
      total(samples, name, labels) - total(before, name, labels);
    telemetry.cacheEvent('hit', 'nimble');
    telemetry.cacheEvent('hit', 'nimble');
    telemetry.cacheEvent('coalesced', 'nimble');
    telemetry.limiterEvent('deviceFarm', 'wait', 0.2);
    telemetry.limiterEvent('deviceFarm', 'reject');
    telemetry.discoveryRefresh('nimbleStudios', true);
    telemetry.discoveryRefresh('nimbleStudios', false);
    clock += 30_000;
    telemetry.breakerState('codeCatalyst', { account: '', region: 'global' }, 'open');
    telemetry.breakerState('deviceFarm', { account: '222222222222', region: 'us-west-2' }, 'open');
    telemetry.breakerState('deviceFarm', { account: '', region: 'us-west-2' }, 'closed');
    const samples = await scrape();
    expect(delta(samples, 'gateway_upstream_cache_events_total', { service: 'nimble', event: 'hit' })).toBe(2);
    expect(delta(samples, 'gateway_upstream_cache_events_total', { service: 'nimble', event: 'coalesced' })).toBe(1);
    expect(delta(samples, 'gateway_rate_limiter_events_total', { service: 'deviceFarm', event: 'wait' })).toBe(1);
    expect(delta(samples, 'gateway_rate_limiter_events_total', { service: 'deviceFarm', event: 'reject' })).toBe(1);
    expect(delta(samples, 'gateway_rate_limiter_wait_seconds_sum', { service: 'deviceFarm' })).toBe(0.2);
    expect(delta(samples, 'gateway_discovery_refreshes_total', { kind: 'nimbleStudios', outcome: 'ok' })).toBe(1);
    expect(delta(samples, 'gateway_discovery_refreshes_total', { kind: 'nimbleStudios', outcome: 'error' })).toBe(1);
    expect(total(samples, 'gateway_discovery_age_seconds', { kind: 'nimbleStudios' })).toBe(30);
    expect(total(samples, 'gateway_circuit_breaker_state', { source: 'codeCatalyst', account: 'self', region: 'global', state: 'open' })).toBe(1);
    expect(total(samples, 'gateway_circuit_breaker_state', { source: 'codeCatalyst', state: 'closed' })).toBe(0);
    // One series per place: the other account's circuit does not show through.
    const deviceFarm = (account: string, state: string) => total(samples, 'gateway_circuit_breaker_state', { source: 'deviceFarm', account, region: 'us-west-2', state });
    expect([deviceFarm('222222222222', 'open'), deviceFarm('222222222222', 'closed')]).toEqual([1, 0]);
    expect([deviceFarm('self', 'open'), deviceFarm('self', 'closed')]).toEqual([0, 1]);
  });

  it('keeps cardinality low: no ARN or ID in any label, client-chosen operation names are bounded', async () => {
    for (let i = 0; i < 120; i++) await h.query(`query Op${i} { __typename }`);
    const samples = await scrape();
    const values = samples.flatMap((s) => Object.values(s.labels));
    expect(values.filter((v) => /arn:|stid-|session-|[0-9a-f]{8}-[0-9a-f]{4}/.test(v))).toEqual([]);
    const names = new Set(samples.filter((s) => s.name === 'gateway_graphql_operations_total').map((s) => s.labels.operation));
    expect(names.size).toBeLessThanOrEqual(101);
    expect(names.has('other')).toBe(true);
    expect(total(samples, 'gateway_graphql_operations_total', { operation: 'other' })).toBeGreaterThan(0);
  });
});
