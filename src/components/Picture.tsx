import type { Image } from '../content/schema';

interface Props {
  image: Image;
  /** The lead image is fetched first; everything else waits until it is near the viewport. */
  priority?: boolean;
  /**
   * For when images get a `srcset`. Not written today: without a `srcset` it is invalid HTML, and
   * React would copy it into the lead image's preload link as `imagesizes` (invalid there too).
   */
  sizes?: string;
  className?: string;
  /** Teaser thumbnails repeat the headline beside them, so their alt text would be read twice. */
  decorative?: boolean;
}

export function Picture({ image, priority = false, className, decorative = false }: Props) {
  return (
    <img
      className={className}
      src={image.src}
      alt={decorative ? '' : image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding={priority ? 'sync' : 'async'}
    />
  );
}
