import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pageModule, type PageName } from '../src/app/pageModules';

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

export function appAssets(manifest: Manifest, page: PageName | undefined): AppAssets {
  const [entry = '', ...imports] = withImports(manifest, entryKey);
  const pageFiles = page ? withImports(manifest, pageModule(page)) : [];
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
