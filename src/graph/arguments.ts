import { badInput } from '../errors.js';
import { hasControl, quoteInput } from '../untrusted.js';

// Arguments are checked against the AWS constraints before any upstream call, so a typo is
// answered with BAD_USER_INPUT and a sentence, not with an AWS validation error.

const NAME = /^[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*$/;

/** CodeCatalyst space and project names: 3 to 63 letters, digits and single - _ . separators. */
export function codeCatalystName(argument: string, value: string): string {
  if (value.length < 3 || value.length > 63 || !NAME.test(value)) {
    throw badInput(`\`${argument}\` must be a CodeCatalyst name of 3 to 63 letters and digits (separated by single -, _ or .), got ${quoteInput(value)}.`);
  }
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuid(argument: string, value: string): string {
  if (!UUID.test(value)) throw badInput(`\`${argument}\` must be a dev environment ID (a UUID), got ${quoteInput(value)}.`);
  return value;
}

/** A non-empty identifier without surrounding whitespace or control characters, at most `max` characters. */
export function identifier(argument: string, value: string, max = 256): string {
  if (value.length === 0 || value.length > max || value.trim() !== value || hasControl(value)) {
    throw badInput(`\`${argument}\` must be a non-empty ID of at most ${max} characters without surrounding spaces or control characters, got ${quoteInput(value)}.`);
  }
  return value;
}
