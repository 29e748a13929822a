import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The boundaries of ARCHITECTURE (see README, Development), as import rules. Each file group gets one
// `no-restricted-imports` setting: ESLint replaces a rule's options per file rather than merging them.
const ACTIONS_ONLY_IN_KIT = {
  group: ['@actions/*'],
  message: 'Only packages/action-kit speaks the runner protocol: use its exports instead of @actions/*.',
};
const INTO_TEST_OR_ACTIONS = {
  regex: '^(\\.\\./)+(test|actions)/',
  message: 'Nothing in packages/ imports from test/ or actions/: move what both need into a package.',
};
// Tests beside a package may use the shared test support, never another test's helpers or an action.
const TEST_INTO_ACTIONS_OR_HELPERS = {
  regex: '^(\\.\\./)+(actions/|test/(?!support/|fixtures/))',
  message: 'A package test may import test/support and test/fixtures only.',
};
const crossPackage = (up) => ({
  regex: `^${'\\.\\./'.repeat(up)}[^./][^/]*/(?!index\\.js$)`,
  message: 'Packages import each other only through their index.ts: export what you need from it.',
});
const CLIENT_NOT_INDEX = {
  regex: '^(\\.\\./)+local-index/',
  message: 'The index client (packages/pypi) never imports the embedded index.',
};
const ACTION_INTO_PACKAGE_INTERNALS = {
  regex: '^(\\.\\./)+packages/[^/]+/(?!index\\.js$)',
  message: 'Actions import packages only through their index.ts: export what you need from it.',
};
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/fixtures/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['packages/*/*.ts'],
    rules: { 'no-restricted-imports': restrict(ACTIONS_ONLY_IN_KIT, INTO_TEST_OR_ACTIONS, crossPackage(1)) },
  },
  {
    files: ['packages/*/*/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(ACTIONS_ONLY_IN_KIT, INTO_TEST_OR_ACTIONS, crossPackage(2)) },
  },
  {
    files: ['packages/pypi/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ACTIONS_ONLY_IN_KIT,
        INTO_TEST_OR_ACTIONS,
        crossPackage(1),
        CLIENT_NOT_INDEX,
      ),
    },
  },
  {
    // The rehearsal reads workflows with GitHub's own parser and expression engine (not the runner protocol).
    files: ['packages/rehearsal/workflow.ts', 'packages/rehearsal/expressions.ts'],
    rules: {
      'no-restricted-imports': restrict(
        {
          ...ACTIONS_ONLY_IN_KIT,
          group: ['@actions/*', '!@actions/workflow-parser', '!@actions/expressions'],
        },
        INTO_TEST_OR_ACTIONS,
        crossPackage(1),
      ),
    },
  },
  {
    files: ['packages/action-kit/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(INTO_TEST_OR_ACTIONS, crossPackage(1)) },
  },
  {
    files: ['packages/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(TEST_INTO_ACTIONS_OR_HELPERS, crossPackage(1)) },
  },
  {
    files: ['actions/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(ACTIONS_ONLY_IN_KIT, ACTION_INTO_PACKAGE_INTERNALS) },
  },
  {
    // Small functions: one job each, readable on a screen.
    files: ['packages/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, IIFEs: true }] },
  },
);
