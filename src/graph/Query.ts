import { resolveNodes } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { badInput } from '../errors.js';
import { MAX_FIRST } from './connections/pageSize.js';
import { parseNodeId } from './nodeIds.js';

builder.queryType({
  description: 'Sessions of every kind a company runs on AWS: Device Farm, Nimble Studio and CodeCatalyst.',
});

// Pothos's built-in `nodes` decodes every ID before its resolver runs, so one malformed ID failed
// the whole non-null list and with it `data`. This one parses each ID alone: a malformed one is
// null with its own BAD_USER_INPUT error (path `nodes.<index>`), and the others still resolve.
// `node` parses its ID in its resolver too, so a malformed ID is that field's error (node: null)
// and never fails an operation before it runs (the cost limit reads arguments beforehand).
const Node = builder.nodeInterfaceRef();
builder.queryField('node', (t) =>
  t.field({
    type: Node,
    nullable: true,
    description: 'Fetches any object by its global ID; null when it no longer exists.',
    args: { id: t.arg.id({ required: true, description: 'The `id` of an object this gateway returned.' }) },
    resolve: async (_root, { id }, ctx, info) => {
      const [found] = await resolveNodes(builder, ctx, info, [parseNodeId(info.schema, String(id), ctx)]);
      return found ?? null;
    },
  }),
);
builder.queryField('nodes', (t) =>
  t.field({
    type: [Node],
    nullable: { list: false, items: true },
    description: 'Fetches objects by their global IDs, in the order given; null for each that no longer exists.',
    args: { ids: t.arg.idList({ required: true, description: 'The `id`s of objects this gateway returned (at most 100).' }) },
    resolve: async (_root, { ids }, ctx, info) => {
      // Each ID may cost an upstream call: a page of them, like a connection's `first`.
      if (ids.length > MAX_FIRST) throw badInput(`\`nodes\` takes at most ${MAX_FIRST} IDs, got ${ids.length}; split the request.`);
      const parsed = ids.map((id) => {
        try {
          return parseNodeId(info.schema, String(id), ctx);
        } catch (error) {
          return error as Error;
        }
      });
      const valid = parsed.filter((p): p is Exclude<typeof p, Error> => !(p instanceof Error));
      const found = await resolveNodes(builder, ctx, info, valid);
      let next = 0;
      // A rejected item fails that item alone: GraphQL nulls it and reports the error at its index.
      return parsed.map((p) => (p instanceof Error ? Promise.reject(p) : found[next++]));
    },
  }),
);
