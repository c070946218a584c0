import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  hydrated,
  isSameDocument,
  markDocument,
  relatedStory,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';
import { recordLayoutShifts, layoutShifts } from './layoutShifts';
import {
  englishVoice,
  finishUtterance,
  installSpeechDouble,
  speechRecord,
  type SpeechOptions,
} from './speechDouble';

// "Listen to this story", against a stand-in for the speech engine (speechDouble.ts): what is
// read and in which order, what the reader sees and hears about it, and that it stops.

interface StoryFile {
  headline: string;
  dek: string;
  body: ({ type: 'paragraph' | 'heading'; text: string } | { type: 'offer'; offer: string })[];
}
const story = JSON.parse(
  readFileSync(
    'src/content/stories/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset.json',
    'utf8',
  ),
) as StoryFile;
/** What a reader of the page reads, in order: headline, dek, then the body's text. */
const storyText = [
  story.headline,
  story.dek,
  ...story.body.flatMap((block) => (block.type === 'offer' ? [] : [block.text])),
];
const words = (texts: string[]) => texts.join(' ').replace(/\s+/g, ' ').trim();

const listenButton = (page: Page) => page.getByRole('button', { name: 'Listen to this story' });
const player = (page: Page) => page.getByRole('region', { name: 'Listening to this story' });
/** The polite live region that says what the player did. */
const announcement = (page: Page) => page.locator('.listen [role="status"]');

async function openStory(page: Page, options: SpeechOptions = { voices: [englishVoice] }) {
  await installSpeechDouble(page, options);
  await page.goto(sampleStory);
  await hydrated(page);
}

/** Starts listening and waits for the first piece to be read. */
async function listen(page: Page) {
  await listenButton(page).click();
  await expect(player(page)).toBeVisible();
  await expect.poll(async () => (await speechRecord(page)).current).not.toBeNull();
}

/** Ends the piece being read and waits for the next one (or the end). */
async function next(page: Page) {
  const before = (await speechRecord(page)).spoken.length;
  await finishUtterance(page);
  await expect
    .poll(async () => {
      const record = await speechRecord(page);
      return record.spoken.length > before || !record.speaking;
    })
    .toBe(true);
}

const highlighted = (page: Page): Locator => page.locator('[data-reading-aloud]');

test('reads the headline, the dek, then the body in order, lighting up each paragraph, and skips the offer', async ({
  page,
}) => {
  await openStory(page);
  const offerText = await page
    .getByRole('complementary', { name: 'Subscription offer' })
    .innerText();
  await listen(page);
  await expect(announcement(page)).toHaveText('Playing');

  for (;;) {
    const { current } = await speechRecord(page);
    if (current === null) break;
    // The piece being read is lit up, and kept in view.
    await expect(highlighted(page)).toHaveCount(1);
    expect(words([await highlighted(page).innerText()])).toContain(words([current]));
    await expect(highlighted(page)).toBeInViewport();
    await next(page);
  }

  const { spoken, calls } = await speechRecord(page);
  expect(words(spoken.map((s) => s.text))).toBe(words(storyText));
  // Long paragraphs go a few sentences at a time; the headline comes first, on its own.
  expect(spoken[0]?.text).toBe(sampleHeadline);
  expect(spoken.length).toBeGreaterThanOrEqual(storyText.length);
  for (const utterance of spoken) {
    expect(utterance).toMatchObject({ lang: 'en-US', voice: englishVoice.name, rate: 1 });
    for (const line of offerText.split('\n').filter((l) => l.trim().length > 8)) {
      expect(utterance.text).not.toContain(line.trim());
    }
    for (const tool of ['Skip to next paragraph', 'Copy link', 'Save for later', 'Doing Good']) {
      expect(utterance.text).not.toContain(tool);
    }
  }
  expect(calls.filter((c) => c === 'speak')).toHaveLength(spoken.length);

  // The end: the player goes, nothing stays lit, and the reader is told.
  await expect(announcement(page)).toHaveText('Finished listening');
  await expect(player(page)).toHaveCount(0);
  await expect(highlighted(page)).toHaveCount(0);
});

