import type { Offer } from '../../content/schema';
import { DateTime } from '../../components/DateTime';
import { site } from '../../content/site';
import { formatPrice } from './formatPrice';

const perPeriod = { week: 'a week', month: 'a month', year: 'a year' } as const;

export function OfferCard({ offer }: { offer: Offer }) {
  const headingId = `offer-${offer.id}`;
  const price = (amount: number) => formatPrice(amount, offer.currency, site.language);
  return (
    <article className="offer-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{offer.name}</h2>
      {offer.special ? (
        <div className="offer-price">
          <p className="offer-special">{offer.special.label}</p>
          <p>
            <strong>
              {price(offer.special.price)} {perPeriod[offer.period]}
            </strong>{' '}
            <span className="offer-regular">
              then {price(offer.price)} {perPeriod[offer.period]}
            </span>
          </p>
          <p className="offer-ends">
            Offer ends <DateTime iso={`${offer.special.ends}T23:59:59Z`} />
          </p>
        </div>
      ) : (
        <p className="offer-price">
          <strong>
            {price(offer.price)} {perPeriod[offer.period]}
          </strong>
        </p>
      )}
      <ul className="offer-includes">
        {offer.includes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <a className="button" href={offer.checkoutUrl}>
        Subscribe to {offer.name}
      </a>
    </article>
  );
}
