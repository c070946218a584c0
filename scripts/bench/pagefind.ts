// Pagefind (a dev dependency, for the bench only) over the same build: the field's standard
// static-site search, indexed from the prerendered story pages into dist/pagefind/.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { site } from '../../src/content/site';
import { dist } from './dist';
import { run } from './processes';

const pagefindDir = path.join(dist, 'pagefind');

/** Indexes the story pages' <article> (not the header, sidebar, share tools or offers). */
export async function runPagefind(): Promise<number> {
  await rm(pagefindDir, { recursive: true, force: true });
  const sections = site.sections.map((s) => s.id).join(',');
  return run('npx', [
    'pagefind',
    '--site',
    dist,
    '--output-subdir',
    'pagefind',
    '--glob',
    `{${sections}}/*/index.html`,
    '--root-selector',
    'article.story',
    ...['.share-tools', '.inline-offer', 'figure', '.sample-notice', '.reading-time'].flatMap(
      (selector) => ['--exclude-selectors', selector],
    ),
    '--quiet',
  ]);
}

export interface BundleSize {
  files: number;
  bytes: number;
}

// Pagefind's ready-made interfaces: not needed to search, so not counted as its index.
const userInterface = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Pagefind's search bundle on disk: index chunks, fragments, metadata, WebAssembly, JS. */
export async function pagefindSize(): Promise<BundleSize> {
  const size: BundleSize = { files: 0, bytes: 0 };
  for (const entry of await readdir(pagefindDir, { recursive: true })) {
    if (userInterface.test(path.basename(entry))) continue;
    const info = await stat(path.join(pagefindDir, entry));
    if (!info.isFile()) continue;
    size.files += 1;
    size.bytes += info.size;
  }
  return size;
}
