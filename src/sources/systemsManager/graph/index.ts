import type { SourceGraph } from '../../source.js';
import { ManagedInstanceSession } from './ManagedInstanceSession.js';

export const entities: SourceGraph['entities'] = [ManagedInstanceSession];
