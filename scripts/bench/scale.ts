// The build at archive scale: generate N sample stories outside src/, build from them, and weigh
// what the build wrote. The entry bundle must not grow with the archive; the search index will.
// Each size is built twice: first with an empty photo cache (every photo encoded), then again
// with nothing changed (every photo from the cache); the image step is reported apart.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { imageReportFile, type ImageStepReport } from '../images/buildImages';
import {
  countPages,
  dist as distDir,
  searchIndexSize,
  watchDist,
  type SearchIndexSize,
} from './dist';
import { figure, kilobytes, progress } from './output';
import { run } from './processes';
import { entryWeight } from '../appAssets';

export interface ScaleResult {
  stories: number;
  /** With an empty photo cache. */
  buildSeconds: number;
  /** The same build again, nothing changed. */
  cachedBuildSeconds: number;
  images: { cold: ImageStepReport; cached: ImageStepReport };
  pages: number;
  entryJs: number;
  searchIndex: SearchIndexSize;
}

const archiveDir = (stories: number) => `/tmp/broadsheet-bench-${String(stories)}`;

/**
 * Builds into dist/ from `stories` generated stories; dist/ keeps that build until the next.
 * Also returns a watch on dist/, taken right after the build, for the measurements that follow.
 */
export async function buildAtScale(stories: number) {
  const dir = archiveDir(stories);
  progress(`scale: generating ${String(stories)} stories in ${dir}`);
  await run('npx', ['tsx', 'scripts/generate-content.ts', String(stories), dir]);
  const imageCache = await mkdtemp(path.join(tmpdir(), 'broadsheet-bench-image-cache-'));
  const env = { CONTENT_STORIES_DIR: dir, IMAGE_CACHE_DIR: imageCache };
  const imageStep = async () =>
    JSON.parse(await readFile(imageReportFile(distDir), 'utf8')) as ImageStepReport;
  progress(`scale: building ${String(stories)} stories, every photo encoded`);
  const buildSeconds = await run('npm', ['run', 'build'], env);
  const cold = await imageStep();
  progress(`scale: building ${String(stories)} stories again, nothing changed`);
  const cachedBuildSeconds = await run('npm', ['run', 'build'], env);
  const cached = await imageStep();
  await rm(imageCache, { recursive: true, force: true });
  const dist = await watchDist();
  const result: ScaleResult = {
    stories,
    buildSeconds,
    cachedBuildSeconds,
    images: { cold, cached },
    pages: await countPages(),
    entryJs: await entryWeight(path.resolve('dist')),
    searchIndex: await searchIndexSize(),
  };
  return { result, dist };
}

export function printScale(result: ScaleResult): void {
  const prefix = `scale.${String(result.stories)}`;
  const { cold, cached } = result.images;
  figure(`${prefix}.build`, result.buildSeconds.toFixed(1), 's (photo cache empty)');
  figure(`${prefix}.build-cached`, result.cachedBuildSeconds.toFixed(1), 's (nothing changed)');
  figure(
    `${prefix}.images.cold`,
    cold.seconds.toFixed(1),
    `s (${String(cold.sources)} photos, ${String(cold.encoded)} encoded, ${String(cold.files)} files, ${(cold.bytes / 1024 ** 2).toFixed(1)} MB; beside the bundling, ${cold.addedSeconds.toFixed(1)} s after it)`,
  );
  figure(
    `${prefix}.images.cached`,
    cached.seconds.toFixed(1),
    `s (${String(cached.encoded)} encoded, ${String(cached.cached)} from the cache)`,
  );
  // What the image step adds to a build with nothing changed: the goal is at most 10 %.
  figure(
    `${prefix}.images.cached-share`,
    ((100 * cached.seconds) / Math.max(0.001, result.cachedBuildSeconds - cached.seconds)).toFixed(
      1,
    ),
    '% of the rest of the cached build',
  );
  figure(`${prefix}.pages`, result.pages);
  figure(`${prefix}.entry-js`, kilobytes(result.entryJs), 'KB gzip');
  const index = result.searchIndex;
  figure(`${prefix}.search-index.files`, index.files, '(each also as .gz and .br)');
  figure(`${prefix}.search-index.raw`, kilobytes(index.raw), 'KB');
  figure(`${prefix}.search-index.gzip`, kilobytes(index.gzip), 'KB');
  figure(`${prefix}.search-index.brotli`, kilobytes(index.brotli), 'KB');
  figure(
    `${prefix}.search-index.on-disk`,
    kilobytes(index.raw + index.gzip + index.brotli),
    'KB (all three forms)',
  );
  figure(
    `${prefix}.search-index.largest`,
    kilobytes(result.searchIndex.largest.bytes),
    `KB (${result.searchIndex.largest.file})`,
  );
}

/** How the build time and the entry bundle change between the sizes measured. */
export function printScaleComparisons(results: readonly ScaleResult[]): void {
  const at = (n: number) => results.find((r) => r.stories === n);
  const [small, medium, large] = [at(10), at(1000), at(10000)];
  if (medium && large) {
    figure(
      'scale.build-ratio.10000-to-1000',
      (large.buildSeconds / medium.buildSeconds).toFixed(1),
      '×',
    );
  }
  const biggest = results.at(-1);
  if (small && biggest && biggest !== small) {
    figure(
      `scale.entry-js-growth.10-to-${String(biggest.stories)}`,
      biggest.entryJs - small.entryJs,
      'B gzip',
    );
  }
}
