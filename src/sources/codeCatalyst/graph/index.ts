import type { SourceGraph } from '../../source.js';
import { CodeCatalystDevEnvironment } from './CodeCatalystDevEnvironment.js';
import { CodeCatalystProject } from './CodeCatalystProject.js';
import { CodeCatalystSpace } from './CodeCatalystSpace.js';
import { DevEnvironmentSession } from './DevEnvironmentSession.js';

export const entities: SourceGraph['entities'] = [DevEnvironmentSession, CodeCatalystSpace, CodeCatalystProject, CodeCatalystDevEnvironment];
