// The query GraphiQL opens with: the newest sessions of all four kinds.
export const defaultQuery = /* GraphQL */ `# Sessions of every kind. Replace the arguments with your own scopes.
query Sessions {
  remoteAccessSessions(projectArn: "arn:aws:devicefarm:us-west-2:123456789012:project:00000000-0000-0000-0000-000000000000", first: 5) {
    edges { node { id phase createdAt name status device { name platform } } }
  }
}
`;
