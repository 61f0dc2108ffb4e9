// The Device Farm device catalog sessions draw from: real models with their real specs. Two
// private devices carry instances and instance profiles, as a private fleet does.
import type { Device, DeviceInstance, InstanceStatus } from '@aws-sdk/client-device-farm';
import type { Random } from '../../seed/prng.js';
import { DEFAULT_REGION as REGION } from '../../seed/place.js';

const GiB = 1024 ** 3;

type Spec = [
  manufacturer: string,
  model: string,
  modelId: string,
  platform: 'ANDROID' | 'IOS',
  formFactor: 'PHONE' | 'TABLET',
  os: string,
  clockMhz: number,
  width: number,
  height: number,
  storageGiB: number,
  carrier: string,
  availability: Device['availability'],
  fleet: 'PUBLIC' | 'PRIVATE',
];

const SPECS: Spec[] = [
  ['Google', 'Google Pixel 8', 'Pixel 8', 'ANDROID', 'PHONE', '14', 2915, 1080, 2400, 128, 'Unlocked', 'HIGHLY_AVAILABLE', 'PUBLIC'],
  ['Google', 'Google Pixel 7a', 'Pixel 7a', 'ANDROID', 'PHONE', '13', 2850, 1080, 2400, 128, 'Unlocked', 'AVAILABLE', 'PUBLIC'],
  ['Samsung', 'Samsung Galaxy S24 Ultra', 'SM-S928U1', 'ANDROID', 'PHONE', '14', 3390, 1440, 3120, 256, 'Verizon', 'BUSY', 'PUBLIC'],
  ['Samsung', 'Samsung Galaxy A54 5G', 'SM-A546U1', 'ANDROID', 'PHONE', '13', 2400, 1080, 2340, 128, 'T-Mobile', 'HIGHLY_AVAILABLE', 'PUBLIC'],
  ['Samsung', 'Samsung Galaxy Tab S9', 'SM-X710', 'ANDROID', 'TABLET', '14', 3360, 1600, 2560, 128, 'Unlocked', 'TEMPORARY_NOT_AVAILABLE', 'PUBLIC'],
  ['OnePlus', 'OnePlus 11 5G', 'CPH2451', 'ANDROID', 'PHONE', '13', 3200, 1440, 3216, 256, 'Unlocked', 'AVAILABLE', 'PRIVATE'],
  ['Apple', 'Apple iPhone 15 Pro', 'A2848', 'IOS', 'PHONE', '17.4', 3780, 1179, 2556, 128, 'AT&T', 'HIGHLY_AVAILABLE', 'PUBLIC'],
  ['Apple', 'Apple iPhone 14', 'A2649', 'IOS', 'PHONE', '16.6', 3230, 1170, 2532, 128, 'Verizon', 'AVAILABLE', 'PUBLIC'],
  ['Apple', 'Apple iPhone SE (3rd generation)', 'A2595', 'IOS', 'PHONE', '16.4', 3230, 750, 1334, 64, 'Unlocked', 'BUSY', 'PUBLIC'],
  ['Apple', 'Apple iPad Pro 12.9 (6th generation)', 'A2436', 'IOS', 'TABLET', '17.2', 3490, 2048, 2732, 256, 'Unlocked', 'AVAILABLE', 'PRIVATE'],
  ['Apple', 'Apple iPad Air (5th generation)', 'A2588', 'IOS', 'TABLET', '16.2', 3200, 1640, 2360, 64, 'Unlocked', 'TEMPORARY_NOT_AVAILABLE', 'PUBLIC'],
];

/** Each private device gets two instances; together they show every instance status. */
const INSTANCE_STATUSES: InstanceStatus[] = ['AVAILABLE', 'IN_USE', 'NOT_AVAILABLE', 'PREPARING'];

/** `dfArn`: `arn:aws:devicefarm:us-west-2:<account>`, the account's private fleet. */
export function seedDevices(rng: Random, dfArn: string): Device[] {
  let instanceSlot = 0;
  const profileArn = `${dfArn}:instanceprofile:${rng.uuid()}`;
  return SPECS.map((spec): Device => {
    const [manufacturer, model, modelId, platform, formFactor, os, clock, width, height, storage, carrier, availability, fleet] = spec;
    const arn = `arn:aws:devicefarm:${REGION}::device:${rng.hex(32).toUpperCase()}`;
    const instances: DeviceInstance[] = [];
    if (fleet === 'PRIVATE') {
      for (let n = 0; n < 2; n++) {
        instances.push({
          arn: `${dfArn}:deviceinstance:${rng.uuid()}`,
          deviceArn: arn,
          labels: ['checkout-team', `rack-${'ab'[n]}`],
          status: INSTANCE_STATUSES[instanceSlot++ % INSTANCE_STATUSES.length],
          udid: platform === 'IOS' ? `00008110-${rng.hex(16).toUpperCase()}` : rng.hex(16).toUpperCase(),
          instanceProfile: {
            arn: profileArn,
            packageCleanup: true,
            excludeAppPackagesFromCleanup: ['com.shopfront.debugtools'],
            rebootAfterUse: false,
            name: 'Shopfront clean device',
            description: 'Removes test apps after each session, keeps the debug tools.',
          },
        });
      }
    }
    return {
      arn,
      name: model,
      manufacturer,
      model,
      modelId,
      formFactor,
      platform,
      os,
      cpu: { frequency: 'MHz', architecture: platform === 'IOS' ? 'arm64e' : 'arm64-v8a', clock },
      resolution: { width, height },
      heapSize: platform === 'IOS' ? 0 : 512 * 1024 * 1024,
      memory: storage * GiB,
      image: rng.hex(32).toUpperCase(),
      carrier,
      radio: carrier === 'Verizon' ? 'CDMA' : 'GSM',
      remoteAccessEnabled: true,
      remoteDebugEnabled: false,
      fleetType: fleet,
      fleetName: fleet === 'PRIVATE' ? 'Shopfront private fleet' : 'Public fleet',
      instances,
      availability,
    };
  });
}
