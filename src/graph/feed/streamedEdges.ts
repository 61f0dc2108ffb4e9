// `@stream` on the feed's edges: the edges go out as an async iterable fed by the merge, each as
// soon as its place is certain; pageInfo and incompleteSources answer when the merge is done.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';

/** Whether the operation selects this field's `edges` with `@stream` (and its `if` is not false). */
export function edgesStreamed(info: GraphQLResolveInfo): boolean {
  const ifArgument = (value: ValueNode | undefined): boolean => {
    if (!value) return true;
    if (value.kind === Kind.BOOLEAN) return value.value;
    if (value.kind === Kind.VARIABLE) return info.variableValues[value.name.value] !== false;
    return true;
  };
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD: {
          if (selection.name.value !== 'edges') return false;
          const stream = selection.directives?.find((d) => d.name.value === 'stream');
          return stream !== undefined && ifArgument(stream.arguments?.find((a) => a.name.value === 'if')?.value);
        }
        case Kind.INLINE_FRAGMENT:
          return inSet(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seen.has(name)) return false;
          seen.add(name);
          return inSet(info.fragments[name]?.selectionSet);
        }
      }
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}

/**
 * Runs `produce` now (not when the executor starts reading) and hands out what it emits as an
 * async iterable, for one reader: the merge's edges as they become certain.
 */
export function emittedAsIterable<T, R>(produce: (emit: (item: T) => void) => Promise<R>): { items: AsyncIterable<T>; done: Promise<R> } {
  const items: T[] = [];
  let finished = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const done = produce((item) => {
    items.push(item);
    signal();
  });
  const settled = done.then(
    () => undefined,
    (error: unknown) => error,
  );
  void settled.then(() => {
    finished = true;
    signal();
  });
  return {
    done,
    items: {
      async *[Symbol.asyncIterator]() {
        for (let at = 0; ; at++) {
          while (at >= items.length && !finished) await new Promise<void>((resolve) => (wake = resolve));
          if (at < items.length) {
            yield items[at] as T;
            continue;
          }
          const error = await settled;
          if (error !== undefined) throw error;
          return;
        }
      },
    },
  };
}
