// Every type with a global ID is an Apollo Federation entity keyed by that ID, so other
// subgraphs can extend our objects and point at them with nothing but the IDs we hand out.
// `Session` is an entity interface: a subgraph can reference or extend any session through
// `Session @interfaceObject` without knowing its kind, because the ID carries the kind.
import { resolveNodes } from '@pothos/plugin-relay';
import { isInterfaceType, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { builder } from '../builder.js';
import type { GatewayContext } from '../context.js';
import { badInput } from '../errors.js';
import { MAX_QUOTED, quoteInput } from '../untrusted.js';
import { decodeGlobalId } from './globalId.js';
import { Session } from './Session.js';

interface Representation {
  __typename: string;
  id: string;
}

type ParseId = (id: string, ctx: GatewayContext) => unknown;

/**
 * Resolves a representation as `node` resolves an ID: decode it, check that it names the
 * representation's type (or, for `Session`, one of its kinds), parse the local ID with the
 * type's own `id.parse`, and load through the request's loaders. So a batch of references costs
 * what `nodes` costs, and a forged one is BAD_USER_INPUT. Async, so a failure belongs to its
 * representation alone instead of failing the whole `_entities` list.
 */
async function resolveByGlobalId(representation: Representation, ctx: GatewayContext, info: GraphQLResolveInfo) {
  const { __typename: entity, id } = representation;
  if (typeof id !== 'string') throw badInput(`A ${entity} representation needs the \`id\` this gateway returned.`);
  const decoded = decodeGlobalId(id);
  const expected = info.schema.getType(entity);
  const actual = info.schema.getType(decoded.typename);
  const fits = isObjectType(actual) && (actual === expected || (isInterfaceType(expected) && info.schema.isSubType(expected, actual)));
  if (!fits) throw badInput(`The ID names a ${decoded.typename.length > MAX_QUOTED ? `type name of ${decoded.typename.length} characters` : decoded.typename}, not a ${entity}; use the \`id\` of a ${entity} this gateway returned.`);
  const parse = actual.extensions.pothosParseGlobalID as ParseId | undefined;
  const [node] = await resolveNodes(builder, ctx, info, [{ typename: decoded.typename, id: parse ? parse(decoded.id, ctx) : decoded.id }]);
  return node ?? null;
}

const key = builder.selection<{ id: string }>('id');
// One resolver for every type: resolveNodes returns `unknown`, each type's loader its own shape.
const entity = { key, resolveReference: resolveByGlobalId as never };

builder.asEntity(Session, entity);

/** Makes every type a source lists in its graph's `entities` an entity keyed by `id`. */
export function registerEntities(refs: readonly unknown[]): void {
  for (const ref of refs) builder.asEntity(ref as typeof Session, entity);
}

/**
 * @apollo/subgraph fails the whole `_entities` list (masked, and logged as a server fault) when
 * one representation names no entity of ours. This answers that one item with BAD_USER_INPUT
 * and resolves the others, in the order of the representations.
 */
const quoteTypename = (name: unknown) => (typeof name === 'string' ? quoteInput(name) : JSON.stringify(name ?? null).slice(0, 64));

export function answerUnknownEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()!.getFields()._entities!;
  const resolve = field.resolve!;
  const typenameOf = (representation: unknown) => (representation as Partial<Representation> | null)?.__typename;
  const isEntity = (representation: unknown) => {
    const name = typenameOf(representation);
    const type = typeof name === 'string' ? schema.getType(name) : undefined;
    return Boolean((type?.extensions as { apollo?: { subgraph?: { resolveReference?: unknown } } } | undefined)?.apollo?.subgraph?.resolveReference);
  };
  field.resolve = async (root, args: { representations: unknown[] }, ctx, info) => {
    const resolved = (await resolve(root, { representations: args.representations.filter(isEntity) }, ctx, info)) as unknown[];
    let next = 0;
    return args.representations.map((representation) =>
      isEntity(representation)
        ? resolved[next++]
        : badInput(`A representation names ${quoteTypename(typenameOf(representation))}, which is not an entity of this subgraph.`),
    );
  };
  return schema;
}
