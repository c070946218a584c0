import { test as base, expect, type Page } from '@playwright/test';
import { hydratedAttribute } from '../../src/lib/hydration';
import { regionsLoadingAttribute } from '../../src/lib/lazyFeature';

interface ConsoleOptions {
  /** Console messages a test causes on purpose (a 404 it asks for, a 500 it provokes). */
  expectedConsole: RegExp[];
}

// What Playwright itself logs when it blocks service workers (playwright.config.ts); the
// offline tests, which allow them, never see it.
const harnessMessages = [/^Service Worker registration blocked by Playwright$/];

/**
 * The console errors and warnings and the uncaught exceptions of `page`, as they come: a
 * hydration mismatch, a request the page failed by itself, a crash. A 404 page's own status is
 * the answer a test asked for; `expected` lists what a test causes on purpose.
 */
export function collectConsoleProblems(page: Page, expected: RegExp[] = []): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const ownStatus =
      message.text().includes('status of 404') && message.location().url === page.url();
    const known = [...expected, ...harnessMessages].some((pattern) => pattern.test(message.text()));
    if (!ownStatus && !known) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

// Every browser test fails on a console problem of its page (a second tab it opens collects
// its own with `collectConsoleProblems`).
export const test = base.extend<ConsoleOptions & { consoleProblems: string[] }>({
  expectedConsole: [[], { option: true }],
  consoleProblems: [
    async ({ page, expectedConsole }, use) => {
      const problems = collectConsoleProblems(page, expectedConsole);
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
