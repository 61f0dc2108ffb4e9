/**
 * A key that is the same for equal parameters, whatever their property order (undefined
 * properties left out). Written out by hand: it runs for every loader key and every upstream read.
 * A loop over a stack of work rather than recursion, so no nesting a caller sends (variables are
 * keyed too) can overflow the call stack.
 */
export function stableKey(value: unknown): string {
  if (isLeaf(value)) return leaf(value);
  let key = '';
  // What is left to write, the next last: values, and Text written as it is.
  const work: unknown[] = [value];
  while (work.length > 0) {
    const next = work.pop();
    if (next instanceof Text) key += next.text;
    else if (isLeaf(next)) key += leaf(next);
    else if (Array.isArray(next)) {
      work.push(CLOSE_ARRAY);
      for (let i = next.length - 1; i >= 0; i--) work.push(next[i], i > 0 ? COMMA : OPEN_ARRAY);
      if (next.length === 0) work.push(OPEN_ARRAY);
    } else {
      const record = next as Record<string, unknown>;
      const keys = Object.keys(record).filter((name) => record[name] !== undefined).sort();
      work.push(CLOSE_OBJECT);
      for (let i = keys.length - 1; i >= 0; i--) work.push(record[keys[i]!], new Text(`${i > 0 ? ',' : '{'}${JSON.stringify(keys[i])}:`));
      if (keys.length === 0) work.push(OPEN_OBJECT);
    }
  }
  return key;
}

class Text {
  constructor(readonly text: string) {}
}
const OPEN_ARRAY = new Text('[');
const CLOSE_ARRAY = new Text(']');
const OPEN_OBJECT = new Text('{');
const CLOSE_OBJECT = new Text('}');
const COMMA = new Text(',');

const isLeaf = (value: unknown) => value === null || typeof value !== 'object' || value instanceof Date;
const leaf = (value: unknown) => JSON.stringify(value) ?? 'null';
