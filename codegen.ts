import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/schema.js';

// Writes the committed SDL. test/schema.test.ts runs this same config in memory and fails when
// the committed files differ, so run `npm run codegen` after changing the schema.
const config: CodegenConfig = {
  schema: printSchema(schema),
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true, sort: true },
    },
  },
};

export default config;
