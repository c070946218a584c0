// Search on a big archive, in Chromium: a cold first search (what it downloads, and the time from
// navigation to the results' status text) and a later query through the page's own form.
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { appAssets, readManifest } from '../appAssets';
import { newPage } from './chromium';
import { dist } from './dist';
import { figure, kilobytes, milliseconds, progress } from './output';
import { searchQueries } from './site';

/** One response that came over the network, to the page or to the site's service worker. */
interface Download {
  path: string;
  bytes: number;
  byServiceWorker: boolean;
}

/** Bytes on the wire (gzip as served), split by what they were for. */
interface Downloads {
  /** Under /data/search/: the manifest, term shards and document shards. */
  index: number;
  /** Scripts beyond the search page's first-visit set: MiniSearch's chunk. */
  library: number;
  libraryFiles: string[];
  /** Whatever else the service worker fetched meanwhile (its precache of the app shell). */
  serviceWorkerOther: number;
  /** Everything, the page itself included. */
  total: number;
}

export interface SearchResult {
  first: Downloads & { ms: number; status: string };
  later: Downloads & { ms: number; status: string };
}

/**
 * Records every response that came over the network in the context, until read. Requests the
 * service worker made are reported on the context, and the page's copies it answered are
 * skipped (Playwright reports those with a negative body size), so nothing is counted twice.
 */
function recordDownloads(context: BrowserContext) {
  const downloads: Promise<Download | undefined>[] = [];
  const onFinished = (request: Request) => {
    downloads.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return undefined;
        const { responseBodySize } = await request.sizes();
        const path = new URL(request.url()).pathname;
        const byServiceWorker = request.serviceWorker() !== null;
        return { path, bytes: Math.max(0, responseBodySize), byServiceWorker };
      })(),
    );
  };
  context.on('requestfinished', onFinished);
  return async () => {
    context.off('requestfinished', onFinished);
    const settled = await Promise.all(downloads.splice(0));
    return settled.filter((download) => download !== undefined);
  };
}

/** Sorts the downloads; a file fetched by both the page and the service worker counts once. */
function classify(downloads: Download[], initial: ReadonlySet<string>): Downloads {
  const once = new Map<string, Download>();
  for (const download of downloads) {
    const seen = once.get(download.path);
    if (!seen || download.bytes > seen.bytes) once.set(download.path, download);
  }
  const unique = [...once.values()];
  const isIndex = (d: Download) => d.path.startsWith('/data/search/');
  const isLibrary = (d: Download) =>
    d.path.startsWith('/assets/') && d.path.endsWith('.js') && !initial.has(d.path);
  const sum = (list: Download[]) => list.reduce((total, d) => total + d.bytes, 0);
  const library = unique.filter(isLibrary);
  return {
    index: sum(unique.filter(isIndex)),
    library: sum(library),
    libraryFiles: library.map((d) => d.path),
    serviceWorkerOther: sum(
      downloads.filter((d) => d.byServiceWorker && !isIndex(d) && !isLibrary(d)),
    ),
    total: sum(downloads),
  };
}

/** The search page's first-visit scripts and styles, as the browser asks for them. */
async function firstVisitFiles(): Promise<Set<string>> {
  const manifest = await readManifest(dist);
  const { entry, preload } = appAssets(manifest, 'src/app/pages/SearchPage.tsx');
  const styles = Object.values(manifest).flatMap((chunk) => chunk.css ?? []);
  return new Set([entry, ...preload, ...styles.map((file) => `/${file}`)]);
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

async function firstSearch(page: Page, origin: string, initial: ReadonlySet<string>) {
  await watchFirstResults(page);
  const downloads = recordDownloads(page.context());
  await page.goto(`${origin}/search?q=${encodeURIComponent(searchQueries.first)}`);
  await page.waitForFunction(() => document.documentElement.dataset.benchResultsAt);
  const seen = await page.evaluate(() => {
    const { benchResultsAt, benchStatus } = document.documentElement.dataset;
    return { benchResultsAt, benchStatus };
  });
  // Let the service worker finish installing, so its downloads land in this figure.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  return {
    ...classify(await downloads(), initial),
    ms: Number(seen.benchResultsAt),
    status: seen.benchStatus ?? '',
  };
}

/** Submits `query` with the search page's form; times submit → the status text naming it. */
async function laterSearch(page: Page, query: string, initial: ReadonlySet<string>) {
  const downloads = recordDownloads(page.context());
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
  return { ...classify(await downloads(), initial), ms: end - start, status };
}

export async function measureSearch(browser: Browser, origin: string): Promise<SearchResult> {
  progress(`search: “${searchQueries.first}” cold, then “${searchQueries.later}”`);
  const initial = await firstVisitFiles();
  const page = await newPage(browser);
  try {
    const first = await firstSearch(page, origin, initial);
    const later = await laterSearch(page, searchQueries.later, initial);
    return { first, later };
  } finally {
    await page.context().close();
  }
}

function printQuery(prefix: string, result: Downloads & { ms: number; status: string }): void {
  figure(`${prefix}.downloaded`, kilobytes(result.index + result.library), 'KB');
  figure(`${prefix}.index-downloaded`, kilobytes(result.index), 'KB');
  figure(`${prefix}.library-downloaded`, kilobytes(result.library), 'KB');
  if (result.libraryFiles.length > 0) {
    figure(`${prefix}.library-files`, result.libraryFiles.join(' '));
  }
  figure(`${prefix}.service-worker-other-downloaded`, kilobytes(result.serviceWorkerOther), 'KB');
  figure(`${prefix}.all-downloaded`, kilobytes(result.total), 'KB');
  figure(`${prefix}.time`, milliseconds(result.ms), 'ms');
  figure(`${prefix}.status`, result.status);
}

export function printSearch(prefix: string, result: SearchResult): void {
  printQuery(`${prefix}.first`, result.first);
  printQuery(`${prefix}.later`, result.later);
}
