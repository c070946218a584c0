// `npm run bench [-- --quick]`: builds the site and prints its performance figures, one per line
// as `name: value unit` (progress goes to stderr). Not a test: nothing here passes or fails; the
// goals and the last full run's figures are in docs/PERFORMANCE.md.
//
//   lighthouse.*  Lighthouse 12 mobile defaults on the story, front, section and search pages
//                 (median), each beside the same page with its scripts taken out, with ratios
//   weight.*      what each of those pages runs, gzipped (scripts/pageWeight.ts)
//   images.*      the sample story's photos on a 390 px phone at 2× and a 1440 px desktop at 1×
//   navigation.*  click on a related-story link → new headline painted, in Chromium, plain and
//                 on a throttled phone (4× CPU, 150 ms round trips) beside a full page load
//   memory.*      JS heap after 5 and after 50 client-side navigations
//   scale.*       builds of 10, 1,000 and 10,000 generated stories (cold and cached, the image
//                 step apart), and search on the largest, side by side with Pagefind, on a
//                 simulated phone and unthrottled
//
// --quick skips the 10,000-story build (search is measured on the 1,000 one, unthrottled only)
// and runs Lighthouse once per page instead of three times. --search builds only the 10,000
// stories and measures search.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { chromiumVersion, launchBrowser, newPage } from './bench/chromium';
import { dist, watchDist } from './bench/dist';
import {
  printAgainstNoScripts,
  printLighthouse,
  runLighthouse,
  withoutScripts,
} from './bench/lighthouse';
import {
  measureClicks,
  measureHeap,
  measureThrottledClicks,
  printClicks,
  printHeap,
  printThrottledClicks,
} from './bench/navigation';
import { measurePhotos, printPhotos } from './bench/images';
import { figure, progress } from './bench/output';
import { run, startPreview } from './bench/processes';
import { buildAtScale, printScale, printScaleComparisons, type ScaleResult } from './bench/scale';
import { startHttp2 } from './bench/http2';
import { runPagefind } from './bench/pagefind';
import { measureSearch, printSearch } from './bench/search';
import { weighedPages } from './bench/site';
import { printWeights } from './bench/weight';

interface Options {
  quick: boolean;
  searchOnly: boolean;
  lighthouseRuns: number;
  scaleSizes: number[];
  clicks: number;
  heapAfter: [number, number];
}

function parseOptions(args: readonly string[]): Options {
  const unknown = args.filter((arg) => arg !== '--quick' && arg !== '--search');
  if (unknown.length > 0) {
    console.error(
      `Unknown option ${unknown.join(' ')}. Usage: npm run bench [-- --quick | --search]`,
    );
    process.exit(2);
  }
  const quick = args.includes('--quick');
  const searchOnly = args.includes('--search');
  return {
    quick,
    searchOnly,
    lighthouseRuns: quick ? 1 : 3,
    scaleSizes: searchOnly ? [10000] : quick ? [10, 1000] : [10, 1000, 10000],
    clicks: 20,
    heapAfter: [5, 50],
  };
}

async function printEnvironment(options: Options): Promise<void> {
  figure('env.mode', options.searchOnly ? 'search' : options.quick ? 'quick' : 'full');
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

/**
 * Lighthouse on each page and on the same page with its scripts taken out (written beside the
 * build under /bench-no-scripts/, served the same way), in the same rounds.
 */
async function measureLighthouse(origin: string, runs: number): Promise<void> {
  const bare = '/bench-no-scripts';
  await mkdir(path.join(dist, bare), { recursive: true });
  try {
    for (const page of weighedPages) {
      const file = path.join(dist, page.path, 'index.html');
      const copy = path.join(dist, bare, page.path, 'index.html');
      await mkdir(path.dirname(copy), { recursive: true });
      await writeFile(copy, withoutScripts(await readFile(file, 'utf8')));
    }
    const pages = weighedPages.flatMap((p) => [
      { name: p.name, url: `${origin}${p.path}` },
      { name: `${p.name}.no-scripts`, url: `${origin}${bare}${p.path}` },
    ]);
    const summaries = await runLighthouse(pages, runs);
    for (const [i, summary] of summaries.entries()) {
      printLighthouse(summary);
      const withoutThem = summaries[i + 1];
      if (i % 2 === 0 && withoutThem) printAgainstNoScripts(summary, withoutThem);
    }
  } finally {
    await rm(path.join(dist, bare), { recursive: true, force: true });
  }
}

/** Lighthouse, weights, click timing and memory, against the default-content build. */
async function measureServedSite(options: Options): Promise<void> {
  const preview = await startPreview();
  try {
    await measureLighthouse(preview.origin, options.lighthouseRuns);
    const browser = await launchBrowser();
    try {
      await printWeights(browser, preview.origin);
      printPhotos(await measurePhotos(browser, preview.origin));
      printClicks(await measureClicks(await newPage(browser), preview.origin, options.clicks));
      printThrottledClicks(
        await measureThrottledClicks(await newPage(browser), preview.origin, options.clicks / 2),
      );
      const [early, late] = options.heapAfter;
      printHeap(await measureHeap(await newPage(browser), preview.origin, early, late));
    } finally {
      await browser.close();
    }
  } finally {
    await preview.stop();
  }
}

async function measureSearchServed(stories: number, throttled: boolean): Promise<void> {
  progress(`search: Pagefind indexes the ${String(stories)}-story build`);
  figure(`scale.${String(stories)}.pagefind.build`, (await runPagefind()).toFixed(1), 's');
  const preview = await startPreview();
  const http2 = await startHttp2();
  try {
    const browser = await launchBrowser();
    try {
      printSearch(
        `scale.${String(stories)}.search`,
        await measureSearch(browser, preview.origin, { throttled, http2: http2.origin }),
      );
    } finally {
      await browser.close();
    }
  } finally {
    await Promise.all([preview.stop(), http2.stop()]);
  }
}

async function measureScale(options: Options): Promise<void> {
  const results: ScaleResult[] = [];
  const largest = Math.max(...options.scaleSizes);
  for (const stories of options.scaleSizes) {
    const { result, dist } = await buildAtScale(stories);
    results.push(result);
    printScale(result);
    if (stories === largest) await measureSearchServed(stories, !options.quick);
    await warnIfRebuilt(dist, `the ${String(stories)}-story measurements`);
  }
  printScaleComparisons(results);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await printEnvironment(options);
  try {
    if (!options.searchOnly) {
      progress('building the default content');
      await run('npm', ['run', 'build']);
      const dist = await watchDist();
      await measureServedSite(options);
      await warnIfRebuilt(dist, 'the weight, Lighthouse, navigation and memory measurements');
    }
    await measureScale(options);
    printLoad('end');
  } finally {
    // Leave dist/ as everyone else expects it: built from the site's own content.
    progress('rebuilding dist/ with the default content');
    await run('npm', ['run', 'build']);
  }
}

await main();
