import { Link } from 'react-router-dom';
import type { InlineOffer as InlineOfferContent } from '../../content/schema';
import { subscribePath } from '../../lib/urls';

/** The subscription box inside a story's body: marked as an offer, never mistaken for reporting. */
export function InlineOffer({ offer }: { offer: InlineOfferContent }) {
  const headingId = `inline-offer-${offer.id}`;
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
          <Link to={subscribePath}>{offer.cta}</Link>
        </li>
      </ul>
      <p>
        <Link className="inline-offer-special" to={subscribePath}>
          {offer.special}
        </Link>
      </p>
    </aside>
  );
}
