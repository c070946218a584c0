import {
  expect,
  hydrated,
  relatedStory,
  relatedHeadline,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';

const relatedData = '/data/story/danny-bent-one-run-for-boston.json';
// The sample story's section, linked at the top of the story.
const sectionData = '/data/list/world/1.json';

test('a story’s data is fetched when its link is pointed at, before the click', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/usa');
  // Scrolled into view: the section's own stories are fetched without any pointer.
  await expect.poll(() => requested.some((p) => p.startsWith('/data/story/'))).toBe(true);

  // Narrow: the sidebar's related links sit below the fold, out of view.
  await page.setViewportSize({ width: 500, height: 700 });
  requested.length = 0;
  // The link watcher's first report of what is in view prefetches every link in view in one go:
  // the story's own section link, at the top, among them. Once that list has arrived, the same
  // report has been acted on in full...
  const sectionList = page.waitForEvent(
    'requestfinished',
    (r) => new URL(r.url()).pathname === sectionData,
  );
  await page.goto(sampleStory);
  await sectionList;
  // ...and the story the sidebar's promo offers, out of view, was not in it.
  expect(requested).not.toContain(relatedData);
  const link = page
    .getByRole('region', { name: 'Doing Good' })
    .getByRole('link', { name: relatedHeadline });
  // Pointed at (or focused) without scrolling: the story is fetched.
  await link.dispatchEvent('pointerover', { bubbles: true });
  await expect.poll(() => requested.includes(relatedData)).toBe(true);
  const before = requested.length;
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  // The click used what was fetched before it.
  expect(requested.slice(before)).not.toContain(relatedData);
});

test('a slow story shows a loading bar over the current page, never a blank one', async ({
  page,
}) => {
  // The story's data is held back until the test has seen the loading bar, however long that is.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**${relatedData}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(sampleStory);
  await hydrated(page);
  // Keyboard activation, so no hover or view prefetch makes it fast.
  await page
    .getByRole('region', { name: 'Doing Good' })
    .getByRole('link', { name: relatedHeadline })
    .press('Enter');
  await expect(page.getByRole('progressbar', { name: 'Loading page' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page).toHaveURL(relatedStory);
});

test('a page reached by a link has its links prefetched as they come into view, however late it is drawn', async ({
  page,
}) => {
  // A saved story, so /saved lists a link to it.
  await page.goto(sampleStory);
  await hydrated(page);
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();

  // A new document, whose payload cache is empty, on a page with no link to the story.
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const prefetcherRunning = page.waitForRequest((r) => /\/loaders-[\w-]+\.js$/.test(r.url()));
  await page.goto('/newsletter');
  await hydrated(page);
  await prefetcherRunning;

  // The saved page's code is held back: the page changes address at once (it has no data to
  // wait for), and is drawn only once the code arrives, frames later.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/SavedPage-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Saved', exact: true })
    .click();
  await expect(page).toHaveURL('/saved');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  release();

  const link = page.getByRole('main').getByRole('link', { name: sampleHeadline });
  await expect(link).toBeInViewport();
  // In view, never pointed at or focused: its story's data is fetched all the same.
  await expect
    .poll(() =>
      requested.includes('/data/story/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset.json'),
    )
    .toBe(true);
});
