// awsJson1_1 (Device Farm): every call is `POST /` naming its operation in X-Amz-Target, with a
// JSON body; timestamps travel as epoch seconds (JSON numbers) in both directions.
import type { IncomingHttpHeaders } from 'node:http';

const TARGET_PREFIX = 'DeviceFarm_20150623.';

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

export function isAwsJsonRequest(method: string, headers: IncomingHttpHeaders): boolean {
  return method === 'POST' && typeof headers['x-amz-target'] === 'string';
}

/** The operation the target names; a foreign prefix keeps its full text (it is unknown either way). */
export function targetOperation(headers: IncomingHttpHeaders): string {
  const target = String(headers['x-amz-target'] ?? '');
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}

/** JSON with every Date as epoch seconds (milliseconds kept as the fraction). */
export function encodeAwsJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, encoded: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : encoded;
  });
}
