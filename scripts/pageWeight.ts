import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { hydratedAttribute, hydratedMark } from '../src/lib/hydration';
import { isFramework, readManifest } from './appAssets';

// What a first visit to a page runs, weighed gzipped: every script, external or inline, that the
// page runs in a real browser, read from Vite's manifest and the built files, never guessed
// from the HTML. Two moments: when the page has hydrated (what showing and hydrating it needs),
// and when it is idle with no input from the reader (feature code that loads by itself).

export interface ScriptFile {
  /** Site path of the file, or `inline` for a script written into the page. */
  url: string;
  bytes: number;
  framework: boolean;
}

export interface PageWeight {
  path: string;
  /** Scripts the page had run by the time it was hydrated. */
  hydrate: ScriptFile[];
  /** Scripts that loaded after that, with the reader doing nothing. */
  idle: ScriptFile[];
  css: number;
  html: number;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const sum = (files: readonly ScriptFile[]) => files.reduce((total, f) => total + f.bytes, 0);

export const totals = (files: readonly ScriptFile[]) => ({
  all: sum(files),
  framework: sum(files.filter((f) => f.framework)),
  app: sum(files.filter((f) => !f.framework)),
});

/** Measures each page in a fresh context of `browser`, served from `origin`, built in `dist`. */
export async function pageWeights(
  browser: Browser,
  origin: string,
  dist: string,
  paths: readonly string[],
): Promise<PageWeight[]> {
  const manifest = await readManifest(dist);
  const weigh = async (url: string): Promise<ScriptFile> => {
    const file = path.join(dist, decodeURIComponent(url));
    if (!file.startsWith(dist + path.sep)) throw new Error(`${url} is not in ${dist}`);
    return { url, bytes: gz(await readFile(file)), framework: isFramework(manifest, url) };
  };
  const results: PageWeight[] = [];
  for (const pagePath of paths) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const response = await page.goto(new URL(pagePath, origin).href, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${pagePath} answered ${String(response?.status())}`);
      await page.waitForSelector(`html[${hydratedAttribute}]`, { state: 'attached' });
      // No input: the page loads what it loads by itself once idle, then the network rests.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await page.waitForLoadState('networkidle');
      // Split by when each request started: before the page had hydrated, or after.
      const scripts = await page.evaluate((mark) => {
        const hydratedAt = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
        return performance
          .getEntriesByType('resource')
          .map((entry) => ({ url: new URL(entry.name), early: entry.startTime <= hydratedAt }))
          .filter(({ url }) => url.origin === location.origin && url.pathname.endsWith('.js'))
          .map(({ url, early }) => ({ path: url.pathname, early }));
      }, hydratedMark);
      const hydrated = new Set(scripts.filter((s) => s.early).map((s) => s.path));
      const later = scripts.filter((s) => !s.early).map((s) => s.path);
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => ['', 'text/javascript', 'module'].includes(s.getAttribute('type') ?? ''))
          .map((s) => s.textContent),
      );
      const styles = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
          (l) => new URL(l.href).pathname,
        ),
      );
      const hydrate = [
        ...inline.map((code) => ({ url: 'inline', bytes: gz(code), framework: false })),
        ...(await Promise.all([...hydrated].map(weigh))),
      ];
      if (hydrated.size === 0 || inline.length === 0) {
        throw new Error(
          `${pagePath}: found ${String(hydrated.size)} script files and ${String(inline.length)} ` +
            'inline scripts; a page runs both, so the measurement is broken',
        );
      }
      const html = path.join(dist, pagePath === '/' ? '' : pagePath, 'index.html');
      results.push({
        path: pagePath,
        hydrate,
        idle: await Promise.all(later.map(weigh)),
        css: (await Promise.all(styles.map(weigh))).reduce((t, f) => t + f.bytes, 0),
        html: gz(await readFile(html)),
      });
    } finally {
      await context.close();
    }
  }
  return results;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
