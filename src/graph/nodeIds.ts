import { isObjectType, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';
import { badInput } from '../errors.js';
import { decodeGlobalId } from './globalId.js';
import { quoteInput } from '../untrusted.js';

/** A decoded global ID must name a type that implements Node, or it is not one of ours. */
export function checkNodeIds(schema: GraphQLSchema, ids: ReadonlyArray<{ typename: string }>): void {
  for (const { typename } of ids) {
    const type = schema.getType(typename);
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) {
      throw badInput(`An ID names the type ${quoteInput(typename)}, which has no global IDs here; use the \`id\` of an object this gateway returned.`);
    }
  }
}

/**
 * Decodes one global ID, checks its type and parses its local ID with the type's own `id.parse`,
 * as Pothos does for `node(id:)`; throws BAD_USER_INPUT for a malformed one.
 */
export function parseNodeId(schema: GraphQLSchema, globalId: string, ctx: GatewayContext): { typename: string; id: unknown } {
  const decoded = decodeGlobalId(globalId);
  checkNodeIds(schema, [decoded]);
  const parse = schema.getType(decoded.typename)?.extensions.pothosParseGlobalID as ((id: string, ctx: GatewayContext) => unknown) | undefined;
  return { typename: decoded.typename, id: parse ? parse(decoded.id, ctx) : decoded.id };
}
