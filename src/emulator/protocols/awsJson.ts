// awsJson1_1 (Device Farm): every call is `POST /` naming its operation in X-Amz-Target
// (`<prefix><Operation>`, the prefix naming the service), with a JSON body; timestamps travel as
// epoch seconds (JSON numbers) in both directions.
import type { IncomingHttpHeaders } from 'node:http';

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

export function isAwsJsonRequest(method: string, headers: IncomingHttpHeaders): boolean {
  return method === 'POST' && typeof headers['x-amz-target'] === 'string';
}

export function target(headers: IncomingHttpHeaders): string {
  return String(headers['x-amz-target'] ?? '');
}

/** JSON with every Date as epoch seconds (milliseconds kept as the fraction). */
export function encodeAwsJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, encoded: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : encoded;
  });
}