test('pause, resume and stop: real buttons, states announced, focus kept', async ({ page }) => {
  await openStory(page);
  await listenButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(player(page)).toBeVisible();
  const pause = player(page).getByRole('button', { name: 'Pause' });
  // Focus goes to the player's first control, and Tab goes through the rest.
  await expect(pause).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(player(page).getByRole('button', { name: 'Stop' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(player(page).getByRole('combobox', { name: 'Speed' })).toBeFocused();
  await expect.poll(async () => (await speechRecord(page)).current).toBe(sampleHeadline);

  await pause.click();
  await expect(player(page).getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(announcement(page)).toHaveText('Paused');
  await expect(player(page).getByText('Paused', { exact: true })).toBeVisible();
  let record = await speechRecord(page);
  expect(record.paused).toBe(true);
  expect(record.calls.at(-1)).toBe('pause');

  await player(page).getByRole('button', { name: 'Resume' }).click();
  await expect(announcement(page)).toHaveText('Playing');
  record = await speechRecord(page);
  expect(record.paused).toBe(false);
  expect(record.calls.at(-1)).toBe('resume');
  // Resumed where it was, not from the top.
  expect(record.current).toBe(sampleHeadline);
  await next(page);
  expect((await speechRecord(page)).current).toBe(story.dek);

  await player(page).getByRole('button', { name: 'Stop' }).focus();
  await page.keyboard.press('Enter');
  await expect(player(page)).toHaveCount(0);
  await expect(announcement(page)).toHaveText('Stopped listening');
  // Focus was in the player, which is gone: it goes back to the button that opened it.
  await expect(listenButton(page)).toBeFocused();
  record = await speechRecord(page);
  expect(record.calls.at(-1)).toBe('cancel');
  expect(record).toMatchObject({ speaking: false, current: null });
  await expect(highlighted(page)).toHaveCount(0);
});

test('the speed is 0.75× to 2×, applies at once, and is remembered', async ({ page }) => {
  await openStory(page);
  await listen(page);
  const speed = player(page).getByRole('combobox', { name: 'Speed' });
  await expect(speed.locator('option')).toHaveText(['0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
  await expect(speed).toHaveValue('1');
  await next(page);

  await speed.selectOption({ label: '1.5×' });
  // The piece being read starts again at the new speed.
  await expect
    .poll(async () => (await speechRecord(page)).spoken.at(-1))
    .toEqual(expect.objectContaining({ text: story.dek, rate: 1.5 }));
  await next(page);
  expect((await speechRecord(page)).spoken.at(-1)?.rate).toBe(1.5);

  await page.reload();
  await hydrated(page);
  await listen(page);
  await expect(player(page).getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');
  expect((await speechRecord(page)).spoken[0]).toMatchObject({ text: sampleHeadline, rate: 1.5 });
});

test('moving to another page stops the voice and leaves nothing speaking', async ({ page }) => {
  await openStory(page);
  await markDocument(page);
  await listen(page);
  await next(page);

  await page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'World' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);
  const record = await speechRecord(page);
  expect(record.calls.at(-1)).toBe('cancel');
  expect(record).toMatchObject({ speaking: false, current: null });
  await expect(player(page)).toHaveCount(0);
});

test('moving to another story stops the voice, and that story can be heard from its top', async ({
  page,
}) => {
  await openStory(page);
  await markDocument(page);
  await listen(page);

  await page
    .getByRole('complementary', { name: 'More from Broadsheet' })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(relatedStory);
  expect(await isSameDocument(page)).toBe(true);
  let record = await speechRecord(page);
  expect(record.calls.at(-1)).toBe('cancel');
  expect(record.speaking).toBe(false);
  await expect(player(page)).toHaveCount(0);

  await listen(page);
  record = await speechRecord(page);
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  expect(record.current).toBe(headline);
});

test('scrolling away stops keeping the paragraph in view; "Back to where I’m listening" returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  await listen(page);
  await next(page);
  await next(page);
  // The first paragraph is being read, and is in view.
  await expect(highlighted(page)).toBeInViewport();

  // The reader scrolls away, far down the page.
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 3000);
  const back = player(page).getByRole('button', { name: 'Back to where I’m listening' });
  await expect(back).toBeVisible();
  await expect(highlighted(page)).not.toBeInViewport();
  const scrolled = await page.evaluate(() => scrollY);

  // The next paragraph starts: the page stays where the reader put it.
  await next(page);
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  await expect(highlighted(page)).not.toBeInViewport();

  await back.click();
  await expect(highlighted(page)).toBeInViewport();
  await expect(back).toHaveCount(0);
  await expect(player(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  // Following again: the next paragraph is brought into view.
  await next(page);
  await expect(highlighted(page)).toBeInViewport();
});

test('no button where the browser has no speech engine', async ({ page }) => {
  await openStory(page, { absent: true });
  await expect(page.locator('.listen[data-speech="none"]')).toBeAttached();
  await expect(listenButton(page)).toHaveCount(0);
  await expect(listenButton(page).or(page.getByText('Listen to this story'))).toBeHidden();
});

test('no button where no voice speaks the story’s language', async ({ page }) => {
  await openStory(page, { voices: [{ name: 'Test French', lang: 'fr-FR', default: true }] });
  await expect(page.locator('.listen[data-speech="none"]')).toBeAttached();
  await expect(listenButton(page)).toHaveCount(0);
});

test('voices that arrive late bring the button, and nothing moves', async ({ page }) => {
  await recordLayoutShifts(page);
  await openStory(page, { voices: [englishVoice], voicesLater: true });
  await expect(page.locator('.listen[data-speech="none"]')).toBeAttached();
  await expect(listenButton(page)).toHaveCount(0);

  await page.evaluate((voice) => window.__speech?.addVoices([voice]), englishVoice);
  await expect(listenButton(page)).toBeVisible();
  await listen(page);
  // A voice other than English is never chosen; the English one is.
  expect((await speechRecord(page)).spoken[0]?.voice).toBe(englishVoice.name);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await layoutShifts(page)).toEqual([]);
});
