import { preload } from 'react-dom';
import type { ImageSet } from '../content/payloads';
import { imageSrcset, imageType, renditionPath, widthsUpTo } from '../lib/imageFiles';

interface Props {
  image: ImageSet;
  /**
   * How wide the image is shown, as the layout's CSS says (the `sizes` attribute), so the
   * browser fetches the smallest file that is sharp enough for the screen.
   */
  sizes: string;
  /** The widest the slot ever is, in CSS px: no file much wider than 3× that is offered. */
  largestSlot?: number;
  /**
   * The lead image: fetched first, preloaded from the head (before the stylesheet is even read)
   * and decoded at once. Everything else waits until it is near the viewport.
   */
  priority?: boolean;
  className?: string;
  /** Teaser thumbnails repeat the headline beside them, so their alt text would be read twice. */
  decorative?: boolean;
}

/**
 * A photo in every format and width the build made, chosen by the browser. Under it, a tiny
 * blurred preview (a data: URI, allowed by the CSP's img-src) fills the same box until the photo
 * arrives; the width and height attributes reserve that box, so nothing on the page moves.
 */
export function Picture({
  image,
  sizes,
  largestSlot = 1e4,
  priority = false,
  className = '',
  decorative = false,
}: Props) {
  // Up to 3× the slot: the densest screens in common use.
  const widths = widthsUpTo(largestSlot * 3);
  const srcset = (format: 'avif' | 'webp' | 'jpg') => imageSrcset(image.base, format, widths);
  // A <link rel="preload"> in the prerendered head, so the photo is asked for before the
  // stylesheet is even read; only a browser that reads AVIF fetches it. In the browser the photo
  // is in the page React is about to show, and asks for itself: nothing to add to the head.
  if (priority && import.meta.env.SSR) {
    preload(renditionPath(image.base, 320, 'avif'), {
      as: 'image',
      imageSrcSet: srcset('avif'),
      imageSizes: sizes,
      type: imageType('avif'),
      fetchPriority: 'high',
    });
  }
  return (
    <span className={`picture ${className}`}>
      <img className="picture-placeholder" src={image.placeholder} alt="" />
      <picture>
        <source type={imageType('avif')} srcSet={srcset('avif')} sizes={sizes} />
        <source type={imageType('webp')} srcSet={srcset('webp')} sizes={sizes} />
        {/* A browser that cannot read `srcset` gets a middle size. */}
        <img
          src={renditionPath(image.base, Math.min(960, widths.at(-1) ?? 960), 'jpg')}
          srcSet={srcset('jpg')}
          sizes={sizes}
          alt={decorative ? '' : image.alt}
          width={image.width}
          height={image.height}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          decoding={priority ? 'sync' : 'async'}
        />
      </picture>
    </span>
  );
}
