// OpenTelemetry tracing, on only when an OTLP endpoint is configured. Loaded with a dynamic
// import, so a gateway without tracing never loads the SDK.
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';
import { useResolverSpans } from './resolverSpans.js';

export const SERVICE_NAME = 'session-gateway';

/**
 * The GraphQL side of a trace: envelop's OpenTelemetry plugin makes one span per operation and
 * runs execution inside it; under it, a span per field that waits on upstream (resolverSpans.ts)
 * is active while its resolver runs, so the SDK attempt spans (sdkInstrumentation.ts) become
 * children of the field that caused them. An incoming W3C `traceparent` makes the operation
 * part of the caller's trace. Uses the globally registered provider.
 */
export function useTracing(): Plugin {
  const provider = trace.getTracerProvider();
  const plugin = useOpenTelemetry(
    // Envelop's resolver spans are off: they cover every field (about 150 per feed page) and are
    // never made active, so upstream calls could not hang under them. Nor variables, nor results.
    { resolvers: false, variables: false, result: false },
    provider,
    SpanKind.SERVER,
    {},
    SERVICE_NAME,
  ) as Plugin;
  return {
    ...plugin,
    onPluginInit(payload) {
      plugin.onPluginInit?.(payload);
      payload.addPlugin(useResolverSpans(provider.getTracer(SERVICE_NAME)));
    },
    instrumentation: {
      request: ({ request }, wrapped) => context.with(propagation.extract(context.active(), Object.fromEntries(request.headers)), wrapped),
    },
  };
}

/**
 * Registers a tracer provider that exports over OTLP (http/protobuf). The exporter, sampler,
 * batch processor and resource read the standard variables themselves (OTEL_EXPORTER_OTLP_*,
 * OTEL_TRACES_SAMPLER*, OTEL_BSP_*, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES).
 */
export function startTracing(): { plugin: Plugin; shutdown: () => Promise<void> } {
  const resource = defaultResource()
    .merge(resourceFromAttributes({ 'service.name': SERVICE_NAME }))
    .merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  // Global: the context manager (AsyncLocalStorage) and the W3C propagator come with it.
  provider.register();
  return { plugin: useTracing(), shutdown: () => provider.shutdown() };
}
