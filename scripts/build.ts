// `npm run build`: check the content, bundle the client and a server renderer with Vite, then
// prerender every route into dist/ and write the JSON payloads the pages load.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { compileContent } from '../src/content/compile';
import { readContent, defaultContentDir } from '../src/content/read';
import { ContentError } from '../src/content/validate';
import { hydrationScriptId } from '../src/lib/hydration';
import { sitePages } from './sitePages';
import { writeFeeds } from './feed';
import { writeSitemap } from './sitemap';
import { makeStatic, writeServiceWorker } from './serviceWorker';
import { offlinePath } from '../src/lib/urls';
import { appAssets, readManifest, type AppAssets } from './appAssets';
import {
  allowBootScript,
  checkDeployPolicy,
  compileBootScript,
  type BootScript,
} from './bootScript';
import { readableSize, precompress } from './precompress';
import { imageStep } from './images/buildImages';

const root = process.cwd();
// Environment, for builds other than the site itself: BUILD_OUT_DIR (default dist),
// CONTENT_STORIES_DIR (stories instead of src/content/stories, e.g. a generated archive) and
// CONTENT_EXTRA_STORIES_DIR (stories on top, e.g. the hostile-content fixtures).
const dist = path.resolve(process.env.BUILD_OUT_DIR ?? 'dist');
const serverOut = path.join(root, 'node_modules/.broadsheet/server', path.basename(dist));
const fromEnv = (name: string) => {
  const value = process.env[name];
  return value ? path.resolve(value) : undefined;
};
const storiesDir = fromEnv('CONTENT_STORIES_DIR');
const extraDir = fromEnv('CONTENT_EXTRA_STORIES_DIR');

async function main() {
  const started = performance.now();
  const exitOnContentError = (error: unknown): never => {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  };
  const content = await readContent(
    defaultContentDir,
    storiesDir,
    root,
    extraDir ? [extraDir] : [],
  ).catch(exitOnContentError);
  // Photos: checked now (missing, too small: named by file and field); encoded where the cache
  // lacks them beside the bundling, and written into dist/ once it has been bundled.
  const images = await imageStep(content).catch(exitOnContentError);
  const payloads = compileContent(content, images.imageSet);
  const boot = await compileBootScript(root);
  await checkDeployPolicy(boot, root);

  await rm(dist, { recursive: true, force: true });
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, manifest: true } });
  await build({
    logLevel: 'warn',
    build: { ssr: 'src/app/entry-server.tsx', outDir: serverOut, emptyOutDir: true },
  });

  const template = pageTemplate(await readFile(path.join(dist, 'index.html'), 'utf8'), boot);
  const manifest = await readManifest(dist);
  const server = (await import(
    pathToFileURL(path.join(serverOut, 'entry-server.js')).href
  )) as typeof import('../src/app/entry-server');

  const searchFiles: string[] = [];
  for (const [dataPath, payload] of payloads) {
    const file = path.join(dist, dataPath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(payload));
    if (dataPath.startsWith('/data/search/')) searchFiles.push(file);
  }
  const index = await precompress(searchFiles);
  console.log(
    `Search index: ${String(index.files)} files, ${readableSize(index.raw)} (gzip ${readableSize(index.gzip)}, brotli ${readableSize(index.brotli)}; ${readableSize(index.raw + index.gzip + index.brotli)} on disk with both copies)`,
  );

  const pages = sitePages(content);
  for (const page of pages) {
    const rendered = await server.renderPage(page.url, payloads);
    if (rendered.status !== page.status) {
      throw new Error(
        `${page.url} rendered with status ${rendered.status}, expected ${page.status}`,
      );
    }
    // The offline page stands in for any address, so it must not load the app (see makeStatic).
    const assets = page.url === offlinePath ? undefined : appAssets(manifest, rendered.pageModule);
    const html = template
      .replace('<!--app-boot-->', bootTag(boot, assets))
      .replace('<!--app-head-->', rendered.head)
      .replace('<!--app-html-->', rendered.body)
      .replace(
        '<!--app-data-->',
        `<script type="application/json" id="${hydrationScriptId}">${rendered.data}</script>`,
      );
    const file = path.join(dist, page.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  await writeFeeds(content, dist);
  const imageReport = await images.write(dist);
  const offline = pages.find((p) => p.url === offlinePath);
  if (!offline) throw new Error('the offline page is missing from sitePages');
  await makeStatic(path.join(dist, offline.file));
  const precached = await writeServiceWorker(dist, offline.file, imageReport.largest);
  await writeSitemap(content, pages, dist);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${pages.length} pages and ${payloads.size} payloads in ${seconds} s; the service worker precaches ${precached} files`,
  );
  console.log(
    `Images: ${imageReport.sources} source photos, ${imageReport.encoded} encoded and ${imageReport.cached} from the cache; ${imageReport.files} files (${(imageReport.bytes / 1024 ** 2).toFixed(1)} MB) in ${imageReport.seconds.toFixed(1)} s, ${imageReport.addedSeconds.toFixed(1)} s of it after the rest of the build`,
  );
}

/**
 * Vite's page with the scripts it put in the head taken out: a `<script type="module">` or a
 * `modulepreload` there starts a download while the page is still painting. The boot script
 * loads the app after the first paint instead, and the policy allows it by its hash.
 */
function pageTemplate(html: string, boot: BootScript): string {
  const moduleScripts = /<script type="module"[^>]*><\/script>\s*/g;
  const preloads = /<link rel="modulepreload"[^>]*>\s*/g;
  if (!moduleScripts.test(html)) throw new Error("Vite's index.html has no module script to move");
  if (!html.includes('<!--app-boot-->'))
    throw new Error('index.html has no <!--app-boot--> marker');
  return allowBootScript(html.replace(moduleScripts, '').replace(preloads, ''), boot);
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function bootTag(boot: BootScript, assets: AppAssets | undefined): string {
  const data = assets
    ? ` data-app="${attribute(assets.entry)}" data-preload="${attribute(assets.preload.join(' '))}"`
    : '';
  return `<script${data}>${boot.code}</script>`;
}

await main();
