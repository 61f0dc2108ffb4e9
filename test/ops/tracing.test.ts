// The span tree of one feed request, exported in memory: the GraphQL operation, and under it
// one span per upstream HTTP attempt with service, operation, attempt, outcome and scope.
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/graphiqlQuery.js';
import { useTracing } from '../../src/ops/tracing.js';
import { startHarness, type Harness } from '../support/harness.js';

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let h: Harness;
beforeAll(async () => {
  // As startTracing does, but exporting in memory; this test file runs in its own process.
  provider.register();
  h = await startHarness({ ops: { tracing: useTracing() } });
});
beforeEach(() => {
  exporter.reset();
  h.emulator.clearRequests();
  h.emulator.clearFaults();
});
afterAll(async () => {
  await h.close();
  await provider.shutdown();
});

const operationSpan = (spans: ReadableSpan[]) => {
  const roots = spans.filter((s) => s.kind === SpanKind.SERVER);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

describe('tracing', () => {
  it('one trace per feed request: the operation span, and one child span per upstream attempt', async () => {
    const res = await h.query(defaultQuery);
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = operationSpan(spans);
    expect(operation.name).toBe('query.NewestSessions');
    expect(operation.attributes).toMatchObject({ 'graphql.execute.operationName': 'NewestSessions', 'graphql.execute.operationType': 'query' });

    const upstream = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(upstream).toHaveLength(h.emulator.requests.length);
    for (const span of upstream) {
      expect(span.spanContext().traceId).toBe(operation.spanContext().traceId);
      expect(span.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
      expect(span.name).toBe(`${span.attributes['upstream.service']}.${span.attributes['upstream.operation']}`);
      expect(span.attributes).toMatchObject({ 'rpc.system': 'aws-api', 'upstream.attempt': 1, 'upstream.outcome': 'ok', 'http.response.status_code': 200 });
    }
    // Each call made is one span, operation by operation.
    const count = (list: ReadonlyArray<{ service: string; operation: string }>) =>
      list.map((c) => `${c.service}.${c.operation}`).sort();
    expect(count(upstream.map((s) => ({ service: String(s.attributes['upstream.service']), operation: String(s.attributes['upstream.operation']) })))).toEqual(
      count(h.emulator.requests),
    );
    // A slow feed shows which scope was slow: session lists name their scope.
    const studios = new Set(upstream.filter((s) => s.attributes['upstream.operation'] === 'ListStreamingSessions').map((s) => s.attributes['upstream.scope']));
    const studiosCalled = new Set(h.emulator.requests.filter((r) => r.operation === 'ListStreamingSessions').map((r) => (r.path.split('/')[3])));
    expect(studios).toEqual(studiosCalled);
  });

  it('a retried call is one span per attempt, the failed one marked as an error', async () => {
    h.emulator.addFault({ service: 'deviceFarm', operation: 'ListTestGridSessions', fault: 'throttle', times: 1 });
    await h.query(defaultQuery);
    const attempts = exporter
      .getFinishedSpans()
      .filter((s) => s.attributes['upstream.operation'] === 'ListTestGridSessions')
      .map((s) => [s.attributes['upstream.scope'], s.attributes['upstream.attempt'], s.attributes['upstream.outcome'], s.status.code]);
    const throttled = attempts.find(([, , outcome]) => outcome === 'throttled')!;
    expect(throttled).toEqual([expect.stringMatching(/^arn:aws:devicefarm:/), 1, 'throttled', 2]);
    expect(attempts).toContainEqual([throttled[0], 2, 'ok', 0]);
  });

  it("joins the caller's trace from a W3C traceparent header", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parent = '00f067aa0ba902b7';
    await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${parent}-01` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const operation = operationSpan(exporter.getFinishedSpans());
    expect(operation.spanContext().traceId).toBe(traceId);
    expect(operation.parentSpanContext?.spanId).toBe(parent);
  });
});
