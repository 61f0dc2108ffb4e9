// Instruments the SDK clients from outside src/aws: one middleware on each client's stack sees
// every HTTP attempt (it sits inside the retry middleware), so retries are counted, timed and
// traced one by one.
import { performance } from 'node:perf_hooks';
import { SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { clientsOf, type Clients } from '../aws/clients.js';
import type { Telemetry } from './telemetry.js';
import { upstreamOutcome } from './upstreamOutcome.js';

interface AttemptArgs {
  input?: Record<string, unknown>;
}
interface AttemptOutput {
  response?: { statusCode?: number; headers?: Record<string, string | undefined> };
}
type Next = (args: AttemptArgs) => Promise<AttemptOutput>;
interface Context {
  commandName?: string;
}
interface MiddlewareStack {
  add(middleware: (next: Next, context: Context) => Next, options: { step: string; priority: string; name: string }): void;
}

/** Command inputs that name the scope a call reads, so a slow trace shows which scope was slow. */
const SCOPE_PARAMS = ['projectArn', 'arn', 'studioId', 'spaceName', 'projectName', 'devEnvironmentId'];

function scopeOf(input: Record<string, unknown> = {}): string | undefined {
  const parts = SCOPE_PARAMS.map((key) => input[key]).filter((v): v is string => typeof v === 'string');
  return parts.length > 0 ? parts.join('/') : undefined;
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

/** The middleware for one source's client: metrics through `telemetry`, one span per attempt. */
export function attemptMiddleware(service: string, telemetry: Telemetry, tracer: Tracer) {
  const attempts = new WeakMap<Context, number>();
  return (next: Next, context: Context): Next =>
    async (args) => {
      const attempt = (attempts.get(context) ?? 0) + 1;
      attempts.set(context, attempt);
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const scope = scopeOf(args.input);
      const span = tracer.startSpan(`${service}.${operation}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          'rpc.system': 'aws-api',
          'rpc.method': operation,
          'upstream.service': service,
          'upstream.operation': operation,
          'upstream.attempt': attempt,
          ...(scope ? { 'upstream.scope': scope } : {}),
        },
      });
      const started = performance.now();
      const finish = (error?: unknown, status?: number) => {
        const outcome = upstreamOutcome(error);
        telemetry.upstreamCall({ service, operation, outcome, seconds: (performance.now() - started) / 1000, attempt });
        span.setAttribute('upstream.outcome', outcome);
        if (status !== undefined) span.setAttribute('http.response.status_code', status);
        if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
        span.end();
      };
      try {
        const output = await next(args);
        finish(undefined, output.response?.statusCode);
        return output;
      } catch (error) {
        finish(error, statusOf(error));
        throw error;
      }
    };
}

/**
 * Adds the attempt middleware to every client; call once, right after createClients. The
 * tracer defaults to the global one, a no-op unless tracing registered a provider.
 */
export function instrumentClients(clients: Clients, telemetry: Telemetry, tracer: Tracer = trace.getTracer('session-gateway')): void {
  for (const { source, client } of clientsOf(clients)) {
    const service = source.name;
    // finalizeRequest/low: after the retry and signing middleware, so once per attempt.
    ((client as unknown as { middlewareStack: MiddlewareStack }).middlewareStack).add(attemptMiddleware(service, telemetry, tracer), {
      step: 'finalizeRequest',
      priority: 'low',
      name: 'gatewayAttemptTelemetry',
    });
  }
}
