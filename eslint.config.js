// Flat ESLint config: typescript-eslint + Nx module boundaries (scope and type tags) at error level.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const onlyShared = ['scope:shared'];
export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.nx/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
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
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:util'] },
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
            { sourceTag: 'scope:surveys', onlyDependOnLibsWithTags: [...onlyShared, 'scope:surveys', 'scope:frameworks'] },
            {
              sourceTag: 'scope:ranking',
              onlyDependOnLibsWithTags: [...onlyShared, 'scope:ranking', 'scope:frameworks', 'scope:assessments', 'scope:scoring'],
            },
            {
              sourceTag: 'scope:reporting',
              onlyDependOnLibsWithTags: [...onlyShared, 'scope:reporting', 'scope:frameworks', 'scope:assessments', 'scope:scoring'],
            },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: onlyShared },
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
];
