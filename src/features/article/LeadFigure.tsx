import { Picture } from '../../components/Picture';
import type { Image } from '../../content/schema';

export function LeadFigure({ image }: { image: Image }) {
  return (
    <figure className="lead-figure">
      <Picture image={image} priority sizes="(min-width: 64em) 40rem, 100vw" />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {/* The space keeps caption and credit apart when the page is read without CSS. */}
          {image.credit && (
            <>
              {' '}
              <span className="credit">{image.credit}</span>
            </>
          )}
        </figcaption>
      )}
    </figure>
  );
}
