// What a build left in dist/: its pages, its search index, and whether someone else has rebuilt
// it since (other developers run `npm run build` on this machine too, which would skew figures).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const dist = path.resolve('dist');

/** Prerendered pages: every index.html under dist/, and the 404 page. */
export async function countPages(): Promise<number> {
  const entries = await readdir(dist, { recursive: true });
  const pages = entries.filter((entry) => path.basename(entry) === 'index.html').length;
  const notFound = entries.includes('404.html') ? 1 : 0;
  return pages + notFound;
}

export interface SearchIndexSize {
  /** Files of the index; each also lies beside it as .gz and .br. */
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  largest: { file: string; bytes: number };
}

/** The search index on disk: its files as written, and their gzip and brotli copies. */
export async function searchIndexSize(): Promise<SearchIndexSize> {
  const root = path.join(dist, 'data/search');
  const size: SearchIndexSize = {
    files: 0,
    raw: 0,
    gzip: 0,
    brotli: 0,
    largest: { file: '', bytes: 0 },
  };
  for (const entry of await readdir(root, { recursive: true })) {
    const info = await stat(path.join(root, entry));
    if (!info.isFile()) continue;
    if (entry.endsWith('.gz')) size.gzip += info.size;
    else if (entry.endsWith('.br')) size.brotli += info.size;
    else {
      size.raw += info.size;
      size.files += 1;
      if (info.size > size.largest.bytes) size.largest = { file: entry, bytes: info.size };
    }
  }
  return size;
}

/** The build's moment, read from the front page it wrote. */
async function builtAt(): Promise<number> {
  return (await stat(path.join(dist, 'index.html'))).mtimeMs;
}

/**
 * Remembers which build is in dist/ now; `changed()` says whether another has replaced it, so a
 * figure measured meanwhile can be flagged for a re-run instead of silently reported.
 */
export async function watchDist(): Promise<{ changed: () => Promise<boolean> }> {
  const ours = await builtAt();
  return { changed: async () => (await builtAt().catch(() => Number.NaN)) !== ours };
}
