import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The browser bundle must not pull in build-time code (zod, node:fs) through the content folder.
const browserOnly = [
  {
    group: ['**/content/{schema,load,check,publish,edition,vitePlugin,dispatch,problems,slugify,heads,importDispatch,sitemap}', '**/content/testing/*'],
    message: 'Build-time content code must not reach the browser bundle.',
  },
  { group: ['zod', 'node:*'], message: 'Build-time only.' },
];

// A feature uses ui/, i18n/ and content/, never another feature's insides: app/ wires features together.
const noSiblingFeatures = { regex: '^\\.\\./[^.]', message: 'Features do not import each other; wire them in src/app/.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-test-content', 'dist-synthetic', 'node_modules', 'test-results', 'playwright-report', 'screenshots', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is rendered as text: never inject HTML.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/app/**', 'src/ui/**', 'src/i18n/**', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: browserOnly }] },
  },
  {
    files: ['src/features/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...browserOnly, noSiblingFeatures] }] },
  },
  {
    // Tests may assert that a fixture has the element they are about to change.
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright's fixtures type auto fixtures as void.
    files: ['e2e/fixtures.ts'],
    rules: { '@typescript-eslint/no-invalid-void-type': 'off' },
  },
  {
    // Tool configs are the exception: their tools look for a default export.
    files: ['*.config.{ts,js}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
