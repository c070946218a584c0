import { FigureCaption } from '../../components/FigureCaption';
import { Picture } from '../../components/Picture';
import type { ImageSet } from '../../content/payloads';

/** The layout's width for the lead (src/styles/story.css): the text column, or the page less its margins. */
const leadSizes = '(min-width: 64em) 40rem, calc(100vw - 2rem)';

export function LeadFigure({ image }: { image: ImageSet }) {
  return (
    <figure className="lead-figure">
      <Picture image={image} priority sizes={leadSizes} />
      <FigureCaption image={image} />
    </figure>
  );
}
