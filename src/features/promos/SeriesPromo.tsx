import { Link } from 'react-router-dom';
import { FigureCaption } from '../../components/FigureCaption';
import { Picture } from '../../components/Picture';
import type { PromoTeaser } from '../../content/payloads';

/** A series box such as "Doing Good", teasing one story. Styled apart from reporting. */
export function SeriesPromo({ promo }: { promo: PromoTeaser }) {
  const { story } = promo;
  const headingId = `promo-${promo.id}`;
  return (
    <section className="promo" aria-labelledby={headingId}>
      <h2 id={headingId} className="promo-title">
        {promo.title}
      </h2>
      <p className="promo-blurb">{promo.blurb}</p>
      {story.image && (
        <figure className="promo-figure">
          {/* The sidebar's width less the promo's padding (src/styles/story.css). */}
          <Picture image={story.image} sizes="(min-width: 64em) 18rem, calc(100vw - 4rem)" />
          <FigureCaption image={story.image} />
        </figure>
      )}
      <h3 className="promo-headline">
        <Link to={story.url}>{story.headline}</Link>
      </h3>
      <p className="promo-summary">{story.dek}</p>
    </section>
  );
}
