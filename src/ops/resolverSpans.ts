// Resolver spans for the fields that wait on upstream, made the ACTIVE OpenTelemetry context
// while their resolver runs, so the SDK attempt spans (sdkInstrumentation.ts) made inside it,
// in its DataLoader batches and in the feed's per-scope reads, hang under the field that
// caused them. Installed only with tracing on: without it no resolver is wrapped at all.
import { context, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { isObjectType, responsePathAsArray, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { fieldCost } from '../graph/security/cost.js';

/**
 * A field waits on upstream when the cost model counts calls for it: root fields (`sessions`,
 * `node`, `nodes`, the API connections), every connection, and navigation fields that fetch an
 * object (`StreamingSession.launchProfile`). Fields read off their parent are never traced: a
 * page of 20 sessions would otherwise make hundreds of spans. `_entities` is costed outside
 * the builder (security/cost.ts), so it is named here.
 */
export function waitsOnUpstream(field: GraphQLField<unknown, unknown>): boolean {
  if (field.name === '_entities') return true;
  const cost = fieldCost({}, undefined, field);
  return (typeof cost === 'number' ? cost : (cost.field ?? 0)) > 0;
}

// Wrapped in place, as @envelop/on-resolve does: the schema object is the module's, shared by
// every gateway of the process, and tracing is process-wide too. A field is wrapped once.
const wrapped = new WeakSet<GraphQLField<unknown, unknown>>();

function traced(resolve: GraphQLFieldResolver<unknown, unknown>, tracer: Tracer): GraphQLFieldResolver<unknown, unknown> {
  return (root, args, ctx, info) => {
    const name = `${info.parentType.name}.${info.fieldName}`;
    const span = tracer.startSpan(name, {
      attributes: {
        'graphql.resolver.typeName': info.parentType.name,
        'graphql.resolver.fieldName': info.fieldName,
        'graphql.resolver.resultType': String(info.returnType),
        // Where in the response, e.g. sessions.edges.3.node.launchProfile (no arguments: cursors and IDs stay out).
        'graphql.resolver.path': responsePathAsArray(info.path).join('.'),
      },
    });
    const fail = (error: unknown) => {
      const code = (error as { extensions?: { code?: unknown }; code?: unknown }).extensions?.code ?? (error as { code?: unknown }).code;
      span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : 'error' });
      span.end();
      throw error;
    };
    try {
      const result = context.with(trace.setSpan(context.active(), span), () => resolve(root, args, ctx, info));
      if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') {
        return (result as PromiseLike<unknown>).then((value) => {
          span.end();
          return value;
        }, fail);
      }
      span.end();
      return result;
    } catch (error) {
      return fail(error);
    }
  };
}

/** Wraps the resolvers of the fields that wait on upstream (in place, once per field). */
export function wrapUpstreamResolvers(schema: GraphQLSchema, tracer: Tracer): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || wrapped.has(field) || !waitsOnUpstream(field)) continue;
      field.resolve = traced(field.resolve, tracer);
      wrapped.add(field);
    }
  }
}

/** The envelop plugin: wraps the schema yoga serves when it is set. */
export function useResolverSpans(tracer: Tracer): Plugin {
  return {
    onSchemaChange({ schema }) {
      wrapUpstreamResolvers(schema as GraphQLSchema, tracer);
    },
  };
}
