// The seeded store: deterministic, complete (every field, every enum value), and scalable.
import * as DF from '@aws-sdk/client-device-farm';
import * as NB from '@aws-sdk/client-nimble';
import * as CC from '@aws-sdk/client-codecatalyst';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_START, startEmulator, type Emulator, type EmulatorData } from '../../src/emulator/index.js';
import { clientsFor, destroyClients } from './clients.js';

/** Every item of every list in the store, by kind. */
function snapshot(data: EmulatorData) {
  const { deviceFarm: df, nimble: nb, codeCatalyst: cc } = data;
  const studios = nb.studios.map((s) => s.studioId as string);
  const envs = cc.spaces.flatMap((s) => cc.devEnvironments(s.name as string));
  return {
    projects: df.projects,
    testGridProjects: df.testGridProjects,
    devices: df.devices,
    remoteAccess: df.projects.flatMap((p) => df.remoteAccessSessions(p.arn as string)),
    testGrid: df.testGridProjects.flatMap((p) => df.testGridSessions(p.arn as string)),
    studios: nb.studios,
    launchProfiles: studios.flatMap((id) => nb.launchProfiles(id)),
    images: studios.flatMap((id) => nb.streamingImages(id)),
    streaming: studios.flatMap((id) => nb.streamingSessions(id)),
    spaces: cc.spaces,
    ccProjects: cc.spaces.flatMap((s) => cc.projects(s.name as string)),
    devEnvironments: envs,
    devSessions: envs.flatMap((e) => cc.sessions(e.spaceName as string, e.projectName as string, e.id as string)),
  };
}

/** The enum values that never occur among `values`. */
const missing = (enumeration: Record<string, string>, values: unknown[]) => Object.values(enumeration).filter((v) => !values.includes(v));

/** Compile-time check that a key list names every member of T. */
const keysOf = <T>() => <K extends readonly (keyof T)[]>(keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> })) => keys;

