// Lighthouse 12 with its default (mobile, simulated throttling) settings, run against the served
// build in Debian's Chromium. Scores and metrics vary from run to run, so each page is run
// several times and the median of each figure is reported, with the worst performance score.
// Each page is also audited with its scripts taken out (withoutScripts), in the same rounds:
// the floor this site can reach, and the ratio to it says what the app's JavaScript costs.
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromeFlags, chromePath, freshProfile } from './chromium';
import { figure, median, milliseconds, progress } from './output';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

const metrics = [
  { name: 'fcp', audit: 'first-contentful-paint', unit: 'ms' },
  { name: 'lcp', audit: 'largest-contentful-paint', unit: 'ms' },
  { name: 'tbt', audit: 'total-blocking-time', unit: 'ms' },
  { name: 'cls', audit: 'cumulative-layout-shift', unit: '' },
] as const;
type Metric = (typeof metrics)[number]['name'];

// Audits whose score says pass or fail; informative, manual and not-applicable ones do not.
const scoredModes = new Set(['binary', 'numeric', 'metricSavings']);
const failingShown = 8;

interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  weight: number;
  score: number;
}

/** An audit Lighthouse could not run (this Lighthouse may not read every trace a newer Chromium writes). */
interface ErroredAudit {
  id: string;
  message: string;
}

interface Run {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  failing: FailingAudit[];
  errored: ErroredAudit[];
  benchmarkIndex: number;
}

export interface PageSummary {
  page: string;
  runs: number;
  scores: Record<Category, number>;
  /** The lowest performance score of any run. */
  worstPerformance: number;
  metrics: Record<Metric, number>;
  benchmarkIndex: number;
  /** For each category under 100: its failing audits, heaviest first, with how often they failed. */
  failing: (FailingAudit & { failedRuns: number })[];
  /** Audits that errored, with in how many runs: their findings are missing from the report. */
  errored: (ErroredAudit & { failedRuns: number })[];
}

function failingAudits(lhr: Result): FailingAudit[] {
  return categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) return [];
      if (!scoredModes.has(audit.scoreDisplayMode)) return [];
      return [{ category, id: ref.id, title: audit.title, weight: ref.weight, score: audit.score }];
    }),
  );
}

function erroredAudits(lhr: Result): ErroredAudit[] {
  return Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => ({
      id: audit.id,
      message: (audit.errorMessage ?? '').split('\n')[0]?.slice(0, 120) ?? '',
    }));
}

function readRun(lhr: Result): Run {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) progress(`Lighthouse warning: ${warning}`);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const value = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    scores: Object.fromEntries(categories.map((c) => [c, score(c)])) as Record<Category, number>,
    metrics: Object.fromEntries(metrics.map((m) => [m.name, value(m.audit)])) as Record<
      Metric,
      number
    >,
    failing: failingAudits(lhr),
    errored: erroredAudits(lhr),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Failing audits of the categories whose median is under 100, across all runs. */
function summariseFailing(runs: Run[], scores: Record<Category, number>): PageSummary['failing'] {
  const byAudit = new Map<string, FailingAudit & { failedRuns: number }>();
  for (const audit of runs.flatMap((run) => run.failing)) {
    if (scores[audit.category] >= 100) continue;
    const key = `${audit.category}/${audit.id}`;
    const seen = byAudit.get(key);
    if (seen) {
      seen.failedRuns += 1;
      seen.score = Math.min(seen.score, audit.score);
    } else byAudit.set(key, { ...audit, failedRuns: 1 });
  }
  const ranked = [...byAudit.values()].sort(
    (a, b) => b.weight - a.weight || b.failedRuns - a.failedRuns || a.score - b.score,
  );
  return categories.flatMap((category) =>
    ranked.filter((audit) => audit.category === category).slice(0, failingShown),
  );
}

function summariseErrored(runs: Run[]): PageSummary['errored'] {
  const byId = new Map<string, ErroredAudit & { failedRuns: number }>();
  for (const audit of runs.flatMap((run) => run.errored)) {
    const seen = byId.get(audit.id);
    if (seen) seen.failedRuns += 1;
    else byId.set(audit.id, { ...audit, failedRuns: 1 });
  }
  return [...byId.values()];
}

