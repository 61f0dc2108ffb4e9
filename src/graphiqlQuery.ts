// The query GraphiQL opens with: the newest sessions of every kind, in one merged feed, each
// kind with the fields its source declares.
import { SESSION_KINDS } from './sources/registry.js';

const ownFields = SESSION_KINDS.map((k) => `        ... on ${k.typename} { ${k.graphiqlFields} }`).join('\n');
export const defaultQuery = /* GraphQL */ `# The newest sessions of every source this gateway reads, in one feed.
# Press the run button; then try filter: { kinds: [STREAMING], phases: [RUNNING] }.
# Live updates: replace this query with the subscription below and run it; events arrive as
# sessions start, change and end (GraphiQL reads them over Server-Sent Events).
#   subscription { sessionEvents { id type session { id kind phase createdAt } } }
query NewestSessions {
  sessions(first: 20) {
    incompleteSources { source code message }
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        __typename
        id
        kind
        phase
        createdAt
        endedAt
${ownFields}
      }
    }
  }
}
`;
