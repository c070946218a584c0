import { storageKey as preferencesKey } from '../../src/features/preferences/preferences';
import { storageKey } from '../../src/features/reading-position/readingKey';
import { expectNoAxeViolations } from './axe';
import {
  expect,
  hydrated,
  relatedStory,
  relatedHeadline,
  sampleStory,
  sampleHeadline,
  test,
} from './fixtures';
import {
  englishVoice,
  finishUtterance,
  installSpeechDouble,
  scrollSettled,
  speechRecord,
} from './speechDouble';

// axe over the reading tools while they show: the player open with a paragraph lit up and
// "Continue where you left off" on a story, the "Continue reading" row on the front page; in the
// light theme, the dark one the system asks for, and the dark one the reader chose.

const positions = [
  {
    slug: sampleStory.split('/')[2],
    section: 'world',
    url: sampleStory,
    headline: sampleHeadline,
    block: 4,
    percent: 40,
    at: Date.now(),
  },
  {
    slug: relatedStory.split('/')[2],
    section: 'doing-good',
    url: relatedStory,
    headline: relatedHeadline,
    block: 2,
    percent: 30,
    at: Date.now() - 1000,
  },
];

const variants = [
  { name: 'light theme', colorScheme: 'light', readerTheme: undefined, width: 1280 },
  { name: 'light theme, narrow', colorScheme: 'light', readerTheme: undefined, width: 390 },
  { name: 'dark theme', colorScheme: 'dark', readerTheme: undefined, width: 1280 },
  {
    name: 'dark theme chosen by the reader',
    colorScheme: 'light',
    readerTheme: 'dark',
    width: 1280,
  },
] as const;

for (const { name, colorScheme, readerTheme, width } of variants) {
  test.describe(name, () => {
    test.use({ colorScheme, viewport: { width, height: 900 } });

    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        ([key, value, prefsKey, theme]) => {
          localStorage.setItem(key, value);
          if (theme) localStorage.setItem(prefsKey, JSON.stringify({ theme, textSize: 'normal' }));
        },
        [storageKey, JSON.stringify(positions), preferencesKey, readerTheme ?? ''] as const,
      );
    });

    test('a story being listened to, with “Continue where you left off”', async ({ page }) => {
      await installSpeechDouble(page, { voices: [englishVoice] });
      await page.goto(sampleStory);
      await hydrated(page);
      await expect(page.getByRole('button', { name: 'Continue where you left off' })).toBeVisible();
      await page.getByRole('button', { name: 'Listen to this story' }).click();
      const player = page.getByRole('region', { name: 'Listening to this story' });
      await expect(player).toBeVisible();
      // Headline, dek, then the first paragraph lit up in the body.
      for (let i = 0; i < 2; i += 1) {
        await expect.poll(async () => (await speechRecord(page)).current).not.toBeNull();
        await finishUtterance(page);
      }
      await expect(page.locator('.story-body [data-reading-aloud]')).toBeVisible();
      await expect(page.locator('.story-body [data-reading-aloud]')).toBeInViewport();
      await scrollSettled(page);
      // Scrolled away (up to the top of the story), so "Back to where I’m listening" shows too.
      await page.mouse.move(200, 300);
      await page.mouse.wheel(0, -3000);
      await expect(
        player.getByRole('button', { name: 'Back to where I’m listening' }),
      ).toBeVisible();
      if (readerTheme)
        await expect(page.locator('html')).toHaveAttribute('data-theme', readerTheme);
      await expectNoAxeViolations(page);
    });

    test('the front page with its “Continue reading” row', async ({ page }) => {
      await page.goto('/');
      await hydrated(page);
      await expect(
        page.getByRole('region', { name: 'Continue reading' }).getByRole('listitem'),
      ).toHaveCount(2);
      await expectNoAxeViolations(page);
    });
  });
}
