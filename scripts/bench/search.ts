// Search on a big archive, in Chromium, side by side with Pagefind over the same build and the
// same queries: on a simulated phone (150 ms round trips, 1.6 Mbps, 4× CPU through CDP) and
// unthrottled. Each run starts on a loaded /search page in a fresh context (empty cache), then
// times three queries from submit to results painted and counts what each downloaded, waiting
// for the network to go quiet between them; each engine runs 5 times per profile, taking turns,
// and each time is the median of the 5:
//   first   the first query (what the page fetched while loading, to get ready, is counted too)
//   later   a query with new words
//   repeat  the same words again, in another order
// Then the typo check: does a query with a typo find, in its top 3, the story the correctly
// spelled word finds first? And what answering in one round trip would add to the index.
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { searchPageSize } from '../../src/content/searchEngine';
import { decodeIds, decodeTermsFile, type SearchManifest } from '../../src/content/searchIndex';
import { figure, kilobytes, median, milliseconds, progress } from './output';
import { pagefindSize, type BundleSize } from './pagefind';
import { dist, searchIndexSize, type SearchIndexSize } from './dist';

const searchQueries = {
  first: 'community',
  later: 'garden market',
  repeat: 'market garden',
};

/** The typos of the issue, each with the word it stands for. */
const issueTypos: [typo: string, word: string][] = [
  ['rsusia', 'russia'],
  ['mocsow', 'moscow'],
  ['umseum', 'museum'],
  ['ocmmunity', 'community'],
  ['nuseum', 'museum'],
  ['bsston', 'boston'],
];

/** The same kinds of typo: first two letters swapped, two swapped further in, first or second letter wrong. */
const typoKinds: ((word: string) => string)[] = [
  (w) => `${w.charAt(1)}${w.charAt(0)}${w.slice(2)}`,
  (w) => `${w.slice(0, 2)}${w.charAt(3)}${w.charAt(2)}${w.slice(4)}`,
  (w) => `${w.charAt(0) === 'n' ? 'm' : 'n'}${w.slice(1)}`,
  (w) => `${w.charAt(0)}${w.charAt(1) === 's' ? 'a' : 's'}${w.slice(2)}`,
];

interface Throttle {
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
  cpuSlowdown: number;
}

const phone: Throttle = {
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
  cpuSlowdown: 4,
};

interface Query {
  query: string;
  /** The median over the runs. */
  ms: number;
  /** Every run's time, in the order run. */
  runs?: number[];
  /** Bytes on the wire (as served, gzip) of the search's own files: index and code. */
  bytes: number;
  files: number;
  summary: string;
}

interface EngineRun {
  /** What loading the search page fetched to get ready (code, manifest or metadata). */
  ready: { bytes: number; files: number };
  first: Query;
  later: Query;
  repeat: Query;
}

interface TypoCheck {
  typo: string;
  word: string;
  intended: string;
  found: boolean;
}

export interface SearchResult {
  index: SearchIndexSize;
  oneRoundTrip: OneRoundTrip;
  pagefind: BundleSize;
  runs: { profile: string; ours: EngineRun; pagefind: EngineRun }[];
  typos: { ours: TypoCheck[]; pagefind: TypoCheck[] };
}

