// `npm run budget` (part of `npm test`, after the build): the page-weight budgets, measured in
// Chromium on the built site. Sizes are deterministic for a build, so this is a check, not a
// timing. Every script a page runs counts: the inline boot script, the framework, the app.
import path from 'node:path';
import { launchBrowser } from './bench/chromium';
import { startPreview } from './bench/processes';
import { kb, pageWeights, totals, type PageWeight } from './pageWeight';

const budgets = {
  /** Everything a first visit runs to show and hydrate the page. */
  firstVisit: 105 * 1024,
  /** Of that, Broadsheet's own code (not React, React DOM, React Router), on a story. */
  appOnStory: 8 * 1024,
  /**
   * Everything the page has run once idle, with no input: feature code (src/app/onDemand.ts)
   * and what prefetch.ts loads for the links in view come on top of the first visit.
   */
  byIdle: 120 * 1024,
  css: 12 * 1024,
};

const pages = {
  story: '/world/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset',
  front: '/',
  section: '/world',
  search: '/search',
} as const;

const overBudget: string[] = [];
function row(name: string, size: number, budget?: number) {
  const verdict =
    budget === undefined ? '' : size <= budget ? `  ≤ ${kb(budget)} ok` : `  > ${kb(budget)} OVER`;
  if (budget !== undefined && size > budget) overBudget.push(name);
  console.log(`  ${name.padEnd(44)} ${kb(size).padStart(9)}${verdict}`);
}

function report(name: string, weight: PageWeight) {
  const hydrate = totals(weight.hydrate);
  const idle = totals(weight.idle);
  console.log(`${name} (${weight.path}), gzipped:`);
  if (process.env.BUDGET_FILES)
    for (const f of weight.hydrate) row(`  = ${path.basename(f.url)}`, f.bytes);
  row('JavaScript to hydrate, all', hydrate.all, budgets.firstVisit);
  row('  framework (react, react-dom, react-router, runtime)', hydrate.framework);
  row(
    '  app, inline boot script included',
    hydrate.app,
    name === 'story' ? budgets.appOnStory : undefined,
  );
  row('JavaScript by idle, no input, all', hydrate.all + idle.all, budgets.byIdle);
  for (const file of weight.idle) row(`  + ${path.basename(file.url)}`, file.bytes);
  row('CSS', weight.css, budgets.css);
  row('HTML', weight.html);
}

const preview = await startPreview();
try {
  const browser = await launchBrowser();
  try {
    const weights = await pageWeights(
      browser,
      preview.origin,
      path.resolve('dist'),
      Object.values(pages),
    );
    Object.keys(pages).forEach((name, i) => {
      const weight = weights[i];
      if (weight) report(name, weight);
    });
  } finally {
    await browser.close();
  }
} finally {
  await preview.stop();
}
if (overBudget.length > 0) {
  console.error('A page-weight budget is exceeded.');
  process.exitCode = 1;
}
