import { brandWithType } from '@pothos/core';
import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { badInput } from '../errors.js';
import { MAX_FIRST } from './connections/pageSize.js';
import { parseNodeId } from './nodeIds.js';

builder.queryType({
  description: 'Sessions of every kind a company runs on AWS: Device Farm, Nimble Studio, CodeCatalyst and Systems Manager.',
});

// Pothos's built-in `nodes` decodes every ID before its resolver runs, and its `resolveNodes`
// rejects as a whole when one load fails, so one bad ID failed the whole non-null list and with
// it `data`. Here each ID is parsed and loaded alone, as `_entities` resolves each representation
// (graph/entities.ts): a failing one (malformed, not found upstream, source off, forbidden, an
// upstream error) is null with its own error (path `nodes.<index>`), and the others still resolve.
// The loads start in the same tick, so the loaders still batch them into as few calls as before.
// `node` parses its ID in its resolver too, so a malformed ID is that field's error (node: null)
// and never fails an operation before it runs (the cost limit reads arguments beforehand).
const Node = builder.nodeInterfaceRef();

/** One object by its global ID, or null; rejects with that ID's own error. */
async function loadNode(globalId: string | number, ctx: GatewayContext, info: GraphQLResolveInfo): Promise<unknown> {
  const parsed = parseNodeId(info.schema, String(globalId), ctx);
  // An ID loaded earlier in the request comes back as that load's pending promise, and before
  // that load has branded the object with its type (`Node` has no resolveType): brand it here too.
  const [pending] = await resolveNodes(builder, ctx, info, [parsed]);
  const found = await pending;
  brandWithType(found, parsed.typename as never); // by name, as resolveNodes brands it
  return found ?? null;
}

builder.queryField('node', (t) =>
  t.field({
    type: Node,
    nullable: true,
    description: 'Fetches any object by its global ID; null when it no longer exists.',
    args: { id: t.arg.id({ required: true, description: 'The `id` of an object this gateway returned.' }) },
    resolve: (_root, { id }, ctx, info) => loadNode(id, ctx, info),
  }),
);
builder.queryField('nodes', (t) =>
  t.field({
    type: [Node],
    nullable: { list: false, items: true },
    description: 'Fetches objects by their global IDs, in the order given; null for each that no longer exists or fails (with its own error).',
    args: { ids: t.arg.idList({ required: true, description: 'The `id`s of objects this gateway returned (at most 100).' }) },
    resolve: (_root, { ids }, ctx, info) => {
      // Each ID may cost an upstream call: a page of them, like a connection's `first`.
      if (ids.length > MAX_FIRST) throw badInput(`\`nodes\` takes at most ${MAX_FIRST} IDs, got ${ids.length}; split the request.`);
      // A list of promises: GraphQL nulls a rejected item and reports its error at its index.
      return ids.map((id) => loadNode(id, ctx, info));
    },
  }),
);
