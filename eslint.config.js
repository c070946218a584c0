import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The walls of the house, as docs/ARCHITECTURE.md draws them. Each room is a folder; each line
// of `mayUse` says what a room may import. Anything not listed is an error, including a file in
// src/ importing something outside the rooms (checkUnknownLocals). Imports inside one room (one
// feature, one folder) are free. tests/unit/walls.test.ts plants a forbidden import for every
// line and proves lint refuses it.
const rooms = {
  app: 'src/app',
  feature: 'src/features/*',
  components: 'src/components',
  lib: 'src/lib',
  content: 'src/content',
  styles: 'src/styles',
  scripts: 'scripts',
  server: 'server',
};

// Parts of a room that another room may reach into.
const siteSettings = { element: { type: 'content' }, file: { categories: 'site-settings' } };
const contentTypes = { element: { type: 'content' }, dependency: { kind: ['type', 'typeof'] } };
const serverEntry = { element: { type: 'app' }, file: { categories: 'server-entry' } };
const room = (type) => ({ element: { type } });

const mayUse = {
  // Routes, pages, the shell and the entries compose everything in src/ (never server/).
  app: ['app', 'feature', 'components', 'lib', 'content', 'styles'].map(room),
  // A feature never uses another feature or app; from content only types and the site settings.
  feature: [room('components'), room('lib'), contentTypes, siteSettings],
  // Shared UI: DateTime and PageMeta read the newsroom's zone, locale, name and origin.
  components: [room('lib'), contentTypes, siteSettings],
  // Pure helpers: nothing of src.
  lib: [],
  content: [room('lib')],
  // Build-time tools: the content, the helpers and the prerender's entry, never a feature.
  scripts: [room('content'), room('lib'), serverEntry],
  // The sign-up service shares the content and the helpers; nothing in src/ imports it.
  server: [room('content'), room('lib')],
};

const wallPolicies = [
  ...Object.entries(mayUse).map(([type, targets]) => ({
    from: room(type),
    allow: targets.map(({ dependency, ...to }) => (dependency ? { to, dependency } : { to })),
  })),
  // Last, so it overrides every allow above: content is the one room that reads JSON.
  {
    from: { element: { type: '!content' } },
    disallow: { to: { file: { categories: 'json' } } },
    message: 'Only src/content reads JSON.',
  },
];

const walls = {
  files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'server/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/root-path': import.meta.dirname,
    'boundaries/elements': Object.entries(rooms).map(([type, pattern]) => ({
      type,
      pattern,
      partialMatch: false,
    })),
    'boundaries/files': [
      { category: 'site-settings', pattern: 'src/content/site.ts' },
      { category: 'server-entry', pattern: 'src/app/entry-server.tsx' },
      { category: 'json', pattern: '**/*.json' },
    ],
    'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export', 'require'],
    // `typeof import('…')` in a type is a dependency too.
    'boundaries/additional-dependency-nodes': [
      { selector: 'TSImportType > Literal', kind: 'typeof', name: 'import-type' },
    ],
    // TypeScript's own resolution (tsconfig.json): `./x.js` may name x.ts, as in Node's ESM.
    'import/resolver': { typescript: { project: 'tsconfig.json' } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      { default: 'disallow', checkUnknownLocals: true, policies: wallPolicies },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-hostile',
      'dist-server',
      'var',
      'node_modules',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
  },
  reactHooks.configs.flat['recommended-latest'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Loaders throw react-router's 404 and redirect responses, as the router expects.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
    },
  },
  walls,
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
