import type { ImageSet } from '../content/payloads';

/**
 * A photo's caption and credit (every picture has one), and, for sample artwork standing in for
 * the photograph the caption describes, a plain note that it is not one.
 */
export function FigureCaption({ image }: { image: ImageSet }) {
  return (
    <figcaption>
      {image.caption}
      {/* The spaces keep caption, credit and note apart when the page is read without CSS. */}{' '}
      <span className="credit">{image.credit}</span>
      {image.sample && (
        <>
          {' '}
          <span className="sample-artwork">Sample artwork, not a photograph.</span>
        </>
      )}
    </figcaption>
  );
}
