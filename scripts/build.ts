// `npm run build`: check the content, bundle the client and a server renderer with Vite, then
// prerender every route into dist/ and write the JSON payloads the pages load.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { compileContent } from '../src/content/compile';
import { readContent, defaultContentDir } from '../src/content/read';
import { ContentError } from '../src/content/validate';
import { hydrationScriptId } from '../src/app/hydrationData';
import { sitePages } from './sitePages';
import { writeFeeds } from './feed';
import { writeSitemap } from './sitemap';
import { makeStatic, writeServiceWorker } from './serviceWorker';
import { offlinePath } from '../src/lib/urls';
import { imageStep } from './images/buildImages';

const root = process.cwd();
// Environment, for builds other than the site itself: BUILD_OUT_DIR (default dist),
// CONTENT_ARTICLES_DIR (stories instead of src/content/articles, e.g. a generated archive) and
// CONTENT_EXTRA_ARTICLES_DIR (stories on top, e.g. the hostile-content fixtures).
const dist = path.resolve(process.env.BUILD_OUT_DIR ?? 'dist');
const serverOut = path.join(root, 'node_modules/.broadsheet/server', path.basename(dist));
const fromEnv = (name: string) => {
  const value = process.env[name];
  return value ? path.resolve(value) : undefined;
};
const articlesDir = fromEnv('CONTENT_ARTICLES_DIR');
const extraDir = fromEnv('CONTENT_EXTRA_ARTICLES_DIR');

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
    articlesDir,
    root,
    extraDir ? [extraDir] : [],
  ).catch(exitOnContentError);
  // Photos: checked now (missing, too small: named by file and field); encoded where the cache
  // lacks them beside the bundling, and written into dist/ once it has been bundled.
  const images = await imageStep(content).catch(exitOnContentError);
  const payloads = compileContent(content, images.imageSet);

  await rm(dist, { recursive: true, force: true });
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  await build({
    logLevel: 'warn',
    build: { ssr: 'src/app/entry-server.tsx', outDir: serverOut, emptyOutDir: true },
  });

  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  const server = (await import(
    pathToFileURL(path.join(serverOut, 'entry-server.js')).href
  )) as typeof import('../src/app/entry-server');

  for (const [dataPath, payload] of payloads) {
    const file = path.join(dist, dataPath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(payload));
  }

  const pages = sitePages(content);
  for (const page of pages) {
    const rendered = await server.renderPage(page.url, payloads);
    if (rendered.status !== page.status) {
      throw new Error(
        `${page.url} rendered with status ${rendered.status}, expected ${page.status}`,
      );
    }
    const html = template
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

await main();
