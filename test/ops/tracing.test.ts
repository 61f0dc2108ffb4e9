// The span tree of one feed request, exported in memory: the GraphQL operation, under it a span
// per field that waits on upstream, and under that field one span per upstream HTTP attempt
// with service, operation, attempt, outcome and scope. Parent IDs are asserted, never timings.
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultQuery } from '../../src/graphiqlQuery.js';
import { useTracing } from '../../src/ops/tracing.js';
import { graphql } from '../gql/index.js';
import { subgraphSchema } from '../../src/schema.js';
import { startHarness, type Harness } from '../support/harness.js';

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const fieldsOf = (type: string) => (subgraphSchema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
// The resolvers as the schema module made them, before any gateway was built.
const untraced = { sessions: fieldsOf('Query').sessions!.resolve, launchProfile: fieldsOf('StreamingSession').launchProfile!.resolve, name: fieldsOf('RemoteAccessSession').name!.resolve };
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
const idOf = (span: ReadableSpan) => span.spanContext().spanId;
const parentOf = (span: ReadableSpan, spans: ReadableSpan[]) => spans.find((s) => idOf(s) === span.parentSpanContext?.spanId);
const upstreamOf = (spans: ReadableSpan[]) => spans.filter((s) => s.kind === SpanKind.CLIENT);

const LAUNCH_PROFILES = graphql(`
  query TracedProfiles {
    sessions(first: 20, filter: { kinds: [STREAMING] }) {
      edges { node { ... on StreamingSession { studioId launchProfileId launchProfile { name } } } }
    }
  }
`);

describe('tracing', () => {
  it('one trace per feed request: the operation span, the Query.sessions span under it, and under that one span per upstream attempt', async () => {
    const res = await h.query(defaultQuery);
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = operationSpan(spans);
    expect(operation.name).toBe('query.NewestSessions');
    expect(operation.parentSpanContext).toBeUndefined();
    expect(operation.attributes).toMatchObject({ 'graphql.execute.operationName': 'NewestSessions', 'graphql.execute.operationType': 'query' });

    const resolvers = spans.filter((s) => s.kind === SpanKind.INTERNAL);
    expect(resolvers.map((s) => s.name)).toEqual(['Query.sessions']);
    const sessions = resolvers[0]!;
    expect(sessions.parentSpanContext?.spanId).toBe(idOf(operation));
    expect(sessions.attributes).toMatchObject({ 'graphql.resolver.typeName': 'Query', 'graphql.resolver.fieldName': 'sessions', 'graphql.resolver.path': 'sessions' });

    const upstream = upstreamOf(spans);
    expect(upstream).toHaveLength(h.emulator.requests.length);
    // The whole trace: one operation, one resolver span, one span per call; nothing per item.
    expect(spans).toHaveLength(2 + upstream.length);
    for (const span of upstream) {
      expect(span.spanContext().traceId).toBe(operation.spanContext().traceId);
      // Discovery and every scope's page read: all under the field that waited for them.
      expect(span.parentSpanContext?.spanId).toBe(idOf(sessions));
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

  it("a navigation field's call hangs under that field's own span, even when DataLoader batches it with others", async () => {
    const res = await h.query(LAUNCH_PROFILES);
    expect(res.errors).toBeUndefined();
    const spans = exporter.getFinishedSpans();
    const operation = operationSpan(spans);
    const edges = res.data!.sessions!.edges.map((e) => e.node as { studioId: string; launchProfileId?: string | null });
    const profileSpans = spans.filter((s) => s.name === 'StreamingSession.launchProfile');
    // One span per session that has a profile to fetch, each directly under the operation.
    expect(profileSpans).toHaveLength(edges.filter((e) => e.launchProfileId).length);
    for (const span of profileSpans) expect(span.parentSpanContext?.spanId).toBe(idOf(operation));

    const gets = upstreamOf(spans).filter((s) => s.attributes['upstream.operation'] === 'GetLaunchProfile');
    const distinct = new Set(edges.filter((e) => e.launchProfileId).map((e) => `${e.studioId}/${e.launchProfileId}`));
    expect(distinct.size).toBeGreaterThan(1);
    expect(gets).toHaveLength(distinct.size);
    const askedBy = gets.map((get) => {
      const parent = parentOf(get, spans)!;
      expect(parent.name).toBe('StreamingSession.launchProfile');
      // sessions.edges.<index>.node.launchProfile: the session whose profile this call fetched.
      const edge = edges[Number(String(parent.attributes['graphql.resolver.path']).split('.')[2])]!;
      expect(get.attributes['upstream.scope']).toBe(edge.studioId);
      return `${edge.studioId}/${edge.launchProfileId}`;
    });
    // Each distinct profile was fetched under a field that asked for it, not all under the first.
    expect(new Set(askedBy)).toEqual(distinct);
    // The feed's own calls stay under Query.sessions.
    const sessions = spans.find((s) => s.name === 'Query.sessions')!;
    for (const list of upstreamOf(spans).filter((s) => s.attributes['upstream.operation'] === 'ListStreamingSessions')) {
      expect(list.parentSpanContext?.spanId).toBe(idOf(sessions));
    }
  });

  it("a field that fails has its span marked with the error's code", async () => {
    const res = await h.query('{ node(id: "not-an-id") { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const spans = exporter.getFinishedSpans();
    const node = spans.find((s) => s.name === 'Query.node')!;
    expect(node.parentSpanContext?.spanId).toBe(idOf(operationSpan(spans)));
    expect(node.status).toEqual({ code: 2, message: 'BAD_USER_INPUT' });
  });

  it('wraps only the fields that wait on upstream, and only once a tracing gateway is built', () => {
    // Importing the schema wraps nothing; the tracing plugin wraps upstream fields in place.
    expect(fieldsOf('Query').sessions!.resolve).not.toBe(untraced.sessions);
    expect(fieldsOf('StreamingSession').launchProfile!.resolve).not.toBe(untraced.launchProfile);
    expect(fieldsOf('RemoteAccessSession').name!.resolve).toBe(untraced.name);
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
