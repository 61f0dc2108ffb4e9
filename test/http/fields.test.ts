import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES, SESSION_KINDS } from '../../src/sources/registry.js';
import { getIntrospectionQuery } from 'graphql';
import { graphql } from '../gql/index.js';
import { startHarness, type Harness } from '../support/harness.js';
import { walkConnection } from './walk.js';

const AllFields = graphql(`
  query AllSessionFields($first: Int, $after: String) {
    sessions(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          __typename
          id
          kind
          phase
          createdAt
          startedAt
          endedAt
          ... on RemoteAccessSession {
            arn name created raStatus: status result message started stopped instanceArn billingMethod endpoint deviceUdid
            interactionMode skipAppResign appUpload
            device {
              arn name manufacturer model modelId formFactor platform os heapSize memory image carrier radio
              remoteAccessEnabled remoteDebugEnabled fleetType fleetName availability
              cpu { frequency architecture clock }
              resolution { width height }
              instances {
                arn deviceArn labels status udid
                instanceProfile { arn packageCleanup excludeAppPackagesFromCleanup rebootAfterUse name description }
              }
            }
            deviceMinutes { total metered unmetered }
            vpcConfig { securityGroupIds subnetIds vpcId }
            deviceProxy { host port }
            endpoints { remoteDriverEndpoint interactiveEndpoint }
          }
          ... on TestGridSession { arn tgStatus: status created ended billingMinutes seleniumProperties }
          ... on StreamingSession {
            streamingArn: arn sessionId studioId state statusCode statusMessage createdBy updatedAt updatedBy startedBy stoppedAt
            stoppedBy stopAt terminateAt launchProfileId streamingImageId ec2InstanceType ownedBy automaticTerminationMode
            backupMode maxBackupsToRetain sessionPersistenceMode startedFromBackupId volumeRetentionMode
            tags { key value }
            volumeConfiguration { size throughput iops }
          }
          ... on DevEnvironmentSession { sessionId spaceName projectName devEnvironmentId startedTime }
        }
      }
    }
  }
`);

let h: Harness;
let nodes: Array<Record<string, unknown>>;
beforeAll(async () => {
  h = await startHarness();
  ({ nodes } = await walkConnection<Record<string, unknown>>(async (after) => {
    const res = await h.query(AllFields, { first: 100, after });
    expect(res.errors).toBeUndefined();
    return res.data!.sessions! as never;
  }));
});
afterAll(() => h.close());

/** An AWS record as GraphQL serves it: ISO dates, tag maps as lists. */
function asServed(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(asServed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asServed(v)]));
  return value ?? null;
}

/** The node's AWS fields must equal the AWS record's, field for field, nested objects included. */
function expectSameFields(node: Record<string, unknown>, record: Record<string, unknown>, renamed: Record<string, string> = {}) {
  const gatewayOnly = new Set(['__typename', 'id', 'kind', 'phase', 'createdAt', 'startedAt', 'endedAt', 'studioId']);
  for (const [field, served] of Object.entries(node)) {
    if (gatewayOnly.has(field) && (!(field in record) || field === 'id')) continue;
    const awsName = renamed[field] ?? field;
    let expected = asServed(record[awsName]);
    if (awsName === 'tags' && expected) expected = Object.entries(expected as object).map(([key, value]) => ({ key, value }));
    if (expected && typeof expected === 'object' && !Array.isArray(expected) && served && typeof served === 'object') {
      // Only the fields the query selected are served.
      expect(served).toEqual(Object.fromEntries(Object.keys(served).map((k) => [k, (expected as Record<string, unknown>)[k] ?? null])));
    } else {
      expect({ field, value: served }).toEqual({ field, value: expected });
    }
  }
}

describe('field coverage', () => {
  it('serves every AWS field of every session as AWS returned it', () => {
    const { deviceFarm, nimble, codeCatalyst } = h.emulator.data;
    const byId = new Map<string, Record<string, unknown>>();
    for (const p of deviceFarm.projects) for (const s of deviceFarm.remoteAccessSessions(p.arn!)) byId.set(s.arn!, s as never);
    for (const p of deviceFarm.testGridProjects) for (const s of deviceFarm.testGridSessions(p.arn!)) byId.set(s.arn!, s as never);
    for (const st of nimble.studios) for (const s of nimble.streamingSessions(st.studioId!)) byId.set(s.sessionId!, s as never);
    for (const sp of codeCatalyst.spaces) {
      for (const d of codeCatalyst.devEnvironments(sp.name!)) {
        for (const s of codeCatalyst.sessions(sp.name!, d.projectName!, d.id!)) byId.set(s.id!, s as never);
      }
    }
    expect(nodes).toHaveLength(byId.size);
    for (const node of nodes) {
      const record = byId.get((node.arn ?? node.sessionId) as string)!;
      const renamed = { raStatus: 'status', tgStatus: 'status', streamingArn: 'arn', ...(node.__typename === 'DevEnvironmentSession' ? { sessionId: 'id' } : {}) };
      expectSameFields(node, record, renamed);
    }
  });

  it('serves every value of every enum somewhere in the seed', async () => {
    const seen = new Map<string, Set<unknown>>();
    const enumOfField: Record<string, string> = {};
    const { data } = await h.query<any, any>(getIntrospectionQuery());
    const types = data.__schema.types as Array<{ name: string; kind: string; fields?: any[]; enumValues?: Array<{ name: string }> }>;
    for (const t of types.filter((t) => t.kind === 'OBJECT')) {
      for (const f of t.fields ?? []) {
        let type = f.type;
        while (type.ofType) type = type.ofType;
        if (type.kind === 'ENUM') enumOfField[`${t.name}.${f.name}`] = type.name;
      }
    }
    const visit = (typename: string, value: Record<string, unknown>) => {
      for (const [field, v] of Object.entries(value)) {
        const name = { raStatus: 'status', tgStatus: 'status' }[field] ?? field;
        const enumName = enumOfField[`${typename}.${name}`];
        if (enumName && v !== null) seen.set(enumName, (seen.get(enumName) ?? new Set()).add(v));
      }
    };
    const nested: Record<string, string> = { device: 'DeviceFarmDevice', instances: 'DeviceFarmDeviceInstance' };
    const walk = (typename: string, value: Record<string, unknown>) => {
      visit(typename, value);
      for (const [field, child] of Object.entries(value)) {
        const childType = nested[field];
        if (!childType || !child) continue;
        for (const item of Array.isArray(child) ? child : [child]) walk(childType, item as Record<string, unknown>);
      }
    };
    for (const node of nodes) walk(node.__typename as string, node);
    // The enums of the session types served here (opt-in sources are tested on their own).
    const served = new Set(nodes.map((n) => n.__typename as string));
    const servedKinds = new Set(SESSION_KINDS.filter((k) => DEFAULT_SOURCES.includes(k.source)).map((k) => k.kind as string));
    const sessionEnums = new Set(Object.entries(enumOfField).filter(([k]) => (/Session\./.test(k) && served.has(k.split('.')[0]!)) || /DeviceFarmDevice/.test(k)).map(([, e]) => e));
    for (const enumName of sessionEnums) {
      const values = types.find((t) => t.name === enumName)!.enumValues!.map((v) => v.name).filter((v) => enumName !== 'SessionKind' || servedKinds.has(v));
      expect({ enumName, values: [...(seen.get(enumName) ?? [])].sort() }).toEqual({ enumName, values: [...values].sort() });
    }
  });
});
