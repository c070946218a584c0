import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// What a first visit to one prerendered page downloads, weighed gzipped: the page itself, the
// scripts it loads (entry, modulepreloads and their static imports) and its stylesheets.

export interface PageWeight {
  html: number;
  framework: number;
  app: number;
  css: number;
  files: string[];
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const isFramework = (file: string) => /\/framework-[^/]+\.js$/.test(file);

export async function pageWeight(dist: string, page: string): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page));
  const text = html.toString('utf8');
  const refs = [
    ...text.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...text.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const styles = [...text.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );

  // Follow static imports, so a chunk the entry needs is counted even without a modulepreload.
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length > 0) {
    const ref = queue.shift() ?? '';
    if (seen.has(ref)) continue;
    seen.add(ref);
    const code = await readFile(path.join(dist, ref), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(path.posix.join(path.posix.dirname(ref), m[1] ?? ''));
    }
  }

  const weight: PageWeight = {
    html: gz(html),
    framework: 0,
    app: 0,
    css: 0,
    files: [...seen, ...styles],
  };
  for (const ref of seen) {
    const size = gz(await readFile(path.join(dist, ref)));
    if (isFramework(ref)) weight.framework += size;
    else weight.app += size;
  }
  for (const ref of styles) weight.css += gz(await readFile(path.join(dist, ref)));
  return weight;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
