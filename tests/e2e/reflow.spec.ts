import type { Page } from '@playwright/test';
import { expect, sampleStory, test } from './fixtures';

const pages = ['/', sampleStory, '/subscribe', '/search?q=moscow'];

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
}

async function expectNoHorizontalScroll(page: Page, path: string): Promise<void> {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    const limit = window.innerWidth;
    // Name the widest element past the edge, so a failure says where to look.
    let widest = '';
    let right = limit;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${el.tagName.toLowerCase()}.${el.className} (right edge ${String(Math.round(box.right))})`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, widest };
  });
  expect(scrollWidth, `${path} scrolls sideways; widest: ${widest}`).toBeLessThanOrEqual(
    innerWidth,
  );
}

test.describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await open(page, path);
      await expectNoHorizontalScroll(page, path);
    });
  }
});

test.describe('text at 200% (WCAG 1.4.4)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const path of pages) {
    test(`${path} needs no horizontal scrolling`, async ({ page }) => {
      await open(page, path);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await expectNoHorizontalScroll(page, path);
    });
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no smooth scrolling and no long animation on the loading bar', async ({ page }) => {
    await open(page, sampleStory);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
    // The loading bar shows only during a slow navigation: measure one made for the purpose.
    const timing = await page.evaluate(() => {
      const bar = document.createElement('div');
      bar.className = 'loading-bar';
      document.body.append(bar);
      const cs = getComputedStyle(bar);
      const seconds = (list: string) =>
        list
          .split(',')
          .map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)));
      const result = {
        animations: seconds(cs.animationDuration),
        transitions: seconds(cs.transitionDuration),
      };
      bar.remove();
      return result;
    });
    for (const duration of [...timing.animations, ...timing.transitions]) {
      expect(duration).toBeLessThanOrEqual(0.01);
    }
  });
});
