import { preload } from 'react-dom';
import type { ImageSet } from '../content/payloads';
import { imageFormats, imageSrcset, renditionPath, widthsUpTo } from '../lib/imageFiles';

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

// The densest screens in common use; a slot's files go up to this many times its width.
const densityCap = 3;
// What a browser that cannot read `srcset` gets: a middle size.
const fallbackWidth = 960;

/**
 * A photo in every format and width the build made, chosen by the browser. Under it, a tiny
 * blurred preview (a data: URI, allowed by the CSP's img-src) fills the same box until the photo
 * arrives; the width and height attributes reserve that box, so nothing on the page moves.
 */
export function Picture({
  image,
  sizes,
  largestSlot,
  priority = false,
  className,
  decorative = false,
}: Props) {
  const widths = widthsUpTo(largestSlot === undefined ? Infinity : largestSlot * densityCap);
  const [best] = imageFormats;
  const fallback = imageFormats[imageFormats.length - 1] ?? best;
  if (priority) {
    // A <link rel="preload"> in the head; only a browser that reads the best format fetches it.
    preload(renditionPath(image.base, widths[0] ?? fallbackWidth, best.ext), {
      as: 'image',
      imageSrcSet: imageSrcset(image.base, best.ext, widths),
      imageSizes: sizes,
      type: best.type,
      fetchPriority: 'high',
    });
  }
  const fallbackSrc = renditionPath(
    image.base,
    widths.filter((w) => w <= fallbackWidth).at(-1) ?? fallbackWidth,
    fallback.ext,
  );
  return (
    <span className={className ? `picture ${className}` : 'picture'}>
      <img className="picture-placeholder" src={image.placeholder} alt="" />
      <picture>
        {imageFormats.slice(0, -1).map((format) => (
          <source
            key={format.ext}
            type={format.type}
            srcSet={imageSrcset(image.base, format.ext, widths)}
            sizes={sizes}
          />
        ))}
        <img
          src={fallbackSrc}
          srcSet={imageSrcset(image.base, fallback.ext, widths)}
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
