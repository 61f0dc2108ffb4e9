// What code far from any logger has to report: an AWS enum value this build does not know yet, a
// failure no code expected. Published on node:diagnostics_channel; each gateway subscribes with
// its own logger (ops/diagnosticsLog.ts), so the graph layer never holds a logger and nothing here
// writes to the console.
import { channel } from 'node:diagnostics_channel';

export interface UnknownEnumValue {
  /** The GraphQL enum (AWS's shape name). */
  type: string;
  /** The value AWS sent: external data, logged shortened and escaped. */
  value: string;
}

export interface UnexpectedFailure {
  error: unknown;
  /** What was being done, in a few words: no input in it. */
  during: string;
}

export const unknownEnumValues = channel('session-gateway:unknown-enum-value');
export const unexpectedFailures = channel('session-gateway:unexpected-failure');

export const reportUnknownEnumValue = (report: UnknownEnumValue): void => unknownEnumValues.publish(report);
export const reportUnexpectedFailure = (report: UnexpectedFailure): void => unexpectedFailures.publish(report);
