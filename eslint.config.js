import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// Which code may use which, checked on resolved paths (so "the long way round" is caught too):
//   app → features → shared code (shared/, ui/, i18n/, content-api/), one way only;
//   a feature never uses another feature, but for reading-place (keeping the reader's place, which
//   the story's blocks, its reading modes and the language switch all need), which uses none;
//   nothing that ships to the browser uses the build side; the inline scripts (src/early/) are
//   entries: nothing uses them.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SHARED = ['./src/shared', './src/ui', './src/i18n', './src/content-api'];
/** The one feature other features may use. */
const READING_PLACE = 'reading-place';

const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: feature === READING_PLACE ? [`./${feature}`] : [`./${feature}`, `./${READING_PLACE}`],
    message: 'Features do not use each other (reading-place aside): wire them in src/app/, or share what both need.',
  })),
  { target: './src/features', from: './src/app', message: 'Features do not use the app: the app uses features.' },
  {
    target: SHARED,
    from: ['./src/features', './src/app'],
    message: 'Shared code is used by features and the app, never the other way round.',
  },
  {
    target: ['./src/features', './src/app', ...SHARED],
    from: './src/early',
    message: 'The inline scripts (src/early/) are entries of their own: nothing imports them.',
  },
  {
    target: './src',
    from: ['./pipeline', './scripts', './e2e', './content'],
    message: 'Browser code never uses the build side, scripts, tests or raw content.',
  },
];

// pipeline/ runs one way, in the order the data flows through a build: a stage uses the stages
// before it, never one after it. wire/ turns wire copy into content, so it uses content/ alone and no
// stage uses it; testing/ (the tests' editions and helpers) is used by tests only.
const STAGES = ['content', 'edition', 'bundle', 'output', 'deploy'];
const stage = (name) => `./pipeline/${name}`;

const pipelineBoundaries = [
  ...STAGES.slice(0, -1).map((name, at) => ({
    target: stage(name),
    from: STAGES.slice(at + 1).map(stage),
    message: `pipeline/ runs one way (${STAGES.join(' → ')}): ${name}/ never uses a later stage.`,
  })),
  {
    target: STAGES.map(stage),
    from: stage('wire'),
    message: 'wire/ writes content; the stages read the content, never the import.',
  },
  {
    target: stage('wire'),
    from: STAGES.slice(1).map(stage),
    message: 'wire/ writes content, checked by content/: it needs no later stage.',
  },
  {
    target: [...STAGES, 'wire'].map(stage),
    from: stage('testing'),
    message: 'testing/ serves the tests: the build never uses it.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'screenshots', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // A file a newcomer reads in one sitting: split one that grows past this by what it holds.
      'max-lines': ['error', { max: 250 }],
      // Prettier's width; what it cannot break (a string, a template, a regular expression) is left whole.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is rendered as text: never inject HTML.',
        },
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zod', 'node:*'], message: 'Build-time only: the browser bundle never carries it.' }] },
      ],
    },
  },
  {
    files: ['pipeline/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: pipelineBoundaries }] },
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
