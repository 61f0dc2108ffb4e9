import { printSubgraphSchema } from '@apollo/subgraph';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema, subgraphSchema } from './src/schema.js';

// Writes the committed SDL and the typed documents the tests use. test/schema.test.ts runs this
// same config in memory and fails when a committed file differs: run `npm run codegen` after
// changing the schema or a test's documents.
const config: CodegenConfig = {
  schema: printSchema(schema),
  documents: ['test/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true, sort: true },
    },
    // The SDL `_service { sdl }` serves, federation directives included: the file to publish to
    // a schema registry or hand to `rover supergraph compose`.
    'schema/subgraph.graphql': {
      plugins: [{ add: { content: `${printSubgraphSchema(subgraphSchema)}\n` } }],
    },
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default config;
