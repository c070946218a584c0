// Encodes a photo's renditions once: into a cache entry named by the hash of its bytes and the
// settings, which later builds link into dist/ instead of encoding again.
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { imageFormats, type ImageFormat } from '../../src/lib/imageFiles';
import { encoderSettings } from './settings';
import type { Source } from './sources';

// One libvips thread per photo: the build runs `imageConcurrency` photos side by side instead.
sharp.concurrency(1);
// Each photo is read once; libvips' operation cache would only hold memory.
sharp.cache(false);

export const cardFile = 'card.jpg';
export const renditionFile = (width: number, format: ImageFormat) => `${String(width)}.${format}`;

const doneMarker = 'complete';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export const entryDir = (cacheDir: string, source: Source) => path.join(cacheDir, source.key);

/** Whether the cache holds every rendition of this photo already. */
export const isCached = (source: Source, cacheDir: string) =>
  exists(path.join(entryDir(cacheDir, source), doneMarker));

function encoder(format: ImageFormat): (image: Sharp) => Sharp {
  switch (format) {
    case 'avif':
      return (image) => image.avif(encoderSettings.avif);
    case 'webp':
      return (image) => image.webp(encoderSettings.webp);
    case 'jpg':
      return (image) => image.jpeg(encoderSettings.jpg);
  }
}

/**
 * Makes the cache entry of one photo unless it is there already. Written to a private folder and
 * renamed into place when whole, so an interrupted build or a second build at the same moment
 * never leaves half an entry behind.
 */
export async function encodeSource(source: Source, cacheDir: string): Promise<boolean> {
  const dir = entryDir(cacheDir, source);
  if (await isCached(source, cacheDir)) return false;
  const work = `${dir}.${String(process.pid)}-${Math.random().toString(36).slice(2)}`;
  await mkdir(work, { recursive: true });
  try {
    // Decoded and oriented once, at the largest size any rendition needs.
    const largest = Math.max(...encoderSettings.widths);
    const { data, info } = await sharp(source.file)
      .autoOrient()
      .flatten({ background: encoderSettings.background })
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const decoded = () =>
      sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

    if (source.kind === 'lead') {
      for (const width of encoderSettings.widths) {
        for (const ext of imageFormats) {
          await encoder(ext)(decoded().resize({ width })).toFile(
            path.join(work, renditionFile(width, ext)),
          );
        }
      }
    }
    const { width, height, quality, mozjpeg } = encoderSettings.card;
    await decoded()
      .resize({ width, height, fit: 'cover' })
      .jpeg({ quality, mozjpeg })
      .toFile(path.join(work, cardFile));
    await writeFile(path.join(work, doneMarker), '');
    try {
      await rename(work, dir);
    } catch {
      // Another build finished the same entry first: its files are the same.
      await rm(work, { recursive: true, force: true });
    }
    return true;
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
