import { GraphQLError } from 'graphql';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { GatewayError } from '../errors.js';
import { isRequestError } from '../graph/errorMasking.js';
import { logUnexpected } from './diagnosticsLog.js';
import { currentRequest } from './requestScope.js';

export type { Logger } from 'pino';
export type LogLevel = Level | 'silent';

const options = (level: LogLevel) => ({
  level,
  base: { service: 'session-gateway', pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Every line written while serving a request carries its ID, so one grep finds them all.
  mixin: () => {
    const request = currentRequest();
    return request ? { requestId: request.requestId } : {};
  },
  // Defence in depth: nothing logs these, and if something ever did, they stay out.
  redact: { paths: ['authorization', '*.authorization', 'token', '*.token', 'variables', '*.variables'], censor: '[redacted]' },
});

/**
 * JSON lines on stdout; human-readable (pino-pretty, loaded only then) when stdout is a terminal.
 * `destination` (default stdout) lets a test capture the output. Written asynchronously: a line
 * per request written synchronously took 6 % of the gateway's main thread under load, and blocked
 * it whenever the reader of stdout fell behind; lines that arrive while a write is in flight go
 * out together in the next one, and pino writes what is left synchronously when the process exits.
 */
export async function createLogger(level: LogLevel, { pretty = false, destination }: { pretty?: boolean; destination?: DestinationStream } = {}): Promise<Logger> {
  const stdout = destination ? undefined : pino.destination({ dest: 1, sync: false });
  const out = destination ?? stdout!;
  let logger: Logger;
  if (!pretty) logger = pino(options(level), out);
  else {
    const { default: prettyStream } = await import('pino-pretty');
    logger = pino(options(level), prettyStream({ sync: true, translateTime: 'SYS:HH:MM:ss.l', destination: out }));
  }
  if (stdout) stdoutOf.set(logger, stdout);
  return logger;
}

const stdoutOf = new WeakMap<Logger, ReturnType<typeof pino.destination>>();

/**
 * Writes out every line still pending, then resolves: call it last, before `process.exit`. The
 * synchronous flush pino does at exit does not wait for a write already on libuv's thread pool,
 * so without this the last line ("stopped") could land before the one in flight ("shutdown").
 * Bounded, so a reader of stdout that stopped reading cannot hold the exit.
 */
export function drainLog(logger: Logger, timeoutMs = 2000): Promise<void> {
  const stdout = stdoutOf.get(logger);
  if (!stdout) return Promise.resolve();
  stdoutOf.delete(logger);
  // A line logged after this (a timer firing before the exit) would write to a closed stream.
  logger.level = 'silent';
  return new Promise((resolve) => {
    setTimeout(resolve, timeoutMs).unref();
    stdout.once('close', () => resolve());
    stdout.end();
  });
}

/** A logger that writes nothing: the default of a gateway built without one (tests, codegen). */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/**
 * Yoga's logger on top of pino. Yoga logs each error its masking rewrites: a GatewayError is an
 * expected answer, not a server fault, so it is left to the request log (which writes each
 * upstream failure as an `upstream_error` warning); anything else is an `unexpected_error`, told
 * by its fingerprint alone (diagnosticsLog.ts).
 */
export function yogaLogger(logger: Logger) {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (...args: unknown[]) => {
      const error = args[0];
      // Errors about the request itself (syntax, validation, variables) are the client's, not the server's.
      if (error instanceof GraphQLError && isRequestError(error)) return;
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      if (original instanceof GatewayError) return;
      const path = error instanceof GraphQLError ? error.path?.join('.') : undefined;
      logUnexpected(logger, original, 'serving a request', path ? { path } : {});
    },
  };
}
