// How the build encodes photos. Every value here is part of the cache key: change one and every
// photo is encoded again (and gets new, never-before-cached addresses).
import path from 'node:path';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { imageWidths, socialCard } from '../../src/lib/imageFiles';

export const encoderSettings = {
  widths: imageWidths,
  // AVIF at speed 2 (of 0–9, slowest first) is within a few per cent of speed 4's bytes at a
  // fifth of the time; photos are encoded once per source, but a cold build still waits for them.
  avif: { quality: 45, effort: 2, chromaSubsampling: '4:2:0' },
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
