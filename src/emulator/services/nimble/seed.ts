// Nimble Studio: nineteen studios (every studio state and status code); the two oldest READY
// ones hold launch profiles, streaming images, users and the streaming sessions.
import type { LaunchProfile, StreamingImage, StreamingInstanceType, StreamingSession, Studio } from '@aws-sdk/client-nimble';
import { arnPrefix, type Place } from '../../seed/place.js';
import { deepFreeze } from '../../seed/freeze.js';
import { IMAGES, LAUNCH_PROFILES, STUDIOS, VALIDATIONS } from './states.js';
import { streamingSessionTable } from './sessions.js';
import { mix, Random } from '../../seed/prng.js';
import type { SessionTable } from '../../seed/sessionTable.js';
import { at, DAY, HOUR } from '../../seed/time.js';
import type { World } from '../../world.js';

export interface StudioContent {
  launchProfiles: LaunchProfile[];
  images: StreamingImage[];
  /** Identity Store user ids; the first two administer the studio. */
  users: string[];
  /** Who may launch each profile (ListLaunchProfiles' principalId filter). */
  members: Map<string, string[]>;
}

export interface NimbleSeed {
  studios: readonly Studio[];
  /** By studio id; studios without content are absent. */
  content: ReadonlyMap<string, StudioContent>;
  /** Scoped by studio id, looked up by session id. */
  sessions: SessionTable<StreamingSession>;
}

const INSTANCE_TYPES: StreamingInstanceType[] = ['g4dn.xlarge', 'g4dn.2xlarge', 'g4dn.4xlarge', 'g4dn.8xlarge', 'g4dn.12xlarge', 'g4dn.16xlarge', 'g5.xlarge', 'g5.2xlarge', 'g5.4xlarge', 'g5.8xlarge', 'g5.16xlarge', 'g3.4xlarge', 'g3s.xlarge'];
const DEPARTMENTS = ['Animation', 'Compositing', 'FX', 'Lighting', 'Editorial'];

