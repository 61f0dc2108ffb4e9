import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { decodeGlobalId } from '../src/graph/globalId.js';
import { schema } from '../src/schema.js';

describe('schema', () => {
  it('the committed generated files are current (run `npm run codegen` when this fails)', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(1);
    for (const { filename, content } of outputs) {
      expect({ filename, content: readFileSync(filename, 'utf8') }).toEqual({ filename, content });
    }
  }, 60_000);

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isScalarType(type) && !type.specifiedByURL && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('answers every node\'s id at once, not as a promise (a page of 100 sessions made hundreds)', () => {
    // Any field read off this record is "x": enough for every type's id to be computed.
    const record = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? 'x' : undefined) });
    const nodeTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'));
    expect(nodeTypes.length).toBeGreaterThanOrEqual(13);
    for (const type of nodeTypes) {
      const id = type.getFields().id?.resolve?.(record, {}, {}, {} as never);
      expect({ type: type.name, id: typeof id }).toEqual({ type: type.name, id: 'string' });
      expect(decodeGlobalId(id as string).typename).toBe(type.name);
    }
  });
});