function summarise(page: string, runs: Run[]): PageSummary {
  const scores = Object.fromEntries(
    categories.map((c) => [c, median(runs.map((run) => run.scores[c]))]),
  ) as Record<Category, number>;
  return {
    page,
    runs: runs.length,
    scores,
    worstPerformance: Math.min(...runs.map((run) => run.scores.performance)),
    metrics: Object.fromEntries(
      metrics.map((m) => [m.name, median(runs.map((run) => run.metrics[m.name]))]),
    ) as Record<Metric, number>,
    benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)),
    failing: summariseFailing(runs, scores),
    errored: summariseErrored(runs),
  };
}

/**
 * Audits each page `runs` times in one Chromium (Lighthouse resets storage between runs), page
 * after page within each round, so pages compared with each other meet the same machine load.
 */
export async function runLighthouse(
  pages: readonly { name: string; url: string }[],
  runs: number,
): Promise<PageSummary[]> {
  const profile = await freshProfile();
  const chrome = await launch({
    chromePath,
    chromeFlags,
    userDataDir: profile.dir,
    logLevel: 'error',
  });
  try {
    const results = pages.map(() => [] as Run[]);
    for (let i = 1; i <= runs; i += 1) {
      for (const [index, page] of pages.entries()) {
        progress(`Lighthouse ${page.name} run ${String(i)} of ${String(runs)}`);
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        if (!result) throw new Error(`Lighthouse returned no result for ${page.url}`);
        results[index]?.push(readRun(result.lhr));
      }
    }
    return pages.map((page, index) => summarise(page.name, results[index] ?? []));
  } finally {
    chrome.kill();
    await profile.remove();
  }
}

export function printLighthouse(summary: PageSummary): void {
  const prefix = `lighthouse.${summary.page}`;
  for (const category of categories) {
    figure(`${prefix}.${category}`, summary.scores[category], '/ 100');
  }
  figure(`${prefix}.performance.worst-run`, summary.worstPerformance, '/ 100');
  for (const metric of metrics) {
    const value = summary.metrics[metric.name];
    figure(
      `${prefix}.${metric.name}`,
      metric.unit === 'ms' ? milliseconds(value) : value.toFixed(3),
      metric.unit,
    );
  }
  figure(`${prefix}.benchmark-index`, Math.round(summary.benchmarkIndex));
  for (const audit of summary.failing) {
    figure(
      `${prefix}.${audit.category}.failing`,
      `${audit.id} — ${audit.title} (worst score ${audit.score.toFixed(2)}, weight ${String(audit.weight)}, ` +
        `failed in ${String(audit.failedRuns)} of ${String(summary.runs)} runs)`,
    );
  }
  for (const audit of summary.errored) {
    figure(
      `${prefix}.audit-error`,
      `${audit.id} — ${audit.message} (in ${String(audit.failedRuns)} of ${String(summary.runs)} runs)`,
    );
  }
}

/**
 * A prerendered page as it would be with no JavaScript at all: its executable scripts (the
 * inline boot script included) and modulepreload links taken out; data scripts stay.
 */
export function withoutScripts(html: string): string {
  const dataTypes = /\btype="application\/(?:ld\+)?json"/;
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/g, (tag, attributes: string) =>
      dataTypes.test(attributes) ? tag : '',
    )
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/** FCP and LCP against the same page without scripts, as printed figures. */
export function printAgainstNoScripts(withScripts: PageSummary, bare: PageSummary): void {
  for (const metric of ['fcp', 'lcp'] as const) {
    figure(
      `lighthouse.${withScripts.page}.${metric}.vs-no-scripts`,
      (withScripts.metrics[metric] / bare.metrics[metric]).toFixed(2),
      `× (${milliseconds(withScripts.metrics[metric])} ms against ${milliseconds(bare.metrics[metric])} ms)`,
    );
  }
}
