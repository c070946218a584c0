import type { Campaign, Offer } from '../../content/schema';
import { DateTime } from '../../components/DateTime';
import { site } from '../../content/site';
import type { SubscribeContext } from '../../lib/urls';
import { checkoutHref } from './checkoutHref';
import { formatPrice } from './formatPrice';
import { activeSpecial } from './offerPrice';

const perPeriod = { week: 'a week', month: 'a month', year: 'a year' } as const;

interface Props {
  offer: Offer;
  campaign: Campaign;
  context: SubscribeContext;
  /** `YYYY-MM-DD` in the newsroom's zone: decides whether the special still applies. */
  today: string;
}

export function OfferCard({ offer, campaign, context, today }: Props) {
  const headingId = `offer-${offer.id}`;
  const price = (amount: number) =>
    `${formatPrice(amount, offer.currency, site.language)} ${perPeriod[offer.period]}`;
  const special = activeSpecial(offer, today);
  return (
    <article className="offer-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{offer.name}</h2>
      {special ? (
        <div className="offer-price">
          <p className="offer-special">{special.label}</p>
          <p>
            <strong>{price(special.price)}</strong>{' '}
            <span className="offer-regular">{`then ${price(offer.price)}`}</span>
          </p>
          <p className="offer-ends">
            Offer ends <DateTime iso={`${special.ends}T12:00:00Z`} />
          </p>
        </div>
      ) : (
        <p className="offer-price">
          <strong>{price(offer.price)}</strong>
        </p>
      )}
      <ul className="offer-includes">
        {offer.includes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <a className="button" href={checkoutHref(offer, campaign, context)}>
        {`Subscribe to ${offer.name}`}
      </a>
    </article>
  );
}
