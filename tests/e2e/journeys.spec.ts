import {
  expect,
  hydrated,
  isSameDocument,
  markDocument,
  relatedStory,
  relatedHeadline,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';

test('front page → story → another from the sidebar → Back → subscribe, without a reload', async ({
  page,
}) => {
  // Narrow enough that the sidebar follows the story, so reaching it means scrolling down.
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  // Before hydration a link is a plain link (a full page load): this journey is the app's.
  await hydrated(page);
  await markDocument(page);

  await page.getByRole('link', { name: sampleHeadline }).click();
  await expect(page).toHaveURL(sampleStory);
  const headline = page.getByRole('heading', { level: 1, name: sampleHeadline });
  await expect(headline).toBeVisible();
  await expect(page).toHaveTitle(`${sampleHeadline} | Broadsheet`);
  // Screen-reader users learn that the page changed: focus on the new h1, title announced.
  await expect(headline).toBeFocused();
  await expect(page.locator('[aria-live="polite"]')).toHaveText(`${sampleHeadline} | Broadsheet`);

  // Read down the story, then follow the story the sidebar's "Doing Good" promo offers.
  const related = page
    .getByRole('complementary', { name: 'More from Broadsheet' })
    .getByRole('region', { name: 'Doing Good' })
    .getByRole('link', { name: relatedHeadline });
  await related.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(1000);
  // Where the link the reader followed sits on their screen.
  const seenAt = (await related.boundingBox())?.y;
  await related.click();
  await expect(page).toHaveURL(relatedStory);
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeFocused();
  await expect(page).toHaveTitle(`${relatedHeadline} | Broadsheet`);
  // A new page starts at the top.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page).toHaveURL(sampleStory);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  // Back restores where the reader was: the link they followed is where they saw it last.
  await expect.poll(async () => (await related.boundingBox())?.y).toBeCloseTo(seenAt ?? NaN, 0);

  await page.getByRole('link', { name: 'Subscribe in print or digital' }).click();
  await expect(page).toHaveURL(/\/subscribe\?placement=inline&story=russia-not-obamas/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Subscribe in print or digital' }),
  ).toBeFocused();
  for (const offer of ['Digital', 'Print', 'Print + Digital']) {
    await expect(page.getByRole('heading', { level: 2, name: offer, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Subscribe to Digital' })).toHaveAttribute(
    'href',
    /^https:\/\/checkout\.broadsheet\.example\/digital\?/,
  );
  expect(await isSameDocument(page)).toBe(true);
});

test('a deep link to a related story shows the full story, hydrated', async ({ page }) => {
  await page.goto(relatedStory);
  await expect(page.getByRole('heading', { level: 1, name: relatedHeadline })).toBeVisible();
  await expect(page.getByText('Sample story', { exact: false }).first()).toBeVisible();
  await expect(
    page
      .getByRole('figure')
      .getByText('Danny Bent poses at the starting line of the Boston Marathon'),
  ).toBeVisible();
  // Hydrated: the next click is handled by the router, not a page load.
  await markDocument(page);
  await page.getByRole('link', { name: sampleHeadline }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);
});

test('a reload shows the same page, with or without a trailing slash', async ({ page }) => {
  await page.goto(`${sampleStory}/`);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  await page.goto('/usa');
  await expect(page.getByRole('heading', { level: 1, name: 'USA' })).toBeVisible();
});

test('an unknown URL answers 404 with the site navigation and a way home', async ({ page }) => {
  for (const url of ['/no-such-section', '/world/no-such-story', '/a/b/c']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
});

test('search from the header lands on results that link to the story', async ({ page }) => {
  await page.goto(sampleStory);
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('moscow reset');
  await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
  await expect(page).toHaveURL('/search?q=moscow+reset');
  await expect(page.getByRole('link', { name: sampleHeadline })).toBeVisible();
  await page.goto('/search?q=zzqxv');
  await expect(page.getByRole('status').filter({ hasText: 'No stories match' })).toBeVisible();
});

test('a page change jumps to the top of the new page; it never slides there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await hydrated(page);
  const last = page.getByRole('main').getByRole('article').last().getByRole('link').first();
  const headline = (await last.textContent()) ?? '';
  await last.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  // Where the page stands at each frame once the new headline is drawn.
  await page.evaluate((name) => {
    const frames: number[] = [];
    (window as Window & { __frames?: number[] }).__frames = frames;
    const sample = () => {
      if (document.querySelector('main h1')?.textContent === name) frames.push(window.scrollY);
      if (frames.length < 10) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, headline);
  await last.click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as Window & { __frames?: number[] }).__frames?.length))
    .toBe(10);
  const frames = await page.evaluate(() => (window as Window & { __frames?: number[] }).__frames);
  expect(frames, 'scroll position at each frame of the new page').toEqual(Array(10).fill(0));
});

test('a story shows once per page: the promoted story is not also a related story', async ({
  page,
}) => {
  await page.goto(sampleStory);
  await hydrated(page);
  const sidebar = page.getByRole('complementary', { name: 'More from Broadsheet' });
  await expect(
    sidebar
      .getByRole('region', { name: 'Doing Good' })
      .getByRole('link', { name: relatedHeadline }),
  ).toBeVisible();
  const related = sidebar.getByRole('region', { name: 'Related stories' }).getByRole('link');
  // Still three related stories: another one took its place.
  await expect(related).toHaveCount(3);
  await expect(related.filter({ hasText: relatedHeadline })).toHaveCount(0);
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((l) => l.getAttribute('href') ?? '').filter((h) => /^\/[^/]+\/[^/]+$/.test(h)),
    );
  expect(hrefs.length).toBeGreaterThan(0);
  expect(new Set(hrefs).size, `story links: ${hrefs.join(', ')}`).toBe(hrefs.length);
});

test("the header's search box shows the query being shown, and clears elsewhere", async ({
  page,
}) => {
  await page.goto('/search?q=moscow');
  await hydrated(page);
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search stories' });
  await expect(box).toHaveValue('moscow');
  // The reader sees the results for "moscow" before asking for something else.
  await expect(page.getByRole('status').filter({ hasText: /for “moscow”/ })).toBeVisible();
  // A new query from the page's own form: the header follows.
  const again = page.getByRole('searchbox', { name: 'Search for' });
  await again.fill('garden');
  await again.press('Enter');
  await expect(page).toHaveURL('/search?q=garden');
  await expect(box).toHaveValue('garden');
  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'World' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  await expect(box).toHaveValue('');
});

test('the footer offers only live services, at the newsroom’s own accounts', async ({ page }) => {
  await page.goto('/');
  const follow = page
    .getByRole('contentinfo')
    .getByRole('region', { name: 'Follow Broadsheet' })
    .getByRole('link');
  const links = await follow.evaluateAll((all) =>
    all.map((a) => ({ name: a.textContent, href: a.getAttribute('href') ?? '' })),
  );
  expect(links.length).toBeGreaterThan(1);
  for (const { name, href } of links) {
    expect(href, name).not.toMatch(/plus\.google\.com/);
    expect(name).not.toMatch(/Google\+/);
    // An account, not a network's front page.
    if (href.startsWith('https://')) expect(new URL(href).pathname, name).not.toBe('/');
  }
});

test('a story reached by a link shows whole: photo, tools and sidebar come with its headline', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  // The story's regions have their own code, which the front page has not needed: hold it back.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route(/\/assets\/(storyRegions|LeadFigure)-[^/]+\.js$/, async (route) => {
    requested();
    await held;
    await route.continue();
  });
  // What the page holds at the moment the story's headline first appears.
  await page.evaluate((name) => {
    const seen: { sidebar?: boolean; photo?: boolean; share?: boolean } = {};
    (window as Window & { __seen?: typeof seen }).__seen = seen;
    const observer = new MutationObserver(() => {
      if (document.querySelector('main h1')?.textContent !== name) return;
      observer.disconnect();
      seen.sidebar = document.querySelector('aside[aria-label="More from Broadsheet"] a') !== null;
      seen.photo = document.querySelector('main article figure img') !== null;
      seen.share = document.querySelector('[role="group"][aria-label="Share this story"]') !== null;
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, sampleHeadline);

  await page.getByRole('link', { name: sampleHeadline }).click();
  await asked;
  release();
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  const seen = await page.evaluate(() => (window as Window & { __seen?: object }).__seen);
  // Nothing appears above a reader who has begun to read, nor moves where Back returns them.
  expect(seen).toEqual({ sidebar: true, photo: true, share: true });
});

test.describe('when the code of a story’s regions cannot be had', () => {
  // One pattern: Playwright would read a second as the option's settings.
  test.use({ expectedConsole: [/net::ERR_FAILED|Failed to fetch dynamically imported module/] });

  test('a story reached by a link still shows, its text whole', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await page.route(/\/assets\/storyRegions-[^/]+\.js$/, (route) => route.abort());
    await page.getByRole('link', { name: sampleHeadline }).click();
    await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeFocused();
    await expect(page.getByText(/^Many Russians appeared satisfied/)).toBeVisible();
    // Each region without its code says so in its place; the story stays.
    await expect(page.getByText('Save and share tools could not be shown.')).toBeVisible();
    await expect(page.getByText('More from Broadsheet could not be shown.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  });
});
