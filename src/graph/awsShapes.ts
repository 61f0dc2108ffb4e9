import { builder } from '../builder.js';
import { reportUnknownEnumValue } from '../diagnostics.js';
import { AWS_DOCS } from './awsDocs.js';

/** The AWS documentation of a shape or field; a missing one fails the schema build, not a user. */
export function doc(shape: string, field?: string): string {
  const key = field ? `${shape}.${field}` : shape;
  const text = AWS_DOCS[key];
  if (!text) throw new Error(`No AWS documentation for ${key}; regenerate src/graph/awsDocs.ts or describe it by hand.`);
  return text;
}

const warned = new Set<string>();

/**
 * Declares a GraphQL enum whose values are spelled as AWS spells them, and returns it with a
 * mapper that turns a value AWS added after this gateway was built into null (logged once),
 * so one new value never fails a whole session.
 */
export function awsEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  const ref = builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries(values).map(([value, text]) => [value, { value, description: text as string }])) as {
      [K in V]: { value: K; description: string };
    },
  });
  const known = (value: string | undefined | null): V | null => {
    if (value === undefined || value === null) return null;
    if (Object.hasOwn(values, value)) return value as V;
    if (!warned.has(`${name}.${value}`)) {
      warned.add(`${name}.${value}`);
      reportUnknownEnumValue({ type: name, value });
    }
    return null;
  };
  return { ref, known };
}

/** Options of a field AWS may leave out: nullable, described by the AWS documentation. */
export const optional = (shape: string, field: string) => ({ nullable: true as const, description: doc(shape, field) });
