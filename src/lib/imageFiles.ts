// Where the build puts each photo's renditions, and how a page lists them: one helper for the
// build that writes the files and the components that point at them.

/** Every photo is served at these widths (px), so the browser can pick the one its layout needs. */
export const imageWidths = [320, 480, 640, 800, 960, 1280, 1600] as const;

/** The formats, best first: a browser takes the first it supports. JPEG is the fallback. */
export const imageFormats = ['avif', 'webp', 'jpg'] as const;
export type ImageFormat = (typeof imageFormats)[number];

export const imageType = (format: ImageFormat) => `image/${format === 'jpg' ? 'jpeg' : format}`;

/** Social networks show a 1.91:1 card; 1200×630 is the size they all recommend. */
export const socialCard = { width: 1200, height: 630 } as const;

/** The card for pages without a photo of their own, from site.json › shareImage. */
export const siteCardPath = '/images/site-card.jpg';

/** `base` is the photo's address without width and extension, e.g. `/images/harbour-1a2b3c4d5e`. */
export const renditionPath = (base: string, width: number, format: ImageFormat) =>
  `${base}-${width}.${format}`;

export const cardPath = (base: string) => `${base}-card.jpg`;

/**
 * The widths worth offering a slot at most `largest` px wide (CSS px × the densest screen): every
 * width up to the first that covers it. Small slots need no large files.
 */
export const widthsUpTo = (largest: number) =>
  imageWidths.filter((_, i) => !i || (imageWidths[i - 1] ?? 0) < largest);

export const imageSrcset = (base: string, format: ImageFormat, widths: readonly number[]) =>
  widths.map((width) => `${renditionPath(base, width, format)} ${width}w`).join();
