import { test as base, expect, type Page } from '@playwright/test';
import { hydratedAttribute } from '../../src/lib/hydration';
import { regionsLoadingAttribute } from '../../src/lib/lazyFeature';

interface ConsoleOptions {
  /** Console messages a test causes on purpose (a 404 it asks for, a 500 it provokes). */
  expectedConsole: RegExp[];
}

// What Playwright itself logs when it blocks service workers (playwright.config.ts); the
// offline tests, which allow them, never see it.
export const harnessMessages = [/^Service Worker registration blocked by Playwright$/];

// Every browser test fails on a console error or an uncaught exception: hydration mismatches,
// failed requests the page made by itself and crashes all show up there.
export const test = base.extend<ConsoleOptions & { consoleProblems: string[] }>({
  expectedConsole: [[], { option: true }],
  consoleProblems: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        // A 404 page's own status is the answer the test asked for, not a problem.
        const ownStatus =
          message.text().includes('status of 404') && message.location().url === page.url();
        const expected = [...expectedConsole, ...harnessMessages].some((pattern) =>
          pattern.test(message.text()),
        );
        if (!ownStatus && !expected) problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors and warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until React has hydrated the page and its regions have their code (src/app/onDemand.ts):
 * the app marks <html> (src/lib/hydration.ts), which the prerendered HTML never is, so this
 * cannot pass early.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(
    page.locator(`html[${hydratedAttribute}]:not([${regionsLoadingAttribute}])`),
  ).toBeAttached({ timeout: 15_000 });
}

/**
 * Marks the document once the app is running (links before that are plain links, and a click
 * loads a new page, which is fine): the mark survives client-side navigation, not a page load.
 */
export async function markDocument(page: Page): Promise<void> {
  await hydrated(page);
  await page.evaluate(() => {
    (window as Window & { __sameDocument?: boolean }).__sameDocument = true;
  });
}

export const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument === true);

export const sampleStory = '/world/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset';
export const sampleHeadline = "Russia not Obama's 'No. 1 foe,' but Moscow doubts a fresh 'reset'";
export const relatedHeadline =
  'After the Boston Marathon bombings, Danny Bent took on a cross-country challenge';
export const relatedStory = '/doing-good/danny-bent-one-run-for-boston';
