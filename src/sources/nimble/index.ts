// Amazon Nimble Studio: streaming sessions, per studio.
import type { SourceDeclaration } from '../source.js';
import { streaming } from './sessionKinds.js';

export const nimble = {
  name: 'nimble',
  kinds: [streaming],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration;
