import type { Page } from '@playwright/test';
import {
  expect,
  collectConsoleProblems,
  isSameDocument,
  markDocument,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';

const canonical = `https://broadsheet.example${sampleStory}`;
const emptyState = /^You have no saved stories yet\./;

/** The story's own tools, once hydrated (the buttons appear only then). */
async function openStory(page: Page) {
  await page.goto(sampleStory);
  await expect(page.getByRole('heading', { level: 1, name: sampleHeadline })).toBeVisible();
  const story = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });
  await expect(story.getByRole('button', { name: 'Copy link' })).toBeVisible();
  return story;
}

test('save a story, find it on /saved through the header link, then remove it', async ({
  page,
}) => {
  const story = await openStory(page);
  await markDocument(page);

  const save = story.getByRole('button', { name: 'Save for later' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(story.getByRole('button', { name: 'Saved' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Saved', exact: true })
    .click();
  await expect(page).toHaveURL('/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeFocused();
  await expect(page).toHaveTitle('Saved stories | Broadsheet');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: sampleHeadline })).toHaveAttribute(
    'href',
    sampleStory,
  );
  expect(await isSameDocument(page)).toBe(true);

  await main.getByRole('button', { name: `Remove “${sampleHeadline}”` }).click();
  await expect(main.getByText(emptyState)).toBeVisible();
  await expect(main.getByText(emptyState)).toBeFocused();
  await expect(main.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute(
    'href',
    '/',
  );

  // Still gone after a reload: it was removed from storage, not just from the page.
  await page.reload();
  await expect(page.getByRole('main').getByText(emptyState)).toBeVisible();
});

test('a story saved in one tab appears in another open tab without a reload', async ({
  page,
  context,
}) => {
  await page.goto('/saved');
  await expect(page.getByRole('main').getByText(emptyState)).toBeVisible();
  await markDocument(page);

  const other = await context.newPage();
  const otherProblems = collectConsoleProblems(other);
  const story = await openStory(other);
  await story.getByRole('button', { name: 'Save for later' }).click();
  await expect(story.getByRole('button', { name: 'Saved' })).toBeVisible();

  await expect(page.getByRole('main').getByRole('link', { name: sampleHeadline })).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);

  // And back: removing it here unsaves it there.
  await page.getByRole('button', { name: `Remove “${sampleHeadline}”` }).click();
  await expect(story.getByRole('button', { name: 'Save for later' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(otherProblems).toEqual([]);
});

test('a story card on the front page saves its story', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: `Save for later “${sampleHeadline}”` }).click();
  await expect(page.getByRole('button', { name: `Saved “${sampleHeadline}”` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/saved');
  await expect(page.getByRole('main').getByRole('link', { name: sampleHeadline })).toBeVisible();
});

test.describe('with tampered saved stories in storage', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('broadsheet:saved', '{not json');
    });
  });

  test('the story still hydrates and saves', async ({ page }) => {
    const story = await openStory(page);
    const save = story.getByRole('button', { name: 'Save for later' });
    await expect(save).toHaveAttribute('aria-pressed', 'false');
    await save.click();
    await expect(story.getByRole('button', { name: 'Saved' })).toBeVisible();
  });

  test('/saved shows the empty state', async ({ page }) => {
    await page.goto('/saved');
    await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible();
    await expect(page.getByRole('main').getByText(emptyState)).toBeVisible();
  });
});

test('Copy link puts the canonical URL on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const story = await openStory(page);

  await story.getByRole('button', { name: 'Copy link' }).click();

  const sharing = story.getByRole('group', { name: 'Share this story' });
  await expect(sharing.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await expect(story.getByRole('textbox')).toHaveCount(0);
});

test('with the clipboard refused, the link is shown selected in a field to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Clipboard.prototype, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  });
  const story = await openStory(page);

  await story.getByRole('button', { name: 'Copy link' }).click();

  const field = story.getByRole('textbox', { name: 'Copy this link:' });
  await expect(field).toHaveValue(canonical);
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('readonly', '');
  expect(
    await field.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    ),
  ).toBe(canonical);
  await expect(
    story.getByRole('group', { name: 'Share this story' }).getByRole('status'),
  ).toHaveText('');
});

test('the Email link carries the headline and link, encoded', async ({ page }) => {
  const story = await openStory(page);
  const href = (await story.getByRole('link', { name: 'Email' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
  const params = Object.fromEntries(
    href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent)),
  ) as Record<string, string>;
  expect(params).toEqual({
    subject: sampleHeadline,
    body: `${sampleHeadline}\r\n\r\n${canonical}`,
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Email link works; buttons that would do nothing are left out', async ({ page }) => {
    await page.goto(sampleStory);
    const story = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 1 }) });
    await expect(story.getByRole('link', { name: 'Email' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=/,
    );
    await expect(story.getByRole('button')).toHaveCount(0);
  });

  test('/saved explains that saving needs JavaScript, and claims nothing about the list', async ({
    page,
  }) => {
    const response = await page.goto('/saved');
    await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible();
    await expect(page.getByText(emptyState)).toHaveCount(0);
    // Playwright turns off script execution, not the parser's scripting flag, so Chromium does
    // not show <noscript> here: check the served HTML instead.
    expect(await response?.text()).toContain(
      '<noscript><p>Saving stories needs JavaScript, which is turned off in this browser.</p></noscript>',
    );
  });
});
