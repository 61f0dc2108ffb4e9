// The reference client: what a person would write with the AWS SDK v3 clients alone to show every
// session: discover the scopes, then read every scope in parallel (Promise.all). It reads the
// scopes the gateway's feed reads (studios that can hold sessions, dev environments not deleted)
// and skips what the feed does not need (CodeCatalyst projects), so it is the best such a
// hand-written client could do.
import { CodeCatalystClient, ListDevEnvironmentSessionsCommand, ListDevEnvironmentsCommand, ListSpacesCommand } from '@aws-sdk/client-codecatalyst';
import {
  DeviceFarmClient,
  ListProjectsCommand,
  ListRemoteAccessSessionsCommand,
  ListTestGridProjectsCommand,
  ListTestGridSessionsCommand,
} from '@aws-sdk/client-device-farm';
import { ListStreamingSessionsCommand, ListStudiosCommand, NimbleClient } from '@aws-sdk/client-nimble';

interface Page<T> {
  items: T[];
  nextToken?: string | undefined;
}
/**
 * The page size asked for where the API takes one: what the gateway asks for a first page of 20,
 * the largest the API allows, or none (the API's default, as most scripts are written).
 */
export type PageSize = 'first page' | 'largest' | 'default';
/** One scope's session list: the page after `nextToken`. */
export type Scope = (nextToken: string | undefined, size: PageSize) => Promise<Page<unknown>>;

/** Every page of a list, one after the other (each needs the previous token). */
async function walk<T>(read: (nextToken: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await read(token);
    items.push(...page.items);
    token = page.nextToken;
  } while (token);
  return items;
}

const sum = (pages: Array<{ length: number }>) => pages.reduce((n, p) => n + p.length, 0);
// The gateway asks for one more than a page of 20 shows, to know hasNextPage.
const sized = (size: PageSize, largest: number) => (size === 'largest' ? largest : size === 'first page' ? 21 : undefined);
const STUDIO_WITHOUT_SESSIONS = new Set(['CREATE_FAILED', 'DELETED']);

export function createSdkScript(endpoint: string) {
  const credentials = { accessKeyId: 'AKIDBENCHMARK', secretAccessKey: 'benchmark-secret' };
  const deviceFarm = new DeviceFarmClient({ endpoint, region: 'us-west-2', credentials });
  const nimble = new NimbleClient({ endpoint, region: 'us-west-2', credentials });
  const codeCatalyst = new CodeCatalystClient({ endpoint, region: 'us-west-2', token: { token: 'benchmark-token' } });

  const remoteAccess = (arn: string): Scope => async (nextToken) => {
    const out = await deviceFarm.send(new ListRemoteAccessSessionsCommand({ arn, nextToken }));
    return { items: out.remoteAccessSessions ?? [], nextToken: out.nextToken };
  };
  const testGrid = (projectArn: string): Scope => async (nextToken, size) => {
    const maxResult = sized(size, 1000);
    const out = await deviceFarm.send(new ListTestGridSessionsCommand({ projectArn, nextToken, maxResult }));
    return { items: out.testGridSessions ?? [], nextToken: out.nextToken };
  };
  const streaming = (studioId: string): Scope => async (nextToken) => {
    const out = await nimble.send(new ListStreamingSessionsCommand({ studioId, nextToken }));
    return { items: out.sessions ?? [], nextToken: out.nextToken };
  };
  const devEnvironment = (spaceName: string, projectName: string, devEnvironmentId: string): Scope => async (nextToken, size) => {
    const maxResults = sized(size, 200);
    const out = await codeCatalyst.send(new ListDevEnvironmentSessionsCommand({ spaceName, projectName, devEnvironmentId, nextToken, maxResults }));
    return { items: out.items ?? [], nextToken: out.nextToken };
  };

  /** The scopes of all four kinds; each service's chain of calls runs beside the others. */
  async function discover(): Promise<Scope[]> {
    const [projects, gridProjects, studios, devEnvironments] = await Promise.all([
      walk(async (nextToken) => {
        const out = await deviceFarm.send(new ListProjectsCommand({ nextToken }));
        return { items: (out.projects ?? []).map((p) => remoteAccess(p.arn as string)), nextToken: out.nextToken };
      }),
      walk(async (nextToken) => {
        const out = await deviceFarm.send(new ListTestGridProjectsCommand({ nextToken, maxResult: 1000 }));
        return { items: (out.testGridProjects ?? []).map((p) => testGrid(p.arn as string)), nextToken: out.nextToken };
      }),
      walk(async (nextToken) => {
        const out = await nimble.send(new ListStudiosCommand({ nextToken }));
        const live = (out.studios ?? []).filter((s) => !STUDIO_WITHOUT_SESSIONS.has(s.state ?? ''));
        return { items: live.map((s) => streaming(s.studioId as string)), nextToken: out.nextToken };
      }),
      walk(async (nextToken) => {
        const out = await codeCatalyst.send(new ListSpacesCommand({ nextToken }));
        return { items: out.items ?? [], nextToken: out.nextToken };
      }).then((spaces) =>
        Promise.all(
          spaces.map((space) =>
            walk(async (nextToken) => {
              const out = await codeCatalyst.send(new ListDevEnvironmentsCommand({ spaceName: space.name, nextToken, maxResults: 50 }));
              const live = (out.items ?? []).filter((d) => d.status !== 'DELETED');
              return { items: live.map((d) => devEnvironment(space.name as string, d.projectName as string, d.id as string)), nextToken: out.nextToken };
            }),
          ),
        ).then((perSpace) => perSpace.flat()),
      ),
    ]);
    return [...projects, ...gridProjects, ...studios, ...devEnvironments];
  }

  return {
    discover,
    /** One page of every scope at once, the size the gateway asks for: the sessions read. */
    firstPages: async (scopes: Scope[]) => sum((await Promise.all(scopes.map((scope) => scope(undefined, 'first page')))).map((p) => p.items)),
    /** Every page of every scope, the scopes in parallel: the sessions read. */
    listAll: async (scopes: Scope[], size: 'largest' | 'default') => sum(await Promise.all(scopes.map((scope) => walk((token) => scope(token, size))))),
    destroy: () => [deviceFarm, nimble, codeCatalyst].forEach((client) => client.destroy()),
  };
}

export type SdkScript = ReturnType<typeof createSdkScript>;