async function throttle(cdp: CDPSession, profile: Throttle | undefined): Promise<void> {
  if (!profile) return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downloadKbps * 1000) / 8,
    uploadThroughput: (profile.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** Records the bytes of responses whose path `counts`, until read. */
function recordDownloads(context: BrowserContext, counts: (path: string) => boolean) {
  const downloads: Promise<{ path: string; bytes: number } | undefined>[] = [];
  const onFinished = (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (!counts(path)) return;
    downloads.push(
      (async () => {
        const response = await request.response();
        if (!response || response.fromServiceWorker()) return undefined;
        const { responseBodySize } = await request.sizes();
        return { path, bytes: Math.max(0, responseBodySize) };
      })(),
    );
  };
  context.on('requestfinished', onFinished);
  return async () => {
    context.off('requestfinished', onFinished);
    const settled = (await Promise.all(downloads.splice(0))).filter((d) => d !== undefined);
    return { bytes: settled.reduce((n, d) => n + d.bytes, 0), files: settled.length };
  };
}

const isOurs = (p: string) => p.startsWith('/data/search/') || /\/assets\/searchEngine-/.test(p);
const isPagefind = (p: string) => p.startsWith('/pagefind/');

async function freshPage(browser: Browser, profile: Throttle | undefined, bypassCSP: boolean) {
  // No service worker: its precache of the app shell is not search, and would blur the bytes.
  const context = await browser.newContext({
    serviceWorkers: 'block',
    bypassCSP,
    // The HTTP/2 server's certificate is a throwaway, made for the run.
    ignoreHTTPSErrors: true,
  });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  watchNetwork(page);
  await throttle(await context.newCDPSession(page), profile);
  return page;
}

const networks = new WeakMap<Page, { inFlight: number; lastChange: number }>();

function watchNetwork(page: Page): void {
  const network = { inFlight: 0, lastChange: Date.now() };
  const change = (by: number) => () => {
    network.inFlight += by;
    network.lastChange = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  networks.set(page, network);
}

/**
 * Waits until no request has been in flight for half a second: what a query set off after its
 * results (their stories' data, prefetched as they come into view) is over before the next
 * query, as it is for a reader who reads the results first. (Playwright's 'networkidle' comes
 * once per document, so after a change of page in the app it does not wait at all.)
 */
async function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  const network = networks.get(page);
  if (!network) throw new Error('networkQuiet: the page was not made by freshPage');
  const deadline = Date.now() + 60_000;
  while (network.inFlight > 0 || Date.now() - network.lastChange < quietMs) {
    if (Date.now() > deadline) throw new Error('The network did not go quiet within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// ---- Broadsheet's search: the page's own form ------------------------------------------------

/** Submits `query` with the search page's form; submit → results for it painted. */
async function ourQuery(page: Page, query: string): Promise<Query> {
  const downloads = recordDownloads(page.context(), isOurs);
  const timing = await page.evaluateHandle((q) => {
    const result = { start: 0, end: 0, summary: '' };
    document.addEventListener('submit', () => (result.start = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const status = document.querySelector('.results-summary[role="status"]');
      if (!result.start || !status?.textContent.includes(`“${q}”`)) return;
      observer.disconnect();
      result.summary = status.textContent;
      requestAnimationFrame(() => (result.end = performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return result;
  }, query);
  const input = page.locator('#search-page-query');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction((t) => t.end > 0, timing, { timeout: 60_000 });
  const { start, end, summary } = await timing.jsonValue();
  await networkQuiet(page);
  return { query, ms: end - start, summary, ...(await downloads()) };
}

async function runOurs(browser: Browser, origin: string, profile?: Throttle): Promise<EngineRun> {
  const page = await freshPage(browser, profile, false);
  try {
    const ready = recordDownloads(page.context(), isOurs);
    await page.goto(`${origin}/search`);
    await page.waitForLoadState('networkidle');
    // Hydrated: the search page has fetched its code and the index's manifest.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('manifest.json')),
    );
    return {
      ready: await ready(),
      first: await ourQuery(page, searchQueries.first),
      later: await ourQuery(page, searchQueries.later),
      repeat: await ourQuery(page, searchQueries.repeat),
    };
  } finally {
    await page.context().close();
  }
}

// ---- Pagefind: its JS API, the first 10 results' data, painted as a list ---------------------

interface PagefindApi {
  init: () => Promise<void>;
  filters: () => Promise<unknown>;
  search: (term: string) => Promise<{
    results: { data: () => Promise<{ url: string; meta: { title?: string } }> }[];
  }>;
}

declare global {
  interface Window {
    __pagefind?: PagefindApi;
  }
}

async function pagefindQuery(page: Page, query: string): Promise<Query & { urls: string[] }> {
  const downloads = recordDownloads(page.context(), isPagefind);
  const result = await page.evaluate(async (q) => {
    const pagefind = window.__pagefind;
    if (!pagefind) throw new Error('Pagefind is not loaded');
    const start = performance.now();
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    const list = document.createElement('ol');
    for (const item of data) {
      const li = document.createElement('li');
      li.textContent = item.meta.title ?? item.url;
      list.append(li);
    }
    document.querySelector('main')?.append(list);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return {
      ms: performance.now() - start,
      summary: `${String(search.results.length)} results`,
      urls: data.map((d) => d.url),
    };
  }, query);
  await networkQuiet(page);
  return { query, ...result, ...(await downloads()) };
}

async function runPagefind(browser: Browser, origin: string, profile?: Throttle) {
  // Pagefind runs WebAssembly, which the site's policy (script-src 'self') forbids.
  const page = await freshPage(browser, profile, true);
  try {
    await page.goto(`${origin}/search`);
    await page.waitForLoadState('networkidle');
    const ready = recordDownloads(page.context(), isPagefind);
    await page.evaluate(async () => {
      const pagefind = (await import(
        /* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
      )) as PagefindApi;
      await pagefind.init();
      await pagefind.filters();
      window.__pagefind = pagefind;
    });
    await networkQuiet(page);
    return {
      page,
      run: {
        ready: await ready(),
        first: await pagefindQuery(page, searchQueries.first),
        later: await pagefindQuery(page, searchQueries.later),
        repeat: await pagefindQuery(page, searchQueries.repeat),
      },
    };
  } catch (error) {
    await page.context().close();
    throw error;
  }
}

/** Runs of each engine and profile: every figure is the median of these, each in a fresh context. */
const runsPerProfile = 5;

/** One run standing for several: each query's median time, its bytes (the same every run). */
function medianRun(runs: readonly EngineRun[]): EngineRun {
  const [first] = runs;
  if (!first) throw new Error('no search runs to summarise');
  const summarise = (pick: (run: EngineRun) => Query): Query => {
    const times = runs.map((run) => pick(run).ms);
    return { ...pick(first), ms: median(times), runs: times };
  };
  return {
    ready: first.ready,
    first: summarise((run) => run.first),
    later: summarise((run) => run.later),
    repeat: summarise((run) => run.repeat),
  };
}

// ---- The index's own files --------------------------------------------------------------------

const indexRoot = path.join(dist, 'data/search');

/** A file of the built index, as JSON. */
const readIndex = async <T>(file: string) =>
  JSON.parse(await readFile(path.join(indexRoot, file), 'utf8')) as T;

/** Terms file `file`: term → its lists of stories, one per field. */
const readTerms = async (file: number) =>
  decodeTermsFile(await readIndex<string[]>(`terms/${String(file)}.json`));

/** How many stories a term is in. */
const storyCount = (lists: readonly string[]) =>
  lists.reduce((n, list) => n + decodeIds(list).length, 0);

// ---- One round trip --------------------------------------------------------------------------

/** What a later query in one round trip would cost on disk: the cards inside the terms files. */
interface OneRoundTrip {
  terms: number;
  /** Cards written: each term's stories up to a page of results. */
  copies: number;
  /** Bytes on disk (as written + gzip + brotli), at the cards' mean size in the docs files. */
  bytes: number;
}

/**
 * A query with new words fetches its terms files, then its page's cards (docs files). To answer
 * in one round trip instead, each term's file would have to carry the cards of its first page
 * (10 results) itself: what would that add to the index on disk?
 */
async function oneRoundTripSize(): Promise<OneRoundTrip> {
  const manifest = await readIndex<SearchManifest>('manifest.json');
  let terms = 0;
  let copies = 0;
  for (let file = 0; file < manifest.termFiles.length; file += 1) {
    for (const lists of (await readTerms(file)).values()) {
      terms += 1;
      copies += Math.min(storyCount(lists), searchPageSize);
    }
  }
  let docBytes = 0;
  for (const entry of await readdir(path.join(indexRoot, 'docs'))) {
    docBytes += (await stat(path.join(indexRoot, 'docs', entry))).size;
  }
  return { terms, copies, bytes: Math.round((copies * docBytes) / manifest.docCount) };
}

// ---- Typos ------------------------------------------------------------------------------------

/**
 * Ten more words from the archive: terms of 6–9 letters found in 3 to 30 stories, taken at
 * even steps through the index's own dictionary, so every run of the same archive picks the same.
 */
async function archiveWords(): Promise<string[]> {
  const manifest = await readIndex<SearchManifest>('manifest.json');
  const words: string[] = [];
  const step = Math.max(1, Math.floor(manifest.termFiles.length / 10));
  for (let file = step >> 1; file < manifest.termFiles.length && words.length < 10; file += step) {
    const found = [...(await readTerms(file))].find(([term, lists]) => {
      const stories = storyCount(lists);
      return /^[a-z]{6,9}$/.test(term) && stories >= 3 && stories <= 30;
    });
    if (found) words.push(found[0]);
  }
  return words;
}

async function typoList(): Promise<[string, string][]> {
  const words = await archiveWords();
  return [
    ...issueTypos,
    ...words.map((word, i): [string, string] => [
      typoKinds[i % typoKinds.length]?.(word) ?? word,
      word,
    ]),
  ];
}

/** The result links of a search page, in order. */
async function ourTop(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search?q=${encodeURIComponent(query)}`);
  await page
    .locator('.results-summary[role="status"]')
    .filter({ hasText: `“${query}”` })
    .waitFor();
  return page
    .locator('.search-results h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function checkTypos(
  typos: readonly [string, string][],
  top: (query: string) => Promise<string[]>,
): Promise<TypoCheck[]> {
  const checks: TypoCheck[] = [];
  for (const [typo, word] of typos) {
    const intended = (await top(word))[0] ?? '';
    const found = intended !== '' && (await top(typo)).slice(0, 3).includes(intended);
    checks.push({ typo, word, intended, found });
  }
  return checks;
}

const normalisePagefindUrl = (url: string) => url.replace(/\/$/, '');

/**
 * `origin` serves dist/ over HTTP/1.1 (vite preview); `http2` over HTTPS and HTTP/2, where
 * given. Throttled, both are measured; unthrottled, HTTP/1.1 only.
 */
export async function measureSearch(
  browser: Browser,
  origin: string,
  options: { throttled: boolean; http2?: string },
): Promise<SearchResult> {
  const profiles: { name: string; origin: string; throttle?: Throttle }[] = [];
  if (options.throttled) {
    profiles.push({ name: 'phone', origin, throttle: phone });
    if (options.http2)
      profiles.push({ name: 'phone-http2', origin: options.http2, throttle: phone });
  }
  profiles.push({ name: 'unthrottled', origin });
  const runs: SearchResult['runs'] = [];
  let typos: SearchResult['typos'] = { ours: [], pagefind: [] };
  for (const { name, origin: at, throttle: profile } of profiles) {
    // The engines take turns, so a change in the machine's load falls on both.
    const ours: EngineRun[] = [];
    const pagefind: EngineRun[] = [];
    for (let i = 1; i <= runsPerProfile; i += 1) {
      progress(`search (${name}): Broadsheet, run ${String(i)} of ${String(runsPerProfile)}`);
      ours.push(await runOurs(browser, at, profile));
      progress(`search (${name}): Pagefind, run ${String(i)} of ${String(runsPerProfile)}`);
      const theirs = await runPagefind(browser, at, profile);
      await theirs.page.context().close();
      pagefind.push(theirs.run);
    }
    runs.push({ profile: name, ours: medianRun(ours), pagefind: medianRun(pagefind) });
  }
  progress('search: typo check');
  const list = await typoList();
  const page = await freshPage(browser, undefined, false);
  try {
    const pf = await runPagefind(browser, origin);
    try {
      typos = {
        ours: await checkTypos(list, (q) => ourTop(page, origin, q)),
        pagefind: await checkTypos(list, async (q) =>
          (await pagefindQuery(pf.page, q)).urls.map(normalisePagefindUrl),
        ),
      };
    } finally {
      await pf.page.context().close();
    }
  } finally {
    await page.context().close();
  }
  return {
    index: await searchIndexSize(),
    oneRoundTrip: await oneRoundTripSize(),
    pagefind: await pagefindSize(),
    runs,
    typos,
  };
}

function printQuery(prefix: string, q: Query): void {
  const spread = q.runs
    ? ` (median of ${String(q.runs.length)}: ${q.runs.map(milliseconds).join(', ')})`
    : '';
  figure(`${prefix}.time`, milliseconds(q.ms), `ms${spread}`);
  figure(`${prefix}.downloaded`, kilobytes(q.bytes), `KB in ${String(q.files)} files`);
  figure(`${prefix}.answer`, `“${q.query}”: ${q.summary}`);
}

function printRun(prefix: string, run: EngineRun): void {
  figure(`${prefix}.ready`, kilobytes(run.ready.bytes), `KB in ${String(run.ready.files)} files`);
  printQuery(`${prefix}.first`, run.first);
  figure(
    `${prefix}.first.downloaded-with-ready`,
    kilobytes(run.ready.bytes + run.first.bytes),
    'KB',
  );
  printQuery(`${prefix}.later`, run.later);
  printQuery(`${prefix}.repeat`, run.repeat);
}

export function printSearch(prefix: string, result: SearchResult): void {
  const { index, pagefind } = result;
  figure(
    `${prefix}.index.broadsheet`,
    kilobytes(index.raw + index.gzip + index.brotli),
    `KB on disk in ${String(index.files)} files (+ .gz and .br each): raw ${kilobytes(index.raw)}, gzip ${kilobytes(index.gzip)}, brotli ${kilobytes(index.brotli)}`,
  );
  figure(
    `${prefix}.index.one-round-trip`,
    kilobytes(result.oneRoundTrip.bytes),
    `KB on disk more, were each term's first page of cards in its terms file (${result.oneRoundTrip.copies.toLocaleString('en')} cards for ${result.oneRoundTrip.terms.toLocaleString('en')} terms)`,
  );
  figure(
    `${prefix}.index.pagefind`,
    kilobytes(pagefind.bytes),
    `KB on disk in ${String(pagefind.files)} files (its UI files left out)`,
  );
  for (const run of result.runs) {
    printRun(`${prefix}.${run.profile}.broadsheet`, run.ours);
    printRun(`${prefix}.${run.profile}.pagefind`, run.pagefind);
  }
  for (const [engine, checks] of Object.entries(result.typos)) {
    const found = checks.filter((c) => c.found);
    figure(
      `${prefix}.typos.${engine}`,
      `${String(found.length)} of ${String(checks.length)}`,
      'find the intended story in the top 3',
    );
    const missed = checks.filter((c) => !c.found).map((c) => `${c.typo}→${c.word}`);
    figure(`${prefix}.typos.${engine}.missed`, missed.length > 0 ? missed.join(' ') : 'none');
  }
  figure(`${prefix}.typos.list`, result.typos.ours.map((c) => `${c.typo}→${c.word}`).join(' '));
}
