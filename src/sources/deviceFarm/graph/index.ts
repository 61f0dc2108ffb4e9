import type { SourceGraph } from '../../source.js';
import { DeviceFarmProject } from './DeviceFarmProject.js';
import { DeviceFarmTestGridProject } from './DeviceFarmTestGridProject.js';
import { RemoteAccessSession } from './RemoteAccessSession.js';
import { TestGridSession } from './TestGridSession.js';

export const entities: SourceGraph['entities'] = [RemoteAccessSession, TestGridSession, DeviceFarmProject, DeviceFarmTestGridProject];
