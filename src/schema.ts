// Imports every GraphQL type file, then builds the schema. No side effects beyond that, so
// codegen.ts and the tests can import it.
import { builder } from './builder.js';
import './graph/scalars.js';
import './graph/Query.js';
import './graph/Session.js';
import './graph/RemoteAccessSession.js';
import './graph/TestGridSession.js';
import './graph/StreamingSession.js';
import './graph/DevEnvironmentSession.js';
import './graph/SessionConnection.js';
import './graph/DeviceFarmProject.js';
import './graph/DeviceFarmTestGridProject.js';
import './graph/NimbleStudio.js';
import './graph/NimbleLaunchProfile.js';
import './graph/NimbleStreamingImage.js';
import './graph/CodeCatalystSpace.js';
import './graph/CodeCatalystProject.js';
import './graph/CodeCatalystDevEnvironment.js';

export const schema = builder.toSchema({ sortSchema: true });
