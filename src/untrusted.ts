// Text that came with a request (or from the environment) is untrusted: it may be huge, or carry
// newlines and terminal escape codes. These helpers decide how much of it an error message or a
// log line may show.

/** Longest piece of a request an error message quotes; anything longer is described by its length. */
export const MAX_QUOTED = 64;

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const escapeChar = (c: string) => {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

/** Whether text holds a control character (newline, escape, …): no AWS name or ID does. */
export const hasControl = (text: string): boolean => new RegExp(CONTROL.source).test(text);

/** Escapes control characters, so the text stays on one line and cannot drive a terminal. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** A value from a request, as an error message shows it: quoted and escaped, or only its length. */
export function quoteInput(value: string): string {
  return value.length > MAX_QUOTED ? `a value of ${value.length} characters` : `"${escapeControl(value)}"`;
}

/** A run without spaces longer than any word or name a message of ours holds: an echoed input. */
const LONG_RUN = new RegExp(`[^\\s"]{${MAX_QUOTED + 1},}`, 'g');

/**
 * Bounds an error message that may quote a request (GraphQL's own validation and coercion
 * messages do, quoted or not: "DateTime cannot represent an invalid date-time-string …"): a quoted
 * run or a run without spaces longer than MAX_QUOTED is replaced by its length, control
 * characters are escaped, and the whole is cut at 1,000 characters.
 */
export function boundMessage(message: string): string {
  const bounded = escapeControl(
    message
      .replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => (inner.length > MAX_QUOTED ? `(${inner.length} characters)` : quoted))
      .replace(LONG_RUN, (run) => `(${run.length} characters)`),
  );
  return bounded.length > 1000 ? `${bounded.slice(0, 999)}…` : bounded;
}
