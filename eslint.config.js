// Flat ESLint config: typescript-eslint + Nx module boundaries (scope and type tags) at error level.
// Boundaries (docs/CONVENTIONS.md "Boundaries"): tags decide which projects may import which, pure kinds
// (type:domain, type:contracts, type:util) may not import frameworks, I/O clients or Node builtins, no import
// cycles between projects, functions at most 80 lines. Proven by tools/lint-rules/lint-rules.int.spec.ts.
import { builtinModules } from 'node:module';
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The boundary rule reads Nx's cached project graph and, when there is none, prints a warning and checks
// nothing. Build (or refresh) the graph here so `eslint .` is never silently unchecked: no graph, no lint.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
let projectGraph;
try {
  projectGraph = await createProjectGraphAsync({ exitOnError: false });
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  throw new Error(`eslint.config.js: no Nx project graph, so module boundaries cannot be checked: ${reason}`, { cause: error });
}
if (Object.keys(projectGraph.nodes).length === 0) throw new Error('eslint.config.js: the Nx project graph has no projects');

/** `<root>/**` of every project carrying the tag (from project.json `tags`), so rules follow projects when they move. */
const filesOfProjectsTagged = (...tags) =>
  Object.values(projectGraph.nodes)
    .filter((node) => tags.some((tag) => node.data.tags?.includes(tag)))
    .map((node) => `${node.data.root}/**/*.ts`);

const pureTags = ['type:domain', 'type:contracts', 'type:util'];
// npm packages a pure project may not import (matched by the Nx rule against the project graph's npm nodes)
const bannedInPure = [
  '@nestjs/*',
  '@apollo/*',
  'express',
  'graphql',
  'pg',
  '@electric-sql/pglite',
  '@platformatic/kafka',
  'kafkajs',
  'jose',
  'prom-client',
  'umzug',
];
// npm packages the browser console (type:web) may not import: everything server-side
const bannedInWeb = [
  ...bannedInPure,
  'oidc-provider',
  'exceljs',
  'docx',
  '@resvg/*',
  '@graphql-hive/*',
  'graphql-upload-minimal',
  'file-type',
];
// Node builtins are not graph nodes, so the Nx rule cannot ban them: a restricted-imports rule does, on the
// files of the pure projects (the typescript-eslint copy of the rule, so it does not replace the context rules below)
const noNodeBuiltins = {
  paths: builtinModules.map((name) => ({ name, message: 'Pure code (domain/contracts/util) does no I/O: inject what you need.' })),
  patterns: [{ group: ['node:*'], message: 'Pure code (domain/contracts/util) does no I/O: inject what you need.' }],
};

// Functions longer than this many lines are an error in libs/ and services/ (tests and testing helpers excepted).
const maxFunctionLines = 80;
// Exceptions, by file: each with the reason it may stay long for now. Keep this list short.
// By file name under libs/ (`libs/**/<file>.ts`), so an entry survives its file moving to another library.
const longFunctionExceptions = [
  'libs/**/event-store/**/migrations.ts', // eventStoreMigrations: the SQL text of each migration, data more than logic
];

const onlyShared = ['scope:shared'];
export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.nx/**', '**/*.js', '**/*.mjs', 'examples/integrator/src/gql/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // by kind: pure code stays pure, contracts depend on nothing, apps on anything
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: bannedInPure },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: bannedInPure },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'],
              bannedExternalImports: bannedInPure,
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util'] },
            // the web console runs in the browser: pure, browser-safe libraries only, no server packages
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'], bannedExternalImports: bannedInWeb },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util'],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util'],
            },
            {
              sourceTag: 'type:composition',
              onlyDependOnLibsWithTags: ['type:service', 'type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:composition',
                'type:service',
                'type:feature',
                'type:domain',
                'type:data-access',
                'type:contracts',
                'type:util',
              ],
            },
            // by bounded context: a context reads another only through its published contracts (and the catalog of them)
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: onlyShared },
            { sourceTag: 'scope:scoring', onlyDependOnLibsWithTags: [...onlyShared, 'scope:scoring'] },
            { sourceTag: 'scope:frameworks', onlyDependOnLibsWithTags: [...onlyShared, 'scope:frameworks', 'scope:scoring'] },
            {
              sourceTag: 'scope:assessments',
              onlyDependOnLibsWithTags: [...onlyShared, 'scope:assessments', 'scope:frameworks', 'scope:scoring'],
            },
            { sourceTag: 'scope:surveys', onlyDependOnLibsWithTags: [...onlyShared, 'scope:surveys', 'scope:frameworks', 'scope:scoring'] },
            {
              sourceTag: 'scope:ranking',
              onlyDependOnLibsWithTags: [
                ...onlyShared,
                'scope:ranking',
                'scope:frameworks',
                'scope:assessments',
                'scope:scoring',
                'scope:surveys',
              ],
            },
            {
              sourceTag: 'scope:reporting',
              onlyDependOnLibsWithTags: [
                ...onlyShared,
                'scope:reporting',
                'scope:frameworks',
                'scope:assessments',
                'scope:scoring',
                'scope:surveys',
                'scope:ranking',
              ],
            },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: onlyShared },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: onlyShared },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    // services and apps may import only other projects' contracts/domain from the "assessments must not
    // import frameworks' internals" angle: assessments may read frameworks' contracts and catalog, not its domain
    files: [
      'services/assessments/**/*.ts',
      'libs/assessments/**/*.ts',
      'services/surveys/**/*.ts',
      'services/ranking/**/*.ts',
      'services/reporting/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@par/frameworks-domain',
              message: 'Read the frameworks context through @par/frameworks-contracts / @par/frameworks-catalog.',
            },
            { name: '@par/assessments-domain', message: 'Outside assessments, use @par/assessments-contracts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['services/assessments/**/*.ts', 'libs/assessments/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@par/frameworks-domain',
              message: 'Read the frameworks context through @par/frameworks-contracts / @par/frameworks-catalog.',
            },
          ],
        },
      ],
    },
  },
  {
    // the integrator example stands for a system outside the platform: it reads only the published API and events
    files: ['examples/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@par/*'], message: 'An integration uses only the published API and events, not platform code.' }] },
      ],
    },
  },
  // (an empty `files` would be a config error, so the block is left out in a workspace without pure projects)
  ...[filesOfProjectsTagged(...pureTags)]
    .filter((files) => files.length > 0)
    .map((files) => ({
      files,
      ignores: ['**/*.spec.ts', '**/testing/**', '**/testing.ts'],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', noNodeBuiltins] },
    })),
  {
    // the console's sources run in the browser: no Node builtins (its vite.config.ts runs in Node and is outside src/)
    files: ['apps/console/src/**/*.ts', 'apps/console/src/**/*.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', noNodeBuiltins] },
  },
  {
    files: ['libs/**/*.ts', 'services/**/*.ts', 'apps/console/src/**/*.ts', 'apps/console/src/**/*.tsx'],
    ignores: ['**/*.spec.ts', '**/testing/**', '**/testing.ts', ...longFunctionExceptions],
    rules: { 'max-lines-per-function': ['error', { max: maxFunctionLines, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
];
