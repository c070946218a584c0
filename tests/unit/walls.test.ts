// @vitest-environment node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The walls of the house (eslint.config.js, drawn in docs/ARCHITECTURE.md), proved: a forbidden
// import is planted in a file inside the real tree and linted with the project's own config,
// and lint must refuse it, naming that file. The planted files exist only in memory, so the
// type-aware rules (which need a file on disk) are off here; the walls do not depend on them.

const root = process.cwd();
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  });
  // The first file loads the config, the plugins and the resolver: seconds on a busy machine.
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'src/lib/warm-up.ts') });
}, 60_000);

async function lint(file: string, code: string) {
  const results = await eslint.lintText(code, { filePath: path.join(root, file) });
  const formatter = await eslint.loadFormatter('stylish');
  return { messages: results.flatMap((r) => r.messages), report: await formatter.format(results) };
}

// [what the wall forbids, planted file, its code]; every import is on line 1.
const forbidden: [string, string, string][] = [
  // A feature never uses another feature or app; from content only types and the site settings.
  [
    'a feature using another feature',
    'src/features/story/Planted.ts',
    "import { saveStory } from '../saved/savedStore';\nexport const used = saveStory;\n",
  ],
  [
    'a feature loading another feature lazily',
    'src/features/story/Planted.ts',
    "export const load = () => import('../saved/SaveButton');\n",
  ],
  [
    'a feature passing another feature on',
    'src/features/story/Planted.ts',
    "export { saveStory } from '../saved/savedStore';\n",
  ],
  [
    'a feature naming an app module by its .js name',
    'src/features/subscribe/Planted.ts',
    "import { routes } from '../../app/routes.js';\nexport const used = routes;\n",
  ],
  [
    'a feature using app',
    'src/features/subscribe/Planted.ts',
    "import { routes } from '../../app/routes';\nexport const used = routes;\n",
  ],
  [
    'a feature using the type of an app module',
    'src/features/subscribe/Planted.ts',
    "export type Loaders = typeof import('../../app/loaders');\n",
  ],
  [
    'a feature using content code other than the site settings',
    'src/features/search/Planted.ts',
    "import { dataPaths } from '../../content/payloads';\nexport const used = dataPaths;\n",
  ],
  [
    'a feature reading JSON',
    'src/features/search/Planted.ts',
    "import siteJson from '../../content/site.json';\nexport const used = siteJson;\n",
  ],
  [
    'a feature using a build script',
    'src/features/search/Planted.ts',
    "import { sitePages } from '../../../scripts/sitePages';\nexport const used = sitePages;\n",
  ],
  // Components may use lib, content types and the site settings, never a feature or app.
  [
    'a component using a feature',
    'src/components/Planted.ts',
    "import { saveStory } from '../features/saved/savedStore';\nexport const used = saveStory;\n",
  ],
  [
    'a component using app',
    'src/components/Planted.ts',
    "import { routes } from '../app/routes';\nexport const used = routes;\n",
  ],
  [
    'a component using content code',
    'src/components/Planted.ts',
    "import { dataPaths } from '../content/payloads';\nexport const used = dataPaths;\n",
  ],
  // lib uses nothing of src.
  [
    'lib using content, even a type',
    'src/lib/planted.ts',
    "import type { Story } from '../content/schema';\nexport type Used = Story;\n",
  ],
  [
    'lib using the site settings',
    'src/lib/planted.ts',
    "import { site } from '../content/site';\nexport const used = site;\n",
  ],
  [
    'lib using a component',
    'src/lib/planted.ts',
    "import { Pagination } from '../components/Pagination';\nexport const used = Pagination;\n",
  ],
  [
    'lib using a feature',
    'src/lib/planted.ts',
    "import { formatPrice } from '../features/subscribe/formatPrice';\nexport const used = formatPrice;\n",
  ],
  [
    'lib using app',
    'src/lib/planted.ts',
    "import { routes } from '../app/routes';\nexport const used = routes;\n",
  ],
  [
    'lib reaching outside the rooms of src',
    'src/lib/planted.ts',
    "import { ports } from '../../tests/e2e/ports';\nexport const used = ports;\n",
  ],
  // content uses lib only.
  [
    'content using app',
    'src/content/planted.ts',
    "import { routes } from '../app/routes';\nexport const used = routes;\n",
  ],
  [
    'content using a feature',
    'src/content/planted.ts',
    "import { formatPrice } from '../features/subscribe/formatPrice';\nexport const used = formatPrice;\n",
  ],
  [
    'content using a component',
    'src/content/planted.ts',
    "import { Pagination } from '../components/Pagination';\nexport const used = Pagination;\n",
  ],
  // Only src/content reads JSON; app may use everything else.
  [
    'app reading JSON',
    'src/app/planted.ts',
    "import siteJson from '../content/site.json';\nexport const used = siteJson;\n",
  ],
  // Scripts may use content, lib and the server entry, never a feature.
  [
    'a script using a feature',
    'scripts/planted.ts',
    "import { saveStory } from '../src/features/saved/savedStore';\nexport const used = saveStory;\n",
  ],
  [
    'a script using app beyond the server entry',
    'scripts/planted.ts',
    "import { routes } from '../src/app/routes';\nexport const used = routes;\n",
  ],
  [
    'a script using a component',
    'scripts/planted.ts',
    "import { Pagination } from '../src/components/Pagination';\nexport const used = Pagination;\n",
  ],
  // The sign-up service may use src/content and src/lib only; nothing in src imports it.
  [
    'the sign-up service using app',
    'server/planted.ts',
    "import { routes } from '../src/app/routes';\nexport const used = routes;\n",
  ],
  [
    'the sign-up service using a feature',
    'server/planted.ts',
    "import { validateEmail } from '../src/features/newsletter/validateEmail';\nexport const used = validateEmail;\n",
  ],
  [
    'the sign-up service using a build script',
    'server/planted.ts',
    "import { sitePages } from '../scripts/sitePages';\nexport const used = sitePages;\n",
  ],
  [
    'app using the sign-up service',
    'src/app/planted.ts',
    "import { start } from '../../server/server';\nexport const used = start;\n",
  ],
  [
    'a feature using the sign-up service',
    'src/features/newsletter/Planted.ts',
    "import { start } from '../../../server/server';\nexport const used = start;\n",
  ],
  [
    'content using the sign-up service',
    'src/content/planted.ts',
    "import { start } from '../../server/server';\nexport const used = start;\n",
  ],
];

