import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Telemetry } from './telemetry.js';

/**
 * GraphQL Yoga's Prometheus plugin: the GraphQL phases and HTTP durations, in the same registry
 * as the gateway's own metrics (telemetry.ts), served on `/metrics` unless they have their own
 * port. Labels a client controls (operation name, URL, error path) are off: the gateway's
 * operation metrics bound the operation name themselves.
 */
export function useMetrics(telemetry: Telemetry, endpoint: boolean) {
  return usePrometheus({
    registry: telemetry.registry,
    endpoint: endpoint ? '/metrics' : false,
    skipIntrospection: true,
    metrics: {
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_error_result: true,
      graphql_yoga_http_duration: true,
      graphql_envelop_request: false,
      graphql_envelop_request_duration: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
    },
    labels: { operationName: false, url: false, path: false, fieldName: false, typeName: false, returnType: false },
  });
}
