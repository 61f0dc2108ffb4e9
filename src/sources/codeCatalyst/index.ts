// Amazon CodeCatalyst (global): Dev Environment sessions, per space, project and Dev Environment.
import type { SourceDeclaration } from '../source.js';
import { devEnvironment } from './sessionKinds.js';

export const codeCatalyst = {
  name: 'codeCatalyst',
  kinds: [devEnvironment],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration;
