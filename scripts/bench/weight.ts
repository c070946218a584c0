// What a first visit to each page type runs, measured in Chromium on the served build
// (scripts/pageWeight.ts): deterministic for a build, so these are sizes, not timings.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { pageWeights, totals } from '../pageWeight';
import { figure, kilobytes } from './output';
import { weighedPages } from './site';

export async function printWeights(browser: Browser, origin: string): Promise<void> {
  const paths = weighedPages.map((p) => p.path);
  const weights = await pageWeights(browser, origin, path.resolve('dist'), paths);
  weighedPages.forEach(({ name }, i) => {
    const weight = weights[i];
    if (!weight) return;
    const hydrate = totals(weight.hydrate);
    const idle = totals(weight.idle);
    const prefix = `weight.${name}`;
    figure(`${prefix}.js.hydrate`, kilobytes(hydrate.all), 'KB gzip');
    figure(`${prefix}.js.hydrate.framework`, kilobytes(hydrate.framework), 'KB gzip');
    figure(`${prefix}.js.hydrate.app`, kilobytes(hydrate.app), 'KB gzip');
    figure(`${prefix}.js.by-idle`, kilobytes(hydrate.all + idle.all), 'KB gzip');
    figure(`${prefix}.css`, kilobytes(weight.css), 'KB gzip');
    figure(`${prefix}.html`, kilobytes(weight.html), 'KB gzip');
  });
}
