// Search on a big archive, in Chromium: a cold first search (what it downloads, and the time from
// navigation to the results' status text) and a later query through the page's own form.
import type { Browser, Page, Request } from 'playwright-core';
import { pageWeight } from '../pageWeight';
import { dist } from './dist';
import { figure, kilobytes, milliseconds, progress } from './output';
import { newPage } from './chromium';
import { pageFile, searchQueries } from './site';

interface Downloads {
  /** Bytes on the wire (gzip as served) under /data/search/. */
  index: number;
  /** Scripts the search page loads beyond its first-visit set: MiniSearch's chunk. */
  library: number;
  libraryFiles: string[];
}

export interface SearchResult {
  first: Downloads & { ms: number; status: string };
  later: { bytes: number; ms: number; status: string };
}

/** Records what each finished request weighed, by path, until read. */
function recordDownloads(page: Page) {
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  const onFinished = (request: Request) => {
    const path = new URL(request.url()).pathname;
    sizes.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize })));
  };
  page.on('requestfinished', onFinished);
  return async () => {
    page.off('requestfinished', onFinished);
    return Promise.all(sizes.splice(0));
  };
}

/**
 * Before the page's own scripts run: note the moment the results' status text first shows,
 * in ms from the start of navigation (the page's time origin).
 */
async function watchFirstResults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const status = document.querySelector('.results-summary[role="status"]');
      if (!status?.textContent) return;
      observer.disconnect();
      document.documentElement.dataset.benchResultsAt = String(performance.now());
      document.documentElement.dataset.benchStatus = status.textContent;
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

async function firstSearch(page: Page, origin: string) {
  // Paths as the browser asks for them; the page's own script and style references start with /.
  const { files } = await pageWeight(dist, pageFile('/search'));
  const initial = new Set(files.map((file) => `/${file.replace(/^\/+/, '')}`));
  await watchFirstResults(page);
  const downloads = recordDownloads(page);
  await page.goto(`${origin}/search?q=${encodeURIComponent(searchQueries.first)}`);
  await page.waitForFunction(() => document.documentElement.dataset.benchResultsAt);
  const seen = await page.evaluate(() => {
    const { benchResultsAt, benchStatus } = document.documentElement.dataset;
    return { benchResultsAt, benchStatus };
  });
  await page.waitForLoadState('networkidle');
  const requests = await downloads();
  const isLibrary = (p: string) => p.startsWith('/assets/') && p.endsWith('.js') && !initial.has(p);
  const library = requests.filter((r) => isLibrary(r.path));
  return {
    index: requests
      .filter((r) => r.path.startsWith('/data/search/'))
      .reduce((sum, r) => sum + r.bytes, 0),
    library: library.reduce((sum, r) => sum + r.bytes, 0),
    libraryFiles: library.map((r) => r.path),
    ms: Number(seen.benchResultsAt),
    status: seen.benchStatus ?? '',
  };
}

/** Submits `query` with the search page's form; times submit → the status text naming it. */
async function laterSearch(page: Page, query: string) {
  const downloads = recordDownloads(page);
  const timing = await page.evaluateHandle((q) => {
    const result = { start: 0, end: 0, status: '' };
    document.addEventListener('submit', () => (result.start = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const status = document.querySelector('.results-summary[role="status"]');
      if (!result.start || !status?.textContent.includes(q)) return;
      observer.disconnect();
      result.end = performance.now();
      result.status = status.textContent;
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return result;
  }, query);
  const input = page.locator('#search-page-query');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction((t) => t.end > 0, timing);
  const { start, end, status } = await timing.jsonValue();
  await page.waitForLoadState('networkidle');
  const bytes = (await downloads()).reduce((sum, r) => sum + r.bytes, 0);
  return { bytes, ms: end - start, status };
}

export async function measureSearch(browser: Browser, origin: string): Promise<SearchResult> {
  progress(`search: “${searchQueries.first}” cold, then “${searchQueries.later}”`);
  const page = await newPage(browser);
  try {
    const first = await firstSearch(page, origin);
    const later = await laterSearch(page, searchQueries.later);
    return { first, later };
  } finally {
    await page.context().close();
  }
}

export function printSearch(prefix: string, result: SearchResult): void {
  const { first, later } = result;
  figure(`${prefix}.first.downloaded`, kilobytes(first.index + first.library), 'KB');
  figure(`${prefix}.first.index-downloaded`, kilobytes(first.index), 'KB');
  figure(`${prefix}.first.library-downloaded`, kilobytes(first.library), 'KB');
  figure(`${prefix}.first.library-files`, first.libraryFiles.join(' '));
  figure(`${prefix}.first.time`, milliseconds(first.ms), 'ms');
  figure(`${prefix}.first.status`, first.status);
  figure(`${prefix}.later.downloaded`, kilobytes(later.bytes), 'KB');
  figure(`${prefix}.later.time`, milliseconds(later.ms), 'ms');
  figure(`${prefix}.later.status`, later.status);
}
