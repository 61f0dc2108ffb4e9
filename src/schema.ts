// Imports every GraphQL type file, then builds the schema. No side effects beyond that, so
// codegen.ts and the tests can import it.
import { builder } from './builder.js';
import './graph/scalars.js';
import './graph/Query.js';
import './graph/Session.js';
import './graph/RemoteAccessSession.js';
import './graph/TestGridSession.js';
import './graph/StreamingSession.js';
import './graph/DevEnvironmentSession.js';
import './graph/feed/SessionFeed.js';
import './graph/SessionEvent.js';
import './graph/DeviceFarmProject.js';
import './graph/DeviceFarmTestGridProject.js';
import './graph/NimbleStudio.js';
import './graph/NimbleLaunchProfile.js';
import './graph/NimbleStreamingImage.js';
import './graph/CodeCatalystSpace.js';
import './graph/CodeCatalystProject.js';
import './graph/CodeCatalystDevEnvironment.js';
import './graph/StopMutations.js';
import './graph/history/SessionHistory.js';
import './graph/history/Usage.js';
import { answerUnknownEntities } from './graph/entities.js';
import { withEntityCost } from './graph/security/cost.js';

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
