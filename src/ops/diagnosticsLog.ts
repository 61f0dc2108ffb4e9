// Writes what src/diagnostics.ts publishes to the gateway's log, for as long as the gateway lives.
import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { unexpectedFailures, unknownEnumValues, type UnexpectedFailure, type UnknownEnumValue } from '../diagnostics.js';
import type { Logger } from './logger.js';

/**
 * Groups repeats of one fault without writing it out: no error name, message or stack reaches a
 * log line (they can hold internals or a caller's input). A digest of the error's class and the
 * code locations of its first frames is the same each time the same code fails the same way, so
 * one fault is one fingerprint across lines, requests and replicas of one build.
 */
export function faultFingerprint(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  // Where each frame ran (file:line:column), without the function's name.
  const where = frames.slice(0, 3).map((frame) => /\(([^()]*)\)\s*$/.exec(frame)?.[1] ?? frame.trim().slice(3));
  return createHash('sha256').update([name, ...where].join('\n')).digest('hex').slice(0, 12);
}

/** The log line of an error no code expected (the client saw "Unexpected error."). */
export function logUnexpected(logger: Logger, error: unknown, during: string, fields: Record<string, unknown> = {}): void {
  const fingerprint = faultFingerprint(error);
  logger.error({ event: 'unexpected_error', during, fingerprint, ...fields }, `Unexpected failure while ${during} (fault ${fingerprint}).`);
}

/** Subscribes while the gateway runs; its onDispose unsubscribes. */
export function useDiagnosticsLog(logger: Logger): Plugin {
  const onUnknownEnum = (message: unknown) => {
    const { type, value } = message as UnknownEnumValue;
    logger.warn({ event: 'unknown_enum_value', type, value: value.slice(0, 64) }, `AWS returned a ${type} value this gateway does not know yet; it is served as null.`);
  };
  const onUnexpected = (message: unknown) => {
    const { error, during } = message as UnexpectedFailure;
    logUnexpected(logger, error, during);
  };
  unknownEnumValues.subscribe(onUnknownEnum);
  unexpectedFailures.subscribe(onUnexpected);
  return {
    onDispose() {
      unknownEnumValues.unsubscribe(onUnknownEnum);
      unexpectedFailures.unsubscribe(onUnexpected);
    },
  };
}
