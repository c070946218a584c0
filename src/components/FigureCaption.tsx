import type { ImageSet } from '../content/payloads';

/**
 * A photo's caption and credit, and, for sample artwork standing in for the photograph the
 * caption describes, a plain note that it is not one.
 */
export function FigureCaption({ image }: { image: ImageSet }) {
  if (!image.caption && !image.credit && !image.sample) return null;
  return (
    <figcaption>
      {image.caption}
      {/* The spaces keep caption, credit and note apart when the page is read without CSS. */}
      {image.credit && (
        <>
          {' '}
          <span className="credit">{image.credit}</span>
        </>
      )}
      {image.sample && (
        <>
          {' '}
          <span className="sample-artwork">Sample artwork, not a photograph.</span>
        </>
      )}
    </figcaption>
  );
}
