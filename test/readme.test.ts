// The README's example operations must stay valid against the schema the code builds.
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema.js';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  // SDL examples of other subgraphs are not operations against this schema.
  .filter((block) => !/^\s*(extend schema|type )/m.test(block));

describe('README examples', () => {
  it('has operations to check', () => expect(blocks.length).toBeGreaterThanOrEqual(5));

  it.each(blocks.map((block) => [block.split('\n')[0], block]))('%s… is valid', (_first, block) => {
    expect(validate(schema, parse(block)).map((e) => e.message)).toEqual([]);
  });
});
