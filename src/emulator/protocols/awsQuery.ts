// awsQuery (STS): `POST /` with a form-encoded body naming `Action` and `Version`; XML answers,
// `<{Action}Response><{Action}Result>…</{Action}Result><ResponseMetadata><RequestId>` for a
// success and `<ErrorResponse><Error><Type>Sender|Receiver</Type><Code>…</Code><Message>…` for an
// error. Timestamps are ISO 8601.
import type { IncomingHttpHeaders } from 'node:http';

export const AWS_QUERY_CONTENT_TYPE = 'text/xml';

export function isAwsQueryRequest(method: string, headers: IncomingHttpHeaders): boolean {
  return method === 'POST' && (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

/** The form's members; a repeated key keeps its last value (AssumeRole has no lists we read). */
export function formParams(text: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(text));
}

const escape = (text: string) => text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);

/** Members as elements, in order; Dates as ISO 8601, lists as `<member>`s. */
function elements(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => `<member>${elements(item)}</member>`).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .map(([name, member]) => `<${name}>${elements(member)}</${name}>`)
      .join('');
  }
  return escape(String(value));
}

export function encodeAwsQuery(xmlns: string, operation: string, body: object, requestId: string): string {
  return `<${operation}Response xmlns="${xmlns}"><${operation}Result>${elements(body)}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}

export function encodeAwsQueryError(xmlns: string, status: number, code: string, message: string, requestId: string): string {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return `<ErrorResponse xmlns="${xmlns}"><Error><Type>${type}</Type><Code>${escape(code)}</Code><Message>${escape(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}
