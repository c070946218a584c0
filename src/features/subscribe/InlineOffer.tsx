import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { InlineOffer as InlineOfferContent } from '../../content/schema';
import { subscribeHref } from '../../lib/urls';

/** The subscription box inside a story's body: marked as an offer, never mistaken for reporting. */
interface Props {
  offer: InlineOfferContent;
  /** The story the box stands in, carried to the subscribe page. */
  story: string;
}

export function InlineOffer({ offer, story }: Props) {
  // Unique even when a story carries the same box twice.
  const headingId = useId();
  const href = subscribeHref({ placement: 'inline', story });
  return (
    <aside className="inline-offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Subscription offer
      </h2>
      <ul>
        {offer.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
        <li>
          <Link to={href}>{offer.cta}</Link>
        </li>
      </ul>
      <p>
        <Link className="inline-offer-special" to={href}>
          {offer.special}
        </Link>
      </p>
    </aside>
  );
}