const allowed: [string, string, string][] = [
  [
    'app using a feature',
    'src/app/planted.ts',
    "import { saveStory } from '../features/saved/savedStore';\nexport const used = saveStory;\n",
  ],
  [
    'app loading a feature lazily',
    'src/app/planted.ts',
    "export const load = () => import('../features/saved/SaveButton');\n",
  ],
  [
    'app using components, lib, content and its own modules',
    'src/app/planted.ts',
    [
      "import { Pagination } from '../components/Pagination';",
      "import { dataPaths } from '../content/payloads';",
      "import { storyPath } from '../lib/urls';",
      "import { routes } from './routes';",
      'export const used = [Pagination, dataPaths, storyPath, routes];',
      '',
    ].join('\n'),
  ],
  [
    'a feature using components, lib, content types, the site settings and its own modules',
    'src/features/story/Planted.ts',
    [
      "import { Picture } from '../../components/Picture';",
      "import type { StoryPayload } from '../../content/payloads';",
      "import { site } from '../../content/site';",
      "import { authorName } from '../../lib/authorName';",
      "import { Byline } from './Byline';",
      'export const used = [Picture, site, authorName, Byline];',
      "export type Used = StoryPayload['story'];",
      '',
    ].join('\n'),
  ],
  [
    'a component using lib, content types and the site settings',
    'src/components/Planted.ts',
    [
      "import type { Image } from '../content/schema';",
      "import { site } from '../content/site';",
      "import { formatDate } from '../lib/formatDate';",
      'export const used = [site, formatDate];',
      'export type Used = Image;',
      '',
    ].join('\n'),
  ],
  [
    'a script naming its neighbour by its .js name, as Node’s ESM does',
    'scripts/planted.ts',
    "import { sitePages } from './sitePages.js';\nexport const used = sitePages;\n",
  ],
  [
    'content using lib',
    'src/content/planted.ts',
    "import { storyPath } from '../lib/urls';\nexport const used = storyPath;\n",
  ],
  [
    'a script using content, lib and the server entry',
    'scripts/planted.ts',
    [
      "import { readContent } from '../src/content/read';",
      "import { storyPath } from '../src/lib/urls';",
      "import { renderPage } from '../src/app/entry-server';",
      "import { sitePages } from './sitePages';",
      "export type Server = typeof import('../src/app/entry-server');",
      'export const used = [readContent, storyPath, renderPage, sitePages];',
      '',
    ].join('\n'),
  ],
  [
    'the sign-up service using content and lib',
    'server/planted.ts',
    [
      "import { site } from '../src/content/site';",
      "import { today } from '../src/lib/today';",
      'export const used = [site, today];',
      '',
    ].join('\n'),
  ],
];

describe('the walls of the house', () => {
  it('plants only files that do not exist', () => {
    const planted = [...forbidden, ...allowed].map(([, file]) => file);
    for (const file of [...planted, 'src/lib/warm-up.ts']) expect(existsSync(file)).toBe(false);
  });

  it.each(forbidden)('lint refuses %s, naming the file', async (_rule, file, code) => {
    const { messages, report } = await lint(file, code);
    expect(messages).toContainEqual(
      expect.objectContaining({ ruleId: 'boundaries/dependencies', severity: 2, line: 1 }),
    );
    expect(report).toContain(path.join(root, file));
    expect(report).toContain('boundaries/dependencies');
  });

  it('says why JSON is refused outside src/content', async () => {
    const { messages } = await lint(
      'src/app/planted.ts',
      "import siteJson from '../content/site.json';\nexport const used = siteJson;\n",
    );
    expect(messages.map((m) => m.message)).toContain('Only src/content reads JSON.');
  });

  it.each(allowed)('lint accepts %s', async (_rule, file, code) => {
    const { messages } = await lint(file, code);
    expect(messages).toEqual([]);
  });
});
