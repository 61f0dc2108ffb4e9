// The README's example operations must stay valid against the schema the code builds, and must
// work: each one runs against the gateway and the emulator, its `…` placeholders filled in with
// real IDs from the README's own `Scopes` query, as the README tells a reader to do.
import { readFileSync } from 'node:fs';
import { GraphQLDeferDirective, GraphQLStreamDirective } from '@graphql-tools/utils';
import { GraphQLSchema, Kind, parse, print, validate, visit, type ArgumentNode, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.js';
import type { History } from '../src/history/index.js';
import { startHarness, type Harness } from './support/harness.js';
import { testHistory } from './support/historyStore.js';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  // SDL examples of other subgraphs are not operations against this schema.
  .filter((block) => !/^\s*(extend schema|type )/m.test(block));

/** Every operation of every block, as a document of its own (with the block's fragments). */
const operations = blocks.flatMap((block) => {
  const document = parse(block);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? block.split('\n')[0]!,
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as DocumentNode,
    }));
});

// The gateway serves @defer and @stream (yoga's defer-stream plugin adds them when it starts).
const served = new GraphQLSchema({ ...schema.toConfig(), directives: [...schema.getDirectives(), GraphQLDeferDirective, GraphQLStreamDirective] });

/**
 * Operations that answer as a stream (subscriptions, @defer/@stream) are validated only: they
 * are run over SSE by test/live.
 */
const streamed = (document: DocumentNode) =>
  print(document).includes('@stream') || print(document).includes('@defer') || document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription');

describe('README examples', () => {
  it('has operations to check', () => expect(blocks.length).toBeGreaterThanOrEqual(5));

  it.each(blocks.map((block) => [block.split('\n')[0], block]))('%s… is valid', (_first, block) => {
    expect(validate(served, parse(block)).map((e) => e.message)).toEqual([]);
  });
});

const PLACEHOLDER = '…';

interface Scopes {
  deviceFarmProjects: { arn: string }[];
  testGridProjects: { arn: string }[];
  studios: { studioId: string; streamingSessions: { edges: { node: { id: string; ownedBy: string } }[] } }[];
  codeCatalystSpaces: { name: string; devEnvironments: { devEnvironmentId: string; projectName: string; status: string }[] }[];
  running: { edges: { node: { id: string } }[] };
}

/** Real values for each placeholder, by `field.argument`, the way the README says to find them. */
function fillersFrom(scopes: Scopes): Record<string, (index: number) => string> {
  const studio = scopes.studios.find((s) => s.streamingSessions.edges.length >= 2)!;
  const sessions = studio.streamingSessions.edges.map((e) => e.node);
  const space = scopes.codeCatalystSpaces.find((s) => s.devEnvironments.some((d) => d.status === 'RUNNING'))!;
  const devEnvironment = space.devEnvironments.find((d) => d.status === 'RUNNING')!;
  return {
    'remoteAccessSessions.projectArn': () => scopes.deviceFarmProjects[0]!.arn,
    'testGridSessions.projectArn': () => scopes.testGridProjects[0]!.arn,
    'streamingSessions.studioId': () => studio.studioId,
    'streamingSessions.ownedBy': () => sessions[0]!.ownedBy,
    'devEnvironmentSessions.spaceName': () => space.name,
    'devEnvironmentSessions.projectName': () => devEnvironment.projectName,
    'devEnvironmentSessions.devEnvironmentId': () => devEnvironment.devEnvironmentId,
    'node.id': () => sessions[0]!.id,
    'nodes.ids': (index) => sessions[index]!.id,
    'stopSession.input.id': () => scopes.running.edges[0]!.node.id,
  };
}

/** The document with every placeholder string argument replaced by a real value. */
function fillIn(document: DocumentNode, fillers: Record<string, (index: number) => string>): DocumentNode {
  const fill = (key: string, value: ValueNode, index = 0): ValueNode => {
    if (value.kind === Kind.LIST) return { ...value, values: value.values.map((item, i) => fill(key, item, i)) };
    if (value.kind === Kind.OBJECT) return { ...value, fields: value.fields.map((f) => ({ ...f, value: fill(`${key}.${f.name.value}`, f.value) })) };
    if (value.kind !== Kind.STRING || !value.value.includes(PLACEHOLDER)) return value;
    const filler = fillers[key];
    if (!filler) throw new Error(`The README has a placeholder for ${key}; teach test/readme.test.ts where its value comes from.`);
    return { kind: Kind.STRING, value: filler(index) };
  };
  return visit(document, {
    Field: (field) =>
      field.arguments?.length
        ? { ...field, arguments: field.arguments.map((arg): ArgumentNode => ({ ...arg, value: fill(`${field.name.value}.${arg.name.value}`, arg.value) })) }
        : undefined,
  });
}

describe('README examples run against the emulator', () => {
  let h: Harness;
  let history: History;
  let fillers: Record<string, (index: number) => string>;
  beforeAll(async () => {
    // The history examples read the store, which the sweep fills.
    history = await testHistory();
    h = await startHarness({ gateway: { history } });
    await history.sweep();
    const scopes = operations.find((o) => o.name === 'Scopes');
    expect(scopes, 'the README has a `Scopes` query that the placeholders are filled from').toBeDefined();
    const res = await h.query<Scopes, never>(print(scopes!.document));
    expect(res.errors).toBeUndefined();
    fillers = fillersFrom(res.data!);
  }, 120_000);
  afterAll(async () => {
    await h.close();
    await history.close();
  });

  it.each(operations.filter((o) => !streamed(o.document)).map((o) => [o.name, o.document] as const))('%s returns data without errors', async (_name, document) => {
    const text = print(fillIn(document, fillers));
    expect(text).not.toContain(PLACEHOLDER);
    const res = await h.query<Record<string, unknown>, never>(text);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    // Every root field answered, none null: the filled-in IDs name real objects.
    for (const [field, value] of Object.entries(res.data ?? {})) expect(value, field).not.toBeNull();
    expect(Object.keys(res.data ?? {})).not.toHaveLength(0);
  });
});
