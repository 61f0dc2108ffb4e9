/**
 * A key that is the same for equal parameters, whatever their property order (undefined
 * properties left out). Written out by hand: it runs for every loader key and every upstream read.
 */
export function stableKey(value: unknown): string {
  if (value === null || typeof value !== 'object' || value instanceof Date) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) parts.push(`${JSON.stringify(key)}:${stableKey(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}
