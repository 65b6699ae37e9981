// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'apps/web/dist/**', 'node_modules/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // the FEC format forbids control characters and combining marks: its checks name them
    files: ['libs/exports/src/fec/**'],
    rules: { 'no-control-regex': 'off', 'no-misleading-character-class': 'off' },
  },
  {
    // SQL lives in repositories, with typed rows: docs/design.md, "Where SQL lives"
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.spec.ts',
      'libs/database/**', // the helpers themselves, the migrator, COPY streams, idempotency keys
      'libs/audit/src/audit.service.ts', // the audit log's writer is its repository
      'libs/jobs/src/outbox-relay.ts', // LISTEN on its own connection
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: 'SQL goes in a repository (*.repository.ts) with typed rows: docs/design.md, "Where SQL lives".',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@socius/database',
              importNames: ['rows', 'firstRow', 'run'],
              message: 'SQL goes in a repository (*.repository.ts): docs/design.md, "Where SQL lives".',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.mjs', '**/*.cjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module', globals: globals.node } },
);
