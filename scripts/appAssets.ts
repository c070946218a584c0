import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// What Vite's build manifest (dist/.vite/manifest.json) says each page needs: the app's entry,
// the modules it imports, and the chunk of the page's own code. Names, never guesses from HTML.

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export const manifestFile = (dist: string) => path.join(dist, '.vite/manifest.json');

export async function readManifest(dist: string): Promise<Manifest> {
  return JSON.parse(await readFile(manifestFile(dist), 'utf8')) as Manifest;
}

const entryKey = 'index.html';

function chunk(manifest: Manifest, key: string): ManifestChunk {
  const found = manifest[key];
  if (!found) throw new Error(`Vite's manifest has no chunk for ${key}`);
  return found;
}

/** The site paths of `key`'s file and of everything it imports statically, `key`'s own first. */
function withImports(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const { file, imports = [] } = chunk(manifest, key);
  return [`/${file}`, ...imports.flatMap((k) => withImports(manifest, k, seen))];
}

export interface AppAssets {
  /** The module the boot script loads. */
  entry: string;
  /** Modules to fetch beside it: what it imports, and the page's own chunk with its imports. */
  preload: string[];
}

/** What the page whose own code is `pageModule` (a source path, as the manifest names it) needs. */
export function appAssets(manifest: Manifest, pageModule: string | undefined): AppAssets {
  const [entry = '', ...imports] = withImports(manifest, entryKey);
  const pageFiles = pageModule ? withImports(manifest, pageModule) : [];
  return { entry, preload: [...new Set([...imports, ...pageFiles])].filter((f) => f !== entry) };
}

// React, React DOM and React Router (vite.config.ts), and the bundler's runtime helpers, which
// are there for the framework's CommonJS modules.
const frameworkChunks = new Set(['framework', 'rolldown-runtime']);

/** Whether a file is framework code rather than Broadsheet's own, by its chunk name. */
export function isFramework(manifest: Manifest, file: string): boolean {
  return Object.values(manifest).some(
    (c) => `/${c.file}` === file && frameworkChunks.has(c.name ?? ''),
  );
}

/** Gzipped bytes of the entry and everything it imports, from the built files: the JavaScript
 * that stays the same for every page, whatever the size of the archive. */
export async function entryWeight(dist: string): Promise<number> {
  const manifest = await readManifest(dist);
  const { entry, preload } = appAssets(manifest, undefined);
  let bytes = 0;
  for (const file of [entry, ...preload]) {
    bytes += gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
  }
  return bytes;
}
