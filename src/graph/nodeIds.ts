import { isObjectType, type GraphQLSchema } from 'graphql';
import { badInput } from '../errors.js';
import { quoteInput } from './security/untrusted.js';

/** A decoded global ID must name a type that implements Node, or it is not one of ours. */
export function checkNodeIds(schema: GraphQLSchema, ids: ReadonlyArray<{ typename: string }>): void {
  for (const { typename } of ids) {
    const type = schema.getType(typename);
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) {
      throw badInput(`An ID names the type ${quoteInput(typename)}, which has no global IDs here; use the \`id\` of an object this gateway returned.`);
    }
  }
}
