import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the example's operations, generated from the public API schema the gateway serves
 * (gateway/api-schema.graphql, written by `npm run supergraph:compose`). Run `npm run example:integrator:codegen`
 * after changing an operation; the generated files are committed, and a test fails when they are stale.
 */
const config: CodegenConfig = {
  schema: '../../gateway/api-schema.graphql',
  documents: ['src/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // plain ECMAScript modules that Node 24 runs directly (type stripping): `.ts` imports, no TypeScript enums
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, importExtension: '.ts', scalars: { JSON: 'unknown', Upload: 'never' } },
    },
  },
};
export default config;
