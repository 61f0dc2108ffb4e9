import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { walkConnection } from './walk.js';

const RemoteAccessPage = graphql(`
  query RemoteAccessPage($projectArn: String!, $first: Int, $after: String) {
    remoteAccessSessions(projectArn: $projectArn, first: $first, after: $after) {
      edges {
        cursor
        node { id arn kind phase createdAt startedAt endedAt created started stopped status result }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('remoteAccessSessions', () => {
  it.each([1, 3, 7, 20, 100])('walks each project page by page (first=%i) exactly as the emulator lists it', async (first) => {
    for (const project of h.emulator.data.deviceFarm.projects) {
      const expected = h.emulator.data.deviceFarm.remoteAccessSessions(project.arn!).map((s) => s.arn);
      h.emulator.clearRequests();
      const { nodes, pages } = await walkConnection(async (after) => {
        const res = await h.query(RemoteAccessPage, { projectArn: project.arn!, first, after });
        expect(res.errors).toBeUndefined();
        return res.data!.remoteAccessSessions!;
      });
      expect(nodes.map((n) => n.arn)).toEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / first)));
      // Each GraphQL page refetches at most the page its cursor points into, plus the pages it reads on.
      const calls = h.emulator.requests.filter((r) => r.operation === 'ListRemoteAccessSessions').length;
      expect(calls).toBeLessThanOrEqual(pages * 2 + Math.ceil(expected.length / 25));
    }
  });
});