export function seedNimble(seed: number, sessionsPerKind: number, world: World, place: Place): NimbleSeed {
  const base = world.start;
  const { account, region } = place;
  const nimbleArn = arnPrefix('nimble', place);
  const rng = new Random(mix(seed, 0x4e));
  const studios: Studio[] = STUDIOS.map(([studioName, displayName, state, statusCode, statusMessage], n) => {
    const studioId = `stid-${rng.alnum(16)}`;
    const created = base - (n < 2 ? 500 - n * 120 : rng.int(5, 300)) * DAY - rng.int(0, DAY);
    const managedKey = n % 2 === 1;
    return {
      adminRoleArn: `arn:aws:iam::${account}:role/NimbleStudioAdmin-${studioName}`,
      arn: `${nimbleArn}:studio/${studioId}`,
      createdAt: at(created),
      displayName,
      homeRegion: region,
      ssoClientId: rng.uuid(),
      state,
      statusCode,
      statusMessage,
      studioEncryptionConfiguration: managedKey
        ? { keyType: 'CUSTOMER_MANAGED_KEY', keyArn: `arn:aws:kms:${region}:${account}:key/${rng.uuid()}` }
        : { keyType: 'AWS_OWNED_KEY' },
      studioId,
      studioName,
      studioUrl: `https://${studioName}.nimblestudio.${region}.amazonaws.com`,
      tags: { CostCenter: `CC-${rng.int(1000, 9999)}`, Department: rng.pick(DEPARTMENTS) },
      updatedAt: at(created + rng.int(1, 48) * HOUR),
      userRoleArn: `arn:aws:iam::${account}:role/NimbleStudioUser-${studioName}`,
    };
  });
  const main = studios.slice(0, 2);
  const content = new Map<string, StudioContent>(main.map((studio) => [studio.studioId as string, { launchProfiles: [], images: [], users: [], members: new Map() }]));
  main.forEach((studio, n) => {
    const box = content.get(studio.studioId as string) as StudioContent;
    for (let u = 0; u < 8; u++) box.users.push(`${rng.hex(10)}-${rng.uuid()}`);
    const imageRows = [...IMAGES.slice(0, 3), ...(n === 0 ? IMAGES.slice(3, 7) : IMAGES.slice(7))];
    box.images = imageRows.map(([name, platform, state, statusCode, statusMessage], k) => streamingImage(rng, place, name, platform, state, statusCode, statusMessage, k < 2 ? 'amazon' : account));
  });
  let validationSlot = 0;
  LAUNCH_PROFILES.forEach(([name, state, statusCode, statusMessage], k) => {
    const studio = main[k % 2] as Studio;
    const box = content.get(studio.studioId as string) as StudioContent;
    const persistent = Math.floor(k / 2) % 2 === 0;
    const backup = k % 3 !== 2;
    const created = base - rng.int(30, 400) * DAY - rng.int(0, DAY);
    const launchProfileId = `lp-${rng.alnum(16)}`;
    const profile: LaunchProfile = {
      arn: `${nimbleArn}:launch-profile/${launchProfileId}`,
      createdAt: at(created),
      createdBy: box.users[0],
      description: `${name} workstations for ${studio.displayName}`,
      ec2SubnetIds: [`subnet-0${rng.hex(16)}`, `subnet-0${rng.hex(16)}`],
      launchProfileId,
      launchProfileProtocolVersions: ['2021-03-31'],
      name,
      state,
      statusCode,
      statusMessage,
      streamConfiguration: {
        clipboardMode: k % 2 === 0 ? 'ENABLED' : 'DISABLED',
        ec2InstanceTypes: [INSTANCE_TYPES[k % 13], INSTANCE_TYPES[(k + 1) % 13], INSTANCE_TYPES[(k + 5) % 13]] as StreamingInstanceType[],
        maxSessionLengthInMinutes: rng.pick([480, 690, 720]),
        streamingImageIds: box.images.filter((img) => img.state === 'READY').map((img) => img.streamingImageId as string),
        maxStoppedSessionLengthInMinutes: persistent ? 4320 : 0,
        sessionStorage: { root: { linux: '/mnt/session-storage', windows: 'D:\\SessionStorage' }, mode: ['UPLOAD'] },
        sessionBackup: { mode: backup ? 'AUTOMATIC' : 'DEACTIVATED', maxBackupsToRetain: backup ? rng.int(3, 10) : 0 },
        sessionPersistenceMode: persistent ? 'ACTIVATED' : 'DEACTIVATED',
        ...(persistent && { volumeConfiguration: { size: rng.pick([300, 500, 1000]), throughput: rng.pick([125, 250, 500]), iops: rng.pick([3000, 6000, 10000]) } }),
        automaticTerminationMode: k % 3 === 1 ? 'DEACTIVATED' : 'ACTIVATED',
      },
      studioComponentIds: [`stcid-${rng.alnum(16)}`, `stcid-${rng.alnum(16)}`],
      tags: { Department: name.split(' ')[0] as string },
      updatedAt: at(created + rng.int(1, 30) * DAY),
      updatedBy: box.users[1],
      validationResults: (['VALIDATE_ACTIVE_DIRECTORY_STUDIO_COMPONENT', 'VALIDATE_SUBNET_ASSOCIATION', 'VALIDATE_NETWORK_ACL_ASSOCIATION', 'VALIDATE_SECURITY_GROUP_ASSOCIATION'] as const).map((type) => {
        const [vState, vCode, vMessage] = state === 'READY' ? ['VALIDATION_SUCCESS', 'VALIDATION_SUCCESS', 'Validation succeeded.'] as const : (VALIDATIONS[validationSlot++ % VALIDATIONS.length] as (typeof VALIDATIONS)[number]);
        return { type, state: vState, statusCode: vCode, statusMessage: vMessage };
      }),
    };
    box.launchProfiles.push(profile);
    box.members.set(launchProfileId, rng.shuffle(box.users).slice(0, 5));
  });
  for (const box of content.values()) box.launchProfiles.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  studios.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  const sessions = streamingSessionTable(seed, sessionsPerKind, main, content, world);
  for (const box of content.values()) deepFreeze([box.launchProfiles, box.images, box.users]);
  return { studios: deepFreeze(studios), content, sessions };
}

function streamingImage(rng: Random, place: Place, name: string, platform: string, state: StreamingImage['state'], statusCode: StreamingImage['statusCode'], statusMessage: string, owner: string): StreamingImage {
  const streamingImageId = `sti-${rng.alnum(16)}`;
  return {
    arn: `${arnPrefix('nimble', place)}:streaming-image/${streamingImageId}`,
    description: `${platform === 'LINUX' ? 'Linux' : 'Windows'} workstation image: ${name}`,
    ec2ImageId: `ami-0${rng.hex(16)}`,
    encryptionConfiguration: { keyType: 'CUSTOMER_MANAGED_KEY', keyArn: `${arnPrefix('kms', place)}:key/${rng.uuid()}` },
    eulaIds: owner === 'amazon' ? [`eula-${rng.alnum(16)}`] : [],
    name,
    owner,
    platform,
    state,
    statusCode,
    statusMessage,
    streamingImageId,
    tags: { Platform: platform, Pipeline: rng.pick(['2024.1', '2024.2', '2025.1']) },
  };
}
