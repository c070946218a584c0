// The build's image step: check every photo the content names, encode what the cache lacks, and
// put each photo's renditions into dist/images/. Photos are handled once per source file, however
// many stories share one.
import { copyFile, link, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageSets } from '../../src/content/compile';
import type { ImageSet } from '../../src/content/payloads';
import type { Image } from '../../src/content/schema';
import { defaultContentDir } from '../../src/content/read';
import { ContentError, type Content } from '../../src/content/validate';
import { cardPath, imageFormats, renditionPath, siteCardPath } from '../../src/lib/imageFiles';
import { cardFile, encodeSource, entryDir, isCached, renditionFile } from './renditions';
import { encoderSettings, imageCacheDir, imageConcurrency } from './settings';
import { readSources, type Source } from './sources';

export interface PreparedImages {
  sources: Source[];
  /** The served form of a photo the content names, for the payloads. */
  imageSet: ImageSets;
  /** The site's sharing picture, served as the card of every page without a photo. */
  siteCard: Source;
  cacheDir: string;
}

/**
 * Finds, measures and checks every photo (fast: nothing is encoded). Throws a ContentError that
 * lists every problem with its file and field, as the content check does.
 */
export async function prepareImages(
  content: Content,
  contentDir: string = defaultContentDir,
  cacheDir: string = imageCacheDir,
): Promise<PreparedImages> {
  const { sources, problems } = await readSources(content.images, contentDir, cacheDir);
  const siteCard = sources.get(content.site.shareImage.src);
  if (problems.length > 0 || !siteCard) throw new ContentError(problems);
  const imageSet = (image: Image): ImageSet => {
    const source = sources.get(image.src);
    if (!source) throw new Error(`the image step never saw ${image.src}`);
    const width = Math.min(source.width, Math.max(...encoderSettings.widths));
    return {
      alt: image.decorative ? '' : (image.alt ?? ''),
      ...(image.caption ? { caption: image.caption } : {}),
      credit: image.credit,
      ...(image.sample ? { sample: true } : {}),
      base: source.base,
      width,
      height: Math.round((width * source.height) / source.width),
      placeholder: source.placeholder,
    };
  };
  return { sources: [...sources.values()], imageSet, siteCard, cacheDir };
}

/** Runs `work` on every item, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface EncodeResult {
  encoded: number;
  cached: number;
}

/** Encodes the photos the cache lacks, `concurrency` at a time. */
export async function encodeImages(
  prepared: PreparedImages,
  concurrency: number = imageConcurrency,
): Promise<EncodeResult> {
  const result: EncodeResult = { encoded: 0, cached: 0 };
  await inPool(prepared.sources, concurrency, async (source) => {
    if (await encodeSource(source, prepared.cacheDir)) result.encoded += 1;
    else result.cached += 1;
  });
  return result;
}

/** Every file each photo is served as: its site path and its file in the cache. */
export function servedFiles(prepared: PreparedImages): Map<string, string> {
  const files = new Map<string, string>();
  for (const source of prepared.sources) {
    const dir = entryDir(prepared.cacheDir, source);
    if (source.kind === 'lead') {
      for (const width of encoderSettings.widths) {
        for (const ext of imageFormats) {
          files.set(
            renditionPath(source.base, width, ext),
            path.join(dir, renditionFile(width, ext)),
          );
        }
      }
    }
    files.set(cardPath(source.base), path.join(dir, cardFile));
  }
  files.set(siteCardPath, path.join(entryDir(prepared.cacheDir, prepared.siteCard), cardFile));
  return files;
}

export interface WriteResult {
  files: number;
  bytes: number;
  /** The largest file written, in bytes: what one entry of the reader's image cache can weigh. */
  largest: number;
}

/**
 * Puts every served file into `dist`: a hard link to the cache entry where the file system
 * allows one (no copy at all), a copy where it does not.
 */
export async function writeImages(prepared: PreparedImages, dist: string): Promise<WriteResult> {
  const files = servedFiles(prepared);
  await mkdir(path.join(dist, 'images'), { recursive: true });
  let bytes = 0;
  let largest = 0;
  await inPool([...files], 8, async ([sitePath, cached]) => {
    const target = path.join(dist, sitePath);
    try {
      await link(cached, target);
    } catch {
      await copyFile(cached, target);
    }
    const { size } = await stat(target);
    bytes += size;
    largest = Math.max(largest, size);
  });
  return { files: files.size, bytes, largest };
}

export interface ImageStepReport extends EncodeResult, WriteResult {
  sources: number;
  /** The step's own time: checking, encoding (beside the bundling) and writing into dist/. */
  seconds: number;
  /** What it added to the build: the wait for encoding once all else was done, and writing. */
  addedSeconds: number;
}

/** Where the build leaves the image step's figures for the bench (outside dist/). */
export const imageReportFile = (dist: string) =>
  path.resolve('node_modules/.broadsheet', `images-${path.basename(dist)}.json`);

/**
 * The step as the build runs it. The photos are checked first (a problem stops the build before
 * anything else runs). Photos the cache lacks are then encoded beside the bundling and the
 * prerender, which leave a core idle; `write` waits for them and links every file into dist/
 * (the bundling empties dist/ first).
 */
export async function imageStep(content: Content, contentDir: string = defaultContentDir) {
  const started = performance.now();
  const prepared = await prepareImages(content, contentDir);
  const cached = await Promise.all(
    prepared.sources.map((source) => isCached(source, prepared.cacheDir)),
  );
  const missing = prepared.sources.filter((_, i) => !cached[i]);
  const checked = performance.now();
  // Settled into a value at once, so a failure waits for `write` instead of crashing the build.
  const encoding = encodeImages({ ...prepared, sources: missing }).then(
    (result) => ({ ok: true as const, result, finished: performance.now() }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return {
    imageSet: prepared.imageSet,
    async write(dist: string): Promise<ImageStepReport> {
      const waiting = performance.now();
      const encoded = await encoding;
      if (!encoded.ok) throw encoded.error;
      const written = await writeImages(prepared, dist);
      const done = performance.now();
      const encodingTime = missing.length > 0 ? encoded.finished - checked : 0;
      const report: ImageStepReport = {
        sources: prepared.sources.length,
        encoded: encoded.result.encoded,
        cached: prepared.sources.length - encoded.result.encoded,
        ...written,
        seconds:
          (checked - started + encodingTime + (done - Math.max(waiting, encoded.finished))) / 1000,
        addedSeconds: (done - waiting) / 1000,
      };
      await mkdir(path.dirname(imageReportFile(dist)), { recursive: true });
      await writeFile(imageReportFile(dist), JSON.stringify(report));
      return report;
    },
  };
}
