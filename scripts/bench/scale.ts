// The build at archive scale: generate N sample stories outside src/, build from them, and weigh
// what the build wrote. The entry bundle must not grow with the archive; the search index will.
import { countPages, searchIndexSize, watchDist, type SearchIndexSize } from './dist';
import { figure, kilobytes, progress } from './output';
import { run } from './processes';
import path from 'node:path';
import { entryWeight } from '../appAssets';

export interface ScaleResult {
  stories: number;
  buildSeconds: number;
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
  progress(`scale: building ${String(stories)} stories`);
  const buildSeconds = await run('npm', ['run', 'build'], { CONTENT_ARTICLES_DIR: dir });
  const dist = await watchDist();
  const result: ScaleResult = {
    stories,
    buildSeconds,
    pages: await countPages(),
    entryJs: await entryWeight(path.resolve('dist')),
    searchIndex: await searchIndexSize(),
  };
  return { result, dist };
}

export function printScale(result: ScaleResult): void {
  const prefix = `scale.${String(result.stories)}`;
  figure(`${prefix}.build`, result.buildSeconds.toFixed(1), 's');
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
