// `npm run bench [-- --quick]`: builds the site and prints its performance figures, one per line
// as `name: value unit` (progress goes to stderr). Not a test: nothing here passes or fails; the
// goals and the last full run's figures are in docs/PERFORMANCE.md.
//
//   weight.*      the article's first visit, gzipped (scripts/pageWeight.ts)
//   images.*      the article's photos on a 390 px phone at 2× and a 1440 px desktop at 1×
//   lighthouse.*  Lighthouse 12 mobile defaults on article, front and section pages (median)
//   navigation.*  click on a related-story link → new headline painted, in Chromium
//   memory.*      JS heap after 5 and after 50 client-side navigations
//   scale.*       builds of 10, 1,000 and 10,000 generated stories (cold and cached, the image
//                 step apart), and search on the largest
//
// --quick skips the 10,000-story build (search is measured on the 1,000 one) and runs
// Lighthouse once per page instead of three times.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { chromiumVersion, launchBrowser, newPage } from './bench/chromium';
import { watchDist } from './bench/dist';
import { printLighthouse, runLighthouse } from './bench/lighthouse';
import { measurePhotos, printPhotos } from './bench/images';
import { measureClicks, measureHeap, printClicks, printHeap } from './bench/navigation';
import { figure, progress } from './bench/output';
import { run, startPreview } from './bench/processes';
import { buildAtScale, printScale, printScaleComparisons, type ScaleResult } from './bench/scale';
import { measureSearch, printSearch } from './bench/search';
import { lighthousePages } from './bench/site';
import { articleWeight, printWeight } from './bench/weight';

interface Options {
  quick: boolean;
  lighthouseRuns: number;
  scaleSizes: number[];
  clicks: number;
  heapAfter: [number, number];
}

function parseOptions(args: readonly string[]): Options {
  const unknown = args.filter((arg) => arg !== '--quick');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run bench [-- --quick]`);
    process.exit(2);
  }
  const quick = args.includes('--quick');
  return {
    quick,
    lighthouseRuns: quick ? 1 : 3,
    scaleSizes: quick ? [10, 1000] : [10, 1000, 10000],
    clicks: 20,
    heapAfter: [5, 50],
  };
}

async function printEnvironment(options: Options): Promise<void> {
  figure('env.mode', options.quick ? 'quick' : 'full');
  figure('env.date', new Date().toISOString());
  figure('env.cpu', `${String(availableParallelism())} × ${cpus()[0]?.model ?? 'unknown'}`);
  figure('env.memory', (totalmem() / 1024 ** 3).toFixed(1), 'GiB');
  figure('env.node', process.version);
  figure('env.chromium', await chromiumVersion());
  printLoad('start');
}

/** Other developers share this machine's cores: timings mean little without the load beside them. */
function printLoad(when: string): void {
  figure(
    `env.load-average.${when}`,
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    '(1, 5, 15 min)',
  );
}

/** Flags figures taken while another process rebuilt dist/ under them. */
async function warnIfRebuilt(dist: { changed: () => Promise<boolean> }, what: string) {
  if (await dist.changed()) {
    figure('warning', `dist/ was rebuilt by another process during ${what}; re-run the bench`);
  }
}

/** Lighthouse, click timing and memory, against the default-content build served by Vite. */
async function measureServedSite(options: Options): Promise<void> {
  const preview = await startPreview();
  try {
    const pages = lighthousePages.map((p) => ({ name: p.name, url: `${preview.origin}${p.path}` }));
    for (const summary of await runLighthouse(pages, options.lighthouseRuns)) {
      printLighthouse(summary);
    }
    const browser = await launchBrowser();
    try {
      printPhotos(await measurePhotos(browser, preview.origin));
      printClicks(await measureClicks(await newPage(browser), preview.origin, options.clicks));
      const [early, late] = options.heapAfter;
      printHeap(await measureHeap(await newPage(browser), preview.origin, early, late));
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
}

async function measureSearchServed(stories: number): Promise<void> {
  const preview = await startPreview();
  try {
    const browser = await launchBrowser();
    try {
      printSearch(`scale.${String(stories)}.search`, await measureSearch(browser, preview.origin));
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
}

async function measureScale(options: Options): Promise<void> {
  const results: ScaleResult[] = [];
  const largest = Math.max(...options.scaleSizes);
  for (const stories of options.scaleSizes) {
    const { result, dist } = await buildAtScale(stories);
    results.push(result);
    printScale(result);
    if (stories === largest) await measureSearchServed(stories);
    await warnIfRebuilt(dist, `the ${String(stories)}-story measurements`);
  }
  printScaleComparisons(results);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await printEnvironment(options);
  try {
    progress('building the default content');
    await run('npm', ['run', 'build']);
    const dist = await watchDist();
    printWeight(await articleWeight());
    await measureServedSite(options);
    await warnIfRebuilt(dist, 'the weight, Lighthouse, navigation and memory measurements');
    await measureScale(options);
    printLoad('end');
  } finally {
    // Leave dist/ as everyone else expects it: built from the site's own content.
    progress('rebuilding dist/ with the default content');
    await run('npm', ['run', 'build']);
  }
}

await main();
