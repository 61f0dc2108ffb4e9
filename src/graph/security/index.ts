import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { DEFAULT_SECURITY, type SecurityConfig } from '../../config.js';
import { cursorKey } from '../connections/cursor.js';
import { maskGatewayErrors, useMaskedValidationErrors, withoutSuggestions } from '../errorMasking.js';
import { queryLimits } from '../queryLimits.js';
import { corsFromAllowList, useCloseAfterTooLarge, useCsrfPrevention, useRequestBodyLimit } from './http.js';

/**
 * Everything that guards the gateway against its callers, from one SecurityConfig: yoga plugins
 * (CSRF, introspection, the limits of queryLimits.ts), yoga options (CORS, body size, batching,
 * masking), whether GraphiQL is served, and the key that signs cursors.
 */
export function gatewaySecurity(options: Partial<SecurityConfig> = {}) {
  const config = { ...DEFAULT_SECURITY, ...options };
  const maskError = config.fieldSuggestions ? maskGatewayErrors : withoutSuggestions(maskGatewayErrors);
  const plugins = [
    useRequestBodyLimit(config.maxRequestBytes),
    useCloseAfterTooLarge(),
    useCsrfPrevention(),
    useMaskedValidationErrors(maskError),
    ...(config.introspection ? [] : [useDisableIntrospection()]),
    ...queryLimits({ maxCost: config.maxQueryCost }),
  ];
  return {
    plugins,
    graphiql: config.graphiql,
    cursorKey: cursorKey(config.cursorSecret),
    yogaOptions: {
      cors: corsFromAllowList(config.corsOrigins),
      // useRequestBodyLimit enforces it, for less.
      maxRequestBodySize: false as const,
      // One operation per request, so the limits above bound a request.
      batching: false,
      maskedErrors: { maskError, isDev: false },
    },
  };
}
