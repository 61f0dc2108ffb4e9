import type { SourceGraph } from '../../source.js';
import { NimbleLaunchProfile } from './NimbleLaunchProfile.js';
import { NimbleStreamingImage } from './NimbleStreamingImage.js';
import { NimbleStudio } from './NimbleStudio.js';
import { StreamingSession } from './StreamingSession.js';

export const entities: SourceGraph['entities'] = [StreamingSession, NimbleStudio, NimbleLaunchProfile, NimbleStreamingImage];
