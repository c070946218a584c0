// How the build encodes photos. Every value here is part of the cache key: change one and every
// photo is encoded again (and gets new, never-before-cached addresses).
import path from 'node:path';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { imageWidths, socialCard } from '../../src/lib/imageFiles';

export const encoderSettings = {
  widths: imageWidths,
  // AVIF effort 1 (of 0–9, fastest first): on the sample photos at 800 px, within 3 % of effort
  // 2's bytes and 0.15 dB of its PSNR at 40 % of the CPU time (effort 4: 15 % smaller, 7× the
  // time). Photos are encoded once per source, but a cold build waits for them.
  avif: { quality: 45, effort: 1, chromaSubsampling: '4:2:0' },
  webp: { quality: 72, effort: 4 },
  jpg: { quality: 75, mozjpeg: true },
  card: { ...socialCard, quality: 80, mozjpeg: true },
  // The blurred preview inlined as a data: URI: a few hundred bytes.
  placeholder: { width: 16, quality: 40 },
  // Transparent parts of a PNG or WebP become white: JPEG has no transparency.
  background: '#ffffff',
  sharp: sharp.versions.sharp,
  vips: sharp.versions.vips,
} as const;

/** Narrowest source for each use: the largest rendition, or the social card. */
export const minimumSize = {
  lead: { width: Math.max(...imageWidths), height: socialCard.height },
  card: { width: socialCard.width, height: socialCard.height },
} as const;

/** Renditions are kept here between builds; delete it at any time to encode everything again. */
export const imageCacheDir = path.resolve(
  process.env.IMAGE_CACHE_DIR ?? 'node_modules/.cache/broadsheet-images',
);

/** Photos encoded at once: each encode uses one core, and CI has two. */
export const imageConcurrency = Math.max(
  1,
  Number(process.env.IMAGE_CONCURRENCY) || Math.min(2, availableParallelism()),
);
