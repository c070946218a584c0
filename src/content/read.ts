import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent, type Content, type ContentFile } from './validate';

// Build-time only (Node): the one place content files are read from disk.

export const defaultContentDir = path.dirname(fileURLToPath(import.meta.url));

async function readText(dir: string, name: string, root: string): Promise<ContentFile> {
  const full = path.join(dir, name);
  return { path: path.relative(root, full), text: await readFile(full, 'utf8') };
}

async function readStories(dir: string, root: string): Promise<ContentFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map((n) => readText(dir, n, root)));
}

/**
 * Reads and checks the content in `dir` (site.json, promos.json, offers.json, stories/*.json).
 * A separate `storiesDir` lets the build run on a large generated archive kept outside `src/`;
 * `extraStoryDirs` add stories on top (the hostile-content test fixtures).
 */
export async function readContent(
  dir: string = defaultContentDir,
  storiesDir: string = path.join(dir, 'stories'),
  root: string = process.cwd(),
  extraStoryDirs: string[] = [],
): Promise<Content> {
  const [site, promos, offers, stories] = await Promise.all([
    readText(dir, 'site.json', root),
    readText(dir, 'promos.json', root),
    readText(dir, 'offers.json', root),
    Promise.all([storiesDir, ...extraStoryDirs].map((d) => readStories(d, root))).then((all) =>
      all.flat(),
    ),
  ]);
  return validateContent({ site, promos, offers, stories });
}
