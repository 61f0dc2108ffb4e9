// One structured line per request, its metrics, and the request ID that ties a user's report
// to that line: taken from `x-request-id` (or made), echoed in the response header and in
// `extensions.requestId` of every error.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.js';
import { newRequestStats, runInRequest, type RequestStats } from './requestScope.js';
import type { Telemetry } from './telemetry.js';

export const REQUEST_ID_HEADER = 'x-request-id';
/** Ours, when a caller's is missing or not a plain token (it is echoed in headers and logs). */
const requestIdOf = (header: string | null) => (header && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID());

/** Paths probed every few seconds: logged at debug, not info. */
const PROBES = new Set(['/health', '/ready', '/metrics']);
/** Operation names are chosen by clients: past this many distinct ones, metrics say `other`. */
const MAX_OPERATION_LABELS = 100;

interface RequestRecord {
  stats: RequestStats;
  started: number;
  graphql: boolean;
  operation?: string;
  type?: string;
  outcome: 'ok' | 'partial' | 'error';
  errorCodes: Set<string>;
  failedSources: Set<string>;
}

function withRequestId(error: GraphQLError | Record<string, unknown>, requestId: string) {
  if (!(error instanceof GraphQLError)) return { ...error, extensions: { ...(error.extensions as object), requestId } };
  // A new error: yoga caches validation errors, so one must never carry another request's ID.
  const { nodes, source, positions, path, originalError, message, extensions } = error;
  return new GraphQLError(message, { nodes, source, positions, path, originalError, extensions: { ...extensions, requestId } });
}

export function useRequestLog({ logger, telemetry }: { logger: Logger; telemetry: Telemetry }): Plugin {
  // The request line is built below from fields that hold no secret, so it skips the redaction
  // pass, which clones and re-serializes every nested value of a line: 5 % of the gateway's CPU
  // serving stored dashboards under load. Every other line is still redacted. The parent's level
  // decides (the child keeps the level it was made with; drainLog silences the parent).
  const requestLines = logger.child({}, { redact: [] });
  const records = new WeakMap<Request, RequestRecord>();
  const labels = new Set<string>();
  const label = (name: string | undefined) => {
    if (!name) return 'anonymous';
    if (!labels.has(name) && labels.size >= MAX_OPERATION_LABELS) return 'other';
    labels.add(name);
    return name;
  };

  return {
    instrumentation: {
      request({ request }, wrapped) {
        const stats = newRequestStats(requestIdOf(request.headers.get(REQUEST_ID_HEADER)));
        const record: RequestRecord = { stats, started: performance.now(), graphql: false, outcome: 'ok', errorCodes: new Set(), failedSources: new Set() };
        records.set(request, record);
        return runInRequest(stats, wrapped);
      },
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (!record) return;
      record.graphql = true;
      // Before the parameters' types are checked (src/graph/security/params.ts): a name that is
      // not a string is logged as none, and that check answers it.
      record.operation = typeof params.operationName === 'string' ? params.operationName.slice(0, 100) : undefined;
    },
    onExecute({ args }) {
      const record = records.get((args.contextValue as { request: Request }).request);
      const operation = getOperationAST(args.document, args.operationName);
      if (!record || !operation) return;
      record.operation = operation.name?.value ?? record.operation;
      record.type = operation.operation;
    },
    onResultProcess({ request, result, setResult }) {
      const record = records.get(request);
      if (!record || Symbol.asyncIterator in result) return;
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      const stamped = results.map((single) => {
        if (!single.errors?.length) return single;
        // Partial: some root field still has data beside the errors (e.g. one failing source).
        const someData = Object.values(single.data ?? {}).some((value) => value !== null);
        record.outcome = someData && record.outcome !== 'error' ? 'partial' : 'error';
        for (const error of single.errors) {
          const { code, source } = (error.extensions ?? {}) as { code?: string; source?: string };
          if (code) record.errorCodes.add(code);
          if (!code?.startsWith('UPSTREAM_')) continue;
          if (source) record.failedSources.add(source);
          const { awsError, awsRequestId } = error.extensions as { awsError?: string; awsRequestId?: string };
          logger.warn({ event: 'upstream_error', code, source, awsError, awsRequestId, path: error.path?.join('.') }, error.message);
        }
        return { ...single, errors: single.errors.map((e) => withRequestId(e, record.stats.requestId)) };
      });
      setResult((Array.isArray(result) ? stamped : stamped[0]) as never);
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set(REQUEST_ID_HEADER, record.stats.requestId);
      const seconds = (performance.now() - record.started) / 1000;
      const outcome = response.status >= 400 ? 'error' : record.outcome;
      const { pathname } = new URL(request.url);
      const { requestId, ...upstream } = record.stats;
      const line = {
        event: 'request',
        requestId,
        method: request.method,
        path: pathname,
        status: response.status,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        ...(record.graphql
          ? { operation: record.operation ?? null, operationType: record.type ?? null, outcome, errorCodes: [...record.errorCodes], failedSources: [...record.failedSources], upstream }
          : {}),
      };
      const level = PROBES.has(pathname) ? 'debug' : 'info';
      if (logger.isLevelEnabled(level)) requestLines[level](line, 'request');
      if (record.graphql) telemetry.operation(label(record.operation), record.type ?? 'unknown', outcome, seconds);
    },
  };
}
