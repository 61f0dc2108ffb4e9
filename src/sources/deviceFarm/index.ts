// AWS Device Farm (us-west-2 only): remote access and test grid sessions, in projects and test grid projects.
import type { SourceDeclaration } from '../source.js';
import { remoteAccess, testGrid } from './sessionKinds.js';

export const deviceFarm = {
  name: 'deviceFarm',
  kinds: [remoteAccess, testGrid],
  graph: () => import('./graph/index.js'),
} as const satisfies SourceDeclaration;
