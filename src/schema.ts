// Imports every GraphQL type file, then builds the schema. No side effects beyond that, so
// codegen.ts and the tests can import it.
import { builder } from './builder.js';
import './graph/scalars.js';
import './graph/Query.js';
import './graph/Session.js';
import './graph/feed/SessionFeed.js';
import './graph/SessionEvent.js';
import './graph/history/SessionHistory.js';
import './graph/history/Usage.js';
import { answerUnknownEntities, registerEntities } from './graph/entities.js';
import { registerStopMutations } from './graph/StopMutations.js';
import { withEntityCost } from './graph/security/cost.js';
import { SOURCE_REGISTRY } from './sources/registry.js';

// Each source's GraphQL types, loaded here and only here (see SourceDeclaration.graph), one after
// the other in the registry's order, so every start builds the same schema (the printed SDL is
// sorted either way).
const sourceTypes: Array<{ name: string }> = [];
for (const source of SOURCE_REGISTRY) {
  const { entities } = await source.graph();
  registerEntities(entities);
  sourceTypes.push(...(entities as Array<{ name: string }>));
}
registerStopMutations((typename) => sourceTypes.find((type) => type.name === typename));

/** The plain schema, for deployments without a federation router in front (FEDERATION=false). */
export const schema = builder.toSchema({ sortSchema: true });

/**
 * The same schema as an Apollo Federation v2 subgraph: `_service`, `_entities`, the `@link` and
 * the directives in use. v2.3 is the least that entity interfaces need; 2.6 is Pothos's default,
 * pinned so an upgrade cannot change what the router sees.
 */
export const subgraphSchema = withEntityCost(
  answerUnknownEntities(builder.toSubGraphSchema({ sortSchema: true, linkUrl: 'https://specs.apollo.dev/federation/v2.6' })),
);
