// CodeCatalyst's scopes: spaces, with their projects and Dev Environments (global, one place).
import type { CodeCatalystClient } from '@aws-sdk/client-codecatalyst';
import { listAll } from '../../aws/page.js';
import { scopeList } from '../scopes.js';
import * as cc from './calls.js';

export interface CodeCatalystScopes {
  spaces: cc.CodeCatalystSpaceRecord[];
  projects: cc.CodeCatalystProjectRecord[];
  devEnvironments: cc.DevEnvironmentRecord[];
}

declare module '../scopes.js' {
  interface Scopes {
    codeCatalyst: CodeCatalystScopes;
  }
}

export const codeCatalystScopes = {
  codeCatalyst: scopeList<CodeCatalystClient, CodeCatalystScopes>({
    source: 'codeCatalyst',
    pin: { variable: 'CODECATALYST_SPACES' },
    async discover(codeCatalyst, place, pinned) {
      const client = codeCatalyst.at(place);
      const spaces = pinned ? pinned.map((name) => ({ name, regionName: undefined })) : await listAll('codeCatalyst', (token) => cc.listSpaces(client, token));
      // Dev environments are listed per space, not per project, so sessions are only two
      // dependent calls away from the space list; projects are listed beside them.
      const perSpace = await Promise.all(
        spaces.map((space) =>
          Promise.all([
            listAll('codeCatalyst', (token) => cc.listProjects(client, space.name, token)),
            listAll('codeCatalyst', (nextToken) => cc.listDevEnvironments(client, { spaceName: space.name, nextToken })),
          ]),
        ),
      );
      return { spaces, projects: perSpace.flatMap(([p]) => p), devEnvironments: perSpace.flatMap(([, d]) => d) };
    },
    visible({ spaces, projects, devEnvironments }, access) {
      const allowed = (space: string) => access.allows('codeCatalyst', space);
      return {
        spaces: spaces.filter((x) => allowed(x.name)),
        projects: projects.filter((x) => allowed(x.spaceName)),
        devEnvironments: devEnvironments.filter((x) => allowed(x.spaceName)),
      };
    },
    empty: { spaces: [], projects: [], devEnvironments: [] },
  }),
};
