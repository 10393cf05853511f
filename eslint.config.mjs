// Lint for the plugin (Node), its theme (React) and the tests.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'lib/**',
      'node_modules/**',
      'bench/.sites/**',
      'example-site/build/**',
      'example-site/.docusaurus/**',
      'tests/fixtures/**/build/**',
      'tests/fixtures/**/.docusaurus/**',
      'tests/.tmp/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports', disallowTypeAnnotations: false}],
    },
  },
  {
    // Small pieces: a function that does not fit on a screen is two functions.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.d.ts'],
    rules: {
      'max-lines-per-function': ['error', {max: 80, skipBlankLines: true, skipComments: true}],
      'max-lines': ['error', {max: 300, skipBlankLines: true, skipComments: true}],
    },
  },
  {
    files: ['src/theme/**/*.tsx', 'tests/**/*.tsx'],
    languageOptions: {globals: {...globals.browser}},
    plugins: {'react-hooks': reactHooks, 'jsx-a11y': jsxA11y},
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrolling region must be focusable so keyboard users can scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', {roles: ['region'], tags: []}],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
);