describe('determinism', () => {
  it('gives identical data and identical bytes for the same seed, different data for another seed', async () => {
    const now = FIXED_START;
    const [a, b, c] = await Promise.all([startEmulator({ seed: 7, now }), startEmulator({ seed: 7, now }), startEmulator({ seed: 8, now })]);
    try {
      expect(JSON.stringify(snapshot(a.data))).toBe(JSON.stringify(snapshot(b.data)));
      expect(JSON.stringify(snapshot(a.data))).not.toBe(JSON.stringify(snapshot(c.data)));
      const auth = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261101/us-west-2/devicefarm/aws4_request, SignedHeaders=host, Signature=0';
      const body = JSON.stringify({ arn: a.data.deviceFarm.projects[0]?.arn });
      const bytes = (e: Emulator) =>
        fetch(`${e.url}/`, { method: 'POST', headers: { authorization: auth, 'x-amz-target': 'DeviceFarm_20150623.ListRemoteAccessSessions' }, body }).then((r) => r.text());
      const [first, second] = await Promise.all([bytes(a), bytes(b)]);
      expect(first.length).toBeGreaterThan(10_000);
      expect(first).toBe(second);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});

describe('completeness of the default seed', () => {
  let emulator: Emulator;
  let all: ReturnType<typeof snapshot>;
  beforeAll(async () => {
    emulator = await startEmulator({ now: FIXED_START });
    all = snapshot(emulator.data);
  });
  afterAll(() => emulator.close());

  it('has the promised scopes, spread so that every scope spans several pages', () => {
    expect(all.projects.length).toBeGreaterThanOrEqual(2);
    expect(all.testGridProjects.length).toBeGreaterThanOrEqual(2);
    expect(all.spaces).toHaveLength(2);
    expect(all.ccProjects).toHaveLength(4);
    expect(all.devEnvironments).toHaveLength(16);
    for (const kind of [all.remoteAccess, all.testGrid, all.streaming, all.devSessions]) expect(kind).toHaveLength(200);
    for (const p of all.projects) expect(emulator.data.deviceFarm.remoteAccessSessions(p.arn as string).length).toBeGreaterThan(25);
    for (const p of all.testGridProjects) expect(emulator.data.deviceFarm.testGridSessions(p.arn as string).length).toBeGreaterThan(25);
    const withSessions = all.studios.filter((s) => emulator.data.nimble.streamingSessions(s.studioId as string).length > 0);
    expect(withSessions).toHaveLength(2);
    for (const s of withSessions) expect(emulator.data.nimble.streamingSessions(s.studioId as string).length).toBeGreaterThan(20);
    for (const e of all.devEnvironments.filter((d) => d.status === 'RUNNING')) {
      expect(emulator.data.codeCatalyst.sessions(e.spaceName as string, e.projectName as string, e.id as string).length).toBeGreaterThan(10);
    }
    expect(all.projects[0]?.arn).toMatch(/^arn:aws:devicefarm:us-west-2:123456789012:project:[0-9a-f-]{36}$/);
    expect(all.remoteAccess[0]?.arn).toMatch(/^arn:aws:devicefarm:us-west-2:123456789012:session:[0-9a-f-]{36}\/[0-9a-f-]{36}\/00000$/);
    expect(all.testGrid[0]?.arn).toMatch(/^arn:aws:devicefarm:us-west-2:123456789012:testgrid-session:[0-9a-f-]{36}\/[0-9a-f]{32}$/);
    expect(all.devEnvironments[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('uses every value of every enum field', () => {
    const ra = all.remoteAccess;
    const profiles = all.launchProfiles;
    const config = profiles.map((p) => p.streamConfiguration);
    const checks: [Record<string, string>, unknown[]][] = [
      [DF.ExecutionStatus, ra.map((s) => s.status)],
      [DF.ExecutionResult, ra.map((s) => s.result)],
      [DF.BillingMethod, ra.map((s) => s.billingMethod)],
      [DF.InteractionMode, ra.map((s) => s.interactionMode)],
      [DF.DeviceFormFactor, all.devices.map((d) => d.formFactor)],
      [DF.DevicePlatform, all.devices.map((d) => d.platform)],
      [DF.DeviceAvailability, all.devices.map((d) => d.availability)],
      [DF.InstanceStatus, all.devices.flatMap((d) => d.instances ?? []).map((i) => i.status)],
      [DF.TestGridSessionStatus, all.testGrid.map((s) => s.status)],
      [NB.StudioState, all.studios.map((s) => s.state)],
      [NB.StudioStatusCode, all.studios.map((s) => s.statusCode)],
      [NB.StudioEncryptionConfigurationKeyType, all.studios.map((s) => s.studioEncryptionConfiguration?.keyType)],
      [NB.LaunchProfileState, profiles.map((p) => p.state)],
      [NB.LaunchProfileStatusCode, profiles.map((p) => p.statusCode)],
      [NB.LaunchProfileValidationType, profiles.flatMap((p) => p.validationResults ?? []).map((v) => v.type)],
      [NB.LaunchProfileValidationState, profiles.flatMap((p) => p.validationResults ?? []).map((v) => v.state)],
      [NB.LaunchProfileValidationStatusCode, profiles.flatMap((p) => p.validationResults ?? []).map((v) => v.statusCode)],
      [NB.StreamingClipboardMode, config.map((c) => c?.clipboardMode)],
      [NB.StreamingInstanceType, config.flatMap((c) => c?.ec2InstanceTypes ?? [])],
      [NB.StreamingSessionStorageMode, config.flatMap((c) => c?.sessionStorage?.mode ?? [])],
      [NB.SessionBackupMode, all.streaming.map((s) => s.backupMode)],
      [NB.SessionPersistenceMode, all.streaming.map((s) => s.sessionPersistenceMode)],
      [NB.AutomaticTerminationMode, all.streaming.map((s) => s.automaticTerminationMode)],
      [NB.VolumeRetentionMode, all.streaming.map((s) => s.volumeRetentionMode)],
      [NB.StreamingSessionState, all.streaming.map((s) => s.state)],
      [NB.StreamingSessionStatusCode, all.streaming.map((s) => s.statusCode)],
      [NB.StreamingImageState, all.images.map((i) => i.state)],
      [NB.StreamingImageStatusCode, all.images.map((i) => i.statusCode)],
      [NB.StreamingImageEncryptionConfigurationKeyType, all.images.map((i) => i.encryptionConfiguration?.keyType)],
      [CC.DevEnvironmentStatus, all.devEnvironments.map((e) => e.status)],
      [CC._InstanceType, all.devEnvironments.map((e) => e.instanceType)],
    ];
    for (const [enumeration, values] of checks) expect(missing(enumeration, values)).toEqual([]);
  });

  it('fills every field of every shape somewhere, leaving out only what the state rules out', () => {
    const present = (items: readonly object[]) => new Set(items.flatMap((i) => Object.entries(i).filter(([, v]) => v !== undefined).map(([k]) => k)));
    const shapes: [readonly object[], readonly string[]][] = [
      [all.remoteAccess, keysOf<DF.RemoteAccessSession>()(['arn', 'name', 'created', 'status', 'result', 'message', 'started', 'stopped', 'device', 'instanceArn', 'billingMethod', 'deviceMinutes', 'endpoint', 'deviceUdid', 'interactionMode', 'skipAppResign', 'vpcConfig', 'deviceProxy', 'appUpload', 'endpoints'] as const)],
      [all.devices, keysOf<DF.Device>()(['arn', 'name', 'manufacturer', 'model', 'modelId', 'formFactor', 'platform', 'os', 'cpu', 'resolution', 'heapSize', 'memory', 'image', 'carrier', 'radio', 'remoteAccessEnabled', 'remoteDebugEnabled', 'fleetType', 'fleetName', 'instances', 'availability'] as const)],
      [all.devices.flatMap((d) => d.instances ?? []), keysOf<DF.DeviceInstance>()(['arn', 'deviceArn', 'labels', 'status', 'udid', 'instanceProfile'] as const)],
      [all.projects, keysOf<DF.Project>()(['arn', 'name', 'defaultJobTimeoutMinutes', 'created', 'vpcConfig', 'environmentVariables', 'executionRoleArn'] as const)],
      [all.testGridProjects, keysOf<DF.TestGridProject>()(['arn', 'name', 'description', 'vpcConfig', 'created'] as const)],
      [all.testGrid, keysOf<DF.TestGridSession>()(['arn', 'status', 'created', 'ended', 'billingMinutes', 'seleniumProperties'] as const)],
      [all.studios, keysOf<NB.Studio>()(['adminRoleArn', 'arn', 'createdAt', 'displayName', 'homeRegion', 'ssoClientId', 'state', 'statusCode', 'statusMessage', 'studioEncryptionConfiguration', 'studioId', 'studioName', 'studioUrl', 'tags', 'updatedAt', 'userRoleArn'] as const)],
      [all.launchProfiles, keysOf<NB.LaunchProfile>()(['arn', 'createdAt', 'createdBy', 'description', 'ec2SubnetIds', 'launchProfileId', 'launchProfileProtocolVersions', 'name', 'state', 'statusCode', 'statusMessage', 'streamConfiguration', 'studioComponentIds', 'tags', 'updatedAt', 'updatedBy', 'validationResults'] as const)],
      [all.launchProfiles.map((p) => p.streamConfiguration as object), keysOf<NB.StreamConfiguration>()(['clipboardMode', 'ec2InstanceTypes', 'maxSessionLengthInMinutes', 'streamingImageIds', 'maxStoppedSessionLengthInMinutes', 'sessionStorage', 'sessionBackup', 'sessionPersistenceMode', 'volumeConfiguration', 'automaticTerminationMode'] as const)],
      [all.images, keysOf<NB.StreamingImage>()(['arn', 'description', 'ec2ImageId', 'encryptionConfiguration', 'eulaIds', 'name', 'owner', 'platform', 'state', 'statusCode', 'statusMessage', 'streamingImageId', 'tags'] as const)],
      [all.streaming, keysOf<NB.StreamingSession>()(['arn', 'createdAt', 'createdBy', 'ec2InstanceType', 'launchProfileId', 'ownedBy', 'sessionId', 'state', 'statusCode', 'statusMessage', 'streamingImageId', 'tags', 'terminateAt', 'updatedAt', 'updatedBy', 'stoppedAt', 'stoppedBy', 'startedAt', 'startedBy', 'stopAt', 'startedFromBackupId', 'backupMode', 'maxBackupsToRetain', 'volumeRetentionMode', 'sessionPersistenceMode', 'volumeConfiguration', 'automaticTerminationMode'] as const)],
      [all.spaces, keysOf<CC.SpaceSummary>()(['name', 'regionName', 'displayName', 'description'] as const)],
      [all.ccProjects, keysOf<CC.ProjectSummary>()(['name', 'displayName', 'description'] as const)],
      [all.devEnvironments, keysOf<CC.DevEnvironmentSummary>()(['spaceName', 'projectName', 'id', 'lastUpdatedTime', 'creatorId', 'status', 'statusReason', 'repositories', 'alias', 'ides', 'instanceType', 'inactivityTimeoutMinutes', 'persistentStorage', 'vpcConnectionName'] as const)],
      [all.devSessions, keysOf<CC.DevEnvironmentSessionSummary>()(['spaceName', 'projectName', 'devEnvironmentId', 'startedTime', 'id'] as const)],
    ];
    for (const [items, keys] of shapes) expect(keys.filter((k) => !present(items).has(k))).toEqual([]);

    for (const s of all.remoteAccess) {
      expect(s.stopped !== undefined).toBe(s.status === 'COMPLETED');
      if (s.status === 'RUNNING') expect(s).toMatchObject({ started: expect.any(Date), endpoints: expect.any(Object), deviceMinutes: expect.any(Object) });
      if (s.status?.startsWith('PENDING')) expect(s.started).toBeUndefined();
      expect(s.instanceArn !== undefined).toBe(s.device?.fleetType === 'PRIVATE');
    }
    for (const s of all.testGrid) expect(s.ended === undefined).toBe(s.status === 'ACTIVE');
    for (const s of all.streaming) {
      if (s.state === 'READY') expect(s).toMatchObject({ startedAt: expect.any(Date), stopAt: expect.any(Date) });
      if (s.state === 'READY') expect(s.stoppedAt).toBeUndefined();
      if (s.state === 'STOPPED') expect(s.stoppedAt).toBeInstanceOf(Date);
      if (s.state === 'CREATE_IN_PROGRESS' || s.state === 'CREATE_FAILED') expect(s.startedAt).toBeUndefined();
    }
    for (const e of all.devEnvironments) if (e.status === 'FAILED') expect(e.statusReason).toBeTruthy();
  });

  it('keeps every seeded time before the fixed base date, 2026-11-01', () => {
    const base = Date.UTC(2026, 10, 1);
    const times = JSON.stringify(all).match(/"20\d\d-\d\d-\d\dT[^"]+"/g) ?? [];
    expect(times.length).toBeGreaterThan(1000);
    const latest = Math.max(...times.map((t) => Date.parse(JSON.parse(t) as string)));
    expect(latest).toBeLessThanOrEqual(base + 10 * 24 * 3600_000);
  });

  it('covers every enum value with other seeds too', async () => {
    for (const seed of [2, 3, 42]) {
      const other = await startEmulator({ seed });
      const data = snapshot(other.data);
      await other.close();
      expect(missing(DF.InteractionMode, data.remoteAccess.map((s) => s.interactionMode))).toEqual([]);
      expect(missing(NB.StreamingSessionStatusCode, data.streaming.map((s) => s.statusCode))).toEqual([]);
      expect(missing(NB.VolumeRetentionMode, data.streaming.map((s) => s.volumeRetentionMode))).toEqual([]);
      expect(missing(DF.ExecutionResult, data.remoteAccess.map((s) => s.result))).toEqual([]);
    }
  });
});

describe('scale', () => {
  // How cheap this is (only ids built up front, O(page) per page) is proven without a clock in
  // test/unit/emulatorPaging.test.ts; here the same store serves real pages at that size.
  it('starts with 100,000 sessions per kind and serves pages deep into them', async () => {
    const big = await startEmulator({ sessionsPerKind: 100_000 });
    const clients = clientsFor(big);
    try {
      const projectArn = big.data.deviceFarm.projects[0]?.arn;
      const pages: DF.RemoteAccessSession[][] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < 4; page++) {
        const r = await clients.deviceFarm.send(new DF.ListRemoteAccessSessionsCommand({ arn: projectArn, nextToken }));
        pages.push(r.remoteAccessSessions ?? []);
        nextToken = r.nextToken;
      }
      const listed = pages.flat();
      expect(pages.map((p) => p.length)).toEqual([25, 25, 25, 25]);
      expect(new Set(listed.map((r) => r.arn)).size).toBe(100);
      const created = listed.map((r) => r.created!.getTime());
      expect(created).toEqual([...created].sort((a, b) => b - a));
      const studioId = big.data.nimble.studios.find((s) => big.data.nimble.launchProfiles(s.studioId as string).length > 0)?.studioId;
      const user = big.data.nimble.users(studioId as string)[0];
      const filtered = await clients.nimble.send(new NB.ListStreamingSessionsCommand({ studioId, createdBy: user }));
      expect(filtered.nextToken).toBeDefined();
      expect(filtered.sessions!.every((s) => s.createdBy === user)).toBe(true);
      const env = big.data.codeCatalyst.spaces.flatMap((s) => big.data.codeCatalyst.devEnvironments(s.name as string)).find((e) => e.status === 'RUNNING') as CC.DevEnvironmentSummary;
      const sessions = big.data.codeCatalyst.sessions(env.spaceName as string, env.projectName as string, env.id as string);
      expect(sessions.length).toBeGreaterThan(5_000);
      const oldest = sessions.at(-1);
      const stop = await clients.codeCatalyst.send(new CC.StopDevEnvironmentSessionCommand({ spaceName: env.spaceName, projectName: env.projectName, id: env.id, sessionId: oldest?.id }));
      expect(stop.sessionId).toBe(oldest?.id);
    } finally {
      destroyClients(clients);
      await big.close();
    }
  });

  it('works with a handful of sessions, or none', async () => {
    for (const sessionsPerKind of [0, 3]) {
      const small = await startEmulator({ sessionsPerKind });
      const data = snapshot(small.data);
      await small.close();
      for (const kind of [data.remoteAccess, data.testGrid, data.streaming, data.devSessions]) expect(kind).toHaveLength(sessionsPerKind);
    }
  });

  it('rejects options out of range', async () => {
    await expect(startEmulator({ sessionsPerKind: -1 })).rejects.toThrow(RangeError);
    await expect(startEmulator({ port: 70_000 })).rejects.toThrow(RangeError);
    await expect(startEmulator({ pageSizes: { ListStudios: 0 } })).rejects.toThrow(/pageSizes.ListStudios/);
  });
});
