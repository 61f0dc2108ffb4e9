import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from './context.js';
import { decodeGlobalId, encodeGlobalId } from './graph/globalId.js';
import { fieldCost } from './graph/security/cost.js';
import { syncNodeIds } from './graph/syncNodeIds.js';

/** The one SchemaBuilder. Types live in src/graph, one file each. */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    SafeInt: { Input: number; Output: number };
  };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Federation after the plugins that wrap resolvers, as its documentation asks. syncNodeIds
  // first: it sees each field's config last, after the relay plugin has added the node ids.
  plugins: [syncNodeIds, RelayPlugin, DirectivePlugin, ComplexityPlugin, FederationPlugin],
  // Every field's cost in upstream calls; the limit is checked per request (security/cost.ts).
  complexity: { fieldComplexity: fieldCost },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    idFieldOptions: { description: 'The global ID: pass it to `node` or `nodes` to fetch this object again.' },
    nodeTypeOptions: { description: 'An object with a global ID that `node` and `nodes` can fetch again.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Pass it as `after` to continue the list behind this item.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the list.' },
    // Every Relay subgraph defines PageInfo; @shareable lets them compose into one supergraph.
    pageInfoTypeOptions: { description: 'Where a page sits in its list (forward pagination only).', shareable: true },
    hasNextPageFieldOptions: { description: 'Whether items follow this page (exact).' },
    hasPreviousPageFieldOptions: { description: 'Always false: lists page forward only, as AWS `nextToken`s do.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; pass it as `after` for the next page.' },
    defaultEdgeTypeOptions: { description: 'An item of a list and its cursor.' },
    // Replaced by src/graph/Query.ts's own `node` and `nodes`, which parse IDs in their resolvers.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
