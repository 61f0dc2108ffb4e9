// The query GraphiQL opens with: the newest sessions of all four kinds, in one merged feed.
export const defaultQuery = /* GraphQL */ `# The newest sessions across Device Farm, Nimble Studio and CodeCatalyst.
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
        ... on RemoteAccessSession { name status result device { name platform os } }
        ... on TestGridSession { testGridStatus: status billingMinutes }
        ... on StreamingSession { sessionId state ownedBy ec2InstanceType }
        ... on DevEnvironmentSession { sessionId spaceName projectName devEnvironmentId }
      }
    }
  }
}
`;
