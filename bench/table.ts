// Aligned tables: one per section, with a ratio column and a one-line verdict.

export type Cell = string | number | undefined;

/** Milliseconds, requests/s, MB …: a number shown with sensible precision. */
export function num(value: number | undefined, unit = ''): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** measured / reference as "×1.23"; "–" when either is missing or the reference is 0. */
export function ratio(measured: number | undefined, reference: number | undefined): string {
  if (measured === undefined || reference === undefined || !Number.isFinite(measured) || !Number.isFinite(reference)) return '–';
  if (reference === 0) return measured === 0 ? '×1.00' : '–';
  const r = measured / reference;
  return `×${r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}`;
}

export function printTable(title: string, headers: string[], rows: Cell[][], verdict: string): void {
  const text = [headers, ...rows.map((r) => r.map((c) => (c === undefined ? '–' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...text.map((r) => (r[i] ?? '').length)));
  // Figures are right-aligned; labels and other text (lists of calls, error codes) left-aligned.
  const figure = (cell: string) => /^[\d×–≤<]/.test(cell);
  const line = (r: string[]) =>
    r.map((c, i) => (i > 0 && figure(c) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('   ').trimEnd();
  console.log(`\n== ${title}`);
  console.log(line(text[0] as string[]));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of text.slice(1)) console.log(line(r));
  console.log(`verdict: ${verdict}`);
}

/** "meets" / "misses" and why, from named checks. */
export function verdict(checks: Array<[ok: boolean | undefined, what: string]>, note = ''): string {
  const known = checks.filter(([ok]) => ok !== undefined);
  const missed = known.filter(([ok]) => !ok).map(([, what]) => what);
  const unknown = checks.filter(([ok]) => ok === undefined).map(([, what]) => what);
  const head = missed.length > 0 ? `MISSES the target: ${missed.join('; ')}` : known.length > 0 ? `meets the target (${known.map(([, w]) => w).join('; ')})` : 'not measured';
  return [head, unknown.length > 0 ? `not measured: ${unknown.join('; ')}` : '', note].filter(Boolean).join('. ');
}
