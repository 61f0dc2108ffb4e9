import type { Source } from '../../config.js';
import type { GatewayContext } from '../../context.js';
import { GatewayError } from '../../errors.js';
import type { SessionKind, SessionRecord } from '../../loaders/records.js';
import { SCOPE_SOURCE, type ScopeKind } from '../../scopes/discovery.js';
import type { FeedStream } from '../connections/mergedConnection.js';
import { createdTime, testGridStatus, type FeedFilter } from './filter.js';

export interface SourceFailure {
  source: Source;
  error: GatewayError;
}

type Stream = FeedStream<SessionRecord>;
/** Where an API takes a page size: one more than the largest `first`, so one page fills any page of the feed. */
const FEED_PAGE_SIZE = 101;
const base = (key: string, source: Source) => ({ key, source, timeOf: createdTime });

// Scopes that cannot hold sessions are not read: a studio that was deleted or never created,
// a deleted dev environment (AWS may answer not-found for them).
const STUDIO_WITHOUT_SESSIONS = new Set(['CREATE_FAILED', 'DELETED']);

/**
 * A scope deleted since discovery answers not-found: it has no sessions left, which is not a
 * failure of its source.
 */
const goneIsEmpty = (stream: Stream): Stream => ({
  ...stream,
  fetchPage: (token, size) =>
    stream.fetchPage(token, size).catch((error: unknown) => {
      if (error instanceof GatewayError && error.code === 'UPSTREAM_NOT_FOUND') return { items: [], nextToken: undefined };
      throw error;
    }),
});

/** One stream per scope of each kind the filter lets through; filters are pushed upstream where the API has them. */
function streamsOf(kind: SessionKind, ctx: GatewayContext, filter: FeedFilter): Promise<Stream[]> {
  const { deviceFarm, nimble, codeCatalyst } = ctx.loaders;
  switch (kind) {
    case 'REMOTE_ACCESS':
      return ctx.discovery.get('deviceFarmProjects').then((projects) =>
        projects.map(({ arn }) => ({
          ...base(`RA|${arn}`, 'deviceFarm'),
          idOf: (s: SessionRecord) => (s as { arn: string }).arn,
          fetchPage: (nextToken: string | undefined) => deviceFarm.remoteAccessSessionPage.load({ arn, nextToken }),
        })),
      );
    case 'TEST_GRID': {
      const pushed = { status: testGridStatus(filter), creationTimeAfter: filter.createdAfter, creationTimeBefore: filter.createdBefore };
      return ctx.discovery.get('testGridProjects').then((projects) =>
        projects.map(({ arn: projectArn }) => ({
          ...base(`TG|${projectArn}`, 'deviceFarm'),
          idOf: (s: SessionRecord) => (s as { arn: string }).arn,
          pageSize: FEED_PAGE_SIZE,
          fetchPage: (nextToken: string | undefined, maxResult: number | undefined) =>
            deviceFarm.testGridSessionPage.load({ projectArn, ...pushed, maxResult, nextToken }),
        })),
      );
    }
    case 'STREAMING':
      return ctx.discovery.get('nimbleStudios').then((studios) =>
        studios.filter((s) => !STUDIO_WITHOUT_SESSIONS.has(s.state ?? '')).map(({ studioId }) => ({
          ...base(`ST|${studioId}`, 'nimble'),
          idOf: (s: SessionRecord) => (s as { sessionId: string }).sessionId,
          fetchPage: (nextToken: string | undefined) => nimble.streamingSessionPage.load({ studioId, nextToken }),
        })),
      );
    case 'DEV_ENVIRONMENT':
      return ctx.discovery.get('codeCatalyst').then(({ devEnvironments }) =>
        devEnvironments.filter((d) => d.status !== 'DELETED').map(({ spaceName, projectName, id: devEnvironmentId }) => ({
          ...base(`DE|${spaceName}|${projectName}|${devEnvironmentId}`, 'codeCatalyst'),
          idOf: (s: SessionRecord) => (s as { id: string }).id,
          pageSize: FEED_PAGE_SIZE,
          fetchPage: (nextToken: string | undefined, maxResults: number | undefined) =>
            codeCatalyst.devEnvironmentSessionPage.load({ spaceName, projectName, devEnvironmentId, maxResults, nextToken }),
        })),
      );
  }
}

const KIND_SCOPE: Record<SessionKind, ScopeKind> = {
  REMOTE_ACCESS: 'deviceFarmProjects',
  TEST_GRID: 'testGridProjects',
  STREAMING: 'nimbleStudios',
  DEV_ENVIRONMENT: 'codeCatalyst',
};

/**
 * The streams of every kind asked for, discovered in parallel. A source that is switched off
 * is simply not part of the feed; a source whose discovery fails is reported and left out.
 */
export async function feedStreams(ctx: GatewayContext, filter: FeedFilter): Promise<{ streams: Stream[]; failures: SourceFailure[] }> {
  const kinds = [...filter.kinds];
  const settled = await Promise.allSettled(kinds.map((kind) => streamsOf(kind, ctx, filter)));
  const streams: Stream[] = [];
  const failures: SourceFailure[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') return void streams.push(...result.value.map(goneIsEmpty));
    const error = result.reason;
    if (error instanceof GatewayError && error.code === 'SOURCE_DISABLED') return;
    const source = SCOPE_SOURCE[KIND_SCOPE[kinds[i] as SessionKind]];
    if (!(error instanceof GatewayError)) console.error('Unexpected discovery failure', error);
    failures.push({ source, error: error instanceof GatewayError ? error : new GatewayError('UPSTREAM_ERROR', 'Discovery failed.', { source }) });
  });
  // A fixed order, so ties in creation time break the same way on every page.
  streams.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { streams, failures };
}
