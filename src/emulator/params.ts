// Typed reads of a request's parameters (body + query + path labels), raising the service's own
// validation error for a missing, mistyped or out-of-range value.
import type { ErrorKit } from './errors.js';

export class Params {
  constructor(
    readonly raw: Record<string, unknown>,
    private readonly errors: ErrorKit,
  ) {}

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.errors.invalid(`${name} must be a string.`);
    return value;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') throw this.errors.invalid(`Missing required parameter: ${name}.`);
    return value;
  }

  /** A whole number in [min, max]; query strings arrive as text. */
  int(name: string, min: number, max: number): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
      throw this.errors.invalid(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return number;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw this.errors.invalid(`${name} must be one of ${allowed.join(', ')}.`);
    }
    return value as T;
  }

  /** Epoch seconds (fractions allowed, numeric strings too, as awsJson sends) → milliseconds. */
  epochMs(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
      throw this.errors.invalid(`${name} must be a timestamp in epoch seconds.`);
    }
    return seconds * 1000;
  }

  /** A repeated query key arrives as an array, a single one as a string. */
  list(name: string): string[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((item) => typeof item === 'string')) throw this.errors.invalid(`${name} must be a list of strings.`);
    return items as string[];
  }

  /** The nextToken, checked against the service model's length bounds. */
  token(min: number, max: number): string | undefined {
    const token = this.string('nextToken');
    if (token !== undefined && (token.length < min || token.length > max)) {
      throw this.errors.invalid(`nextToken must be ${min} to ${max} characters long.`);
    }
    return token;
  }
}
