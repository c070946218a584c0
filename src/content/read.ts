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

async function readArticles(dir: string, root: string): Promise<ContentFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map((n) => readText(dir, n, root)));
}

/**
 * Reads and checks the content in `dir` (site.json, promos.json, offers.json, articles/*.json).
 * A separate `articlesDir` lets the build run on a large generated archive kept outside `src/`;
 * `extraArticleDirs` add stories on top (the hostile-content test fixtures).
 */
export async function readContent(
  dir: string = defaultContentDir,
  articlesDir: string = path.join(dir, 'articles'),
  root: string = process.cwd(),
  extraArticleDirs: string[] = [],
): Promise<Content> {
  const [site, promos, offers, articles] = await Promise.all([
    readText(dir, 'site.json', root),
    readText(dir, 'promos.json', root),
    readText(dir, 'offers.json', root),
    Promise.all([articlesDir, ...extraArticleDirs].map((d) => readArticles(d, root))).then((all) =>
      all.flat(),
    ),
  ]);
  return validateContent({ site, promos, offers, articles });
}
