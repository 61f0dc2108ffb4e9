// Which fields of a connection's nodes an operation asks for (through aliases, fragments and
// inline fragments), so `sessionHistory` reads only those columns. `@skip`/`@include` are
// ignored: a field that might be asked for is read.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields selected directly in these selection sets, fragments opened. */
function fieldsIn(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const open = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) open(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        open(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(open);
  return fields;
}

/** The names of the fields selected under `edges { node { … } }` of the field being resolved. */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  const edges = fieldsIn(info, info.fieldNodes.map((f) => f.selectionSet)).filter((f) => f.name.value === 'edges');
  const nodes = fieldsIn(info, edges.map((f) => f.selectionSet)).filter((f) => f.name.value === 'node');
  return new Set(fieldsIn(info, nodes.map((f) => f.selectionSet)).map((f) => f.name.value));
}
