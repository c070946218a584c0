import type { Page, Route } from '@playwright/test';
import { expect, hydrated, sampleStory, sampleHeadline, test } from './fixtures';
import { layoutShifts, recordLayoutShifts } from './layoutShifts';

// HTML first: a page paints from its HTML, CSS and lead image alone; the app's JavaScript is
// requested only after that, and whatever the reader does in the meantime is kept.

const pageTypes = [
  { name: 'story', path: sampleStory },
  { name: 'front page', path: '/' },
  { name: 'section', path: '/world' },
  { name: 'search', path: '/search' },
  { name: 'search results', path: '/search?q=moscow' },
  { name: 'subscribe', path: '/subscribe?placement=header' },
  { name: 'saved', path: '/saved' },
  { name: 'not found', path: '/no-such-page' },
];

/** Waits until the page has loaded everything it loads by itself, with no input. */
async function settled(page: Page) {
  await hydrated(page);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.waitForLoadState('networkidle');
}

/** Holds back the app's entry script until `release` is called. */
async function holdApp(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const requested = page.waitForRequest(/\/assets\/index-[^/]+\.js$/);
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release, requested };
}

for (const { name, path } of pageTypes.slice(0, 4)) {
  test(`${name}: no script is requested before the first paint`, async ({ page }) => {
    await page.goto(path);
    await settled(page);
    const { firstPaint, scripts } = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: new URL(entry.name).pathname, start: entry.startTime })),
    }));
    expect(firstPaint).toBeDefined();
    // The app did arrive: this is not a page that simply loads nothing.
    expect(scripts.some((s) => /^\/assets\/index-/.test(s.url))).toBe(true);
    const early = scripts.filter((s) => s.start < (firstPaint ?? 0));
    expect(early, `first paint at ${String(firstPaint)} ms`).toEqual([]);
  });
}

test('the head holds no module script and no modulepreload; the boot script comes first', async ({
  request,
}) => {
  for (const { path } of pageTypes) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<script[^>]*type="module"/);
    expect(head).not.toMatch(/rel="modulepreload"/);
    // Inline, before the stylesheet, so it runs without waiting for it.
    expect(head.indexOf('<script')).toBeLessThan(head.indexOf('rel="stylesheet"'));
  }
});

test('Save for later, clicked before the app has arrived, saves the story once it has', async ({
  page,
}) => {
  const app = await holdApp(page);
  await page.goto(sampleStory);
  const save = page.getByRole('button', { name: 'Save for later' });
  await expect(save).toBeVisible();
  await app.requested;
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');

  await save.click();
  // The click is kept, and the button says it is on its way.
  await expect(save).toHaveAttribute('aria-busy', 'true');

  app.release();
  const saved = page.getByRole('button', { name: 'Saved' });
  await expect(saved).toHaveAttribute('aria-pressed', 'true');
  await expect(saved).not.toHaveAttribute('aria-busy');
  const stored = await page.evaluate(() => localStorage.getItem('broadsheet:saved'));
  expect(JSON.parse(stored ?? '[]')).toMatchObject([{ headline: sampleHeadline }]);

  // Once, not twice: a second click now unsaves it.
  await saved.click();
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('a theme chosen before the app has arrived is applied and kept once it has', async ({
  page,
}) => {
  const app = await holdApp(page);
  await page.goto(sampleStory);
  await app.requested;
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');

  app.release();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('before the app has arrived, links are real links: a click loads the page in full', async ({
  page,
}) => {
  const app = await holdApp(page);
  await page.goto(sampleStory);
  await app.requested;
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'World' })
    .click();
  await expect(page).toHaveURL('/world');
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  app.release();
});

for (const width of [390, 1280]) {
  test.describe(`at ${String(width)} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const { name, path } of pageTypes) {
      test(`${name}: nothing shifts while the page and its features load`, async ({ page }) => {
        await recordLayoutShifts(page);
        await page.goto(path);
        await settled(page);
        expect(await layoutShifts(page)).toEqual([]);
      });
    }
  });
}
