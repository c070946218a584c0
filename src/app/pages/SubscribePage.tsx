import { Link, useLoaderData, useLocation } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { site } from '../../content/site';
import { NewsletterForm } from '../onDemand';
import { OfferCard } from '../../features/subscribe/OfferCard';
import { subscribePath } from '../../lib/urls';
import { today } from '../../lib/today';
import type { offersLoader } from '../loaders';
import { useRevalidateIfStale } from '../useRevalidateIfStale';

export function SubscribePage() {
  const data = useLoaderData<typeof offersLoader>();
  const { search } = useLocation();
  useRevalidateIfStale(data.search !== search || data.today !== today(site.timeZone));
  return (
    <>
      <PageMeta
        title="Subscribe"
        description="Subscribe in print or digital: a weekly review of global news and ideas."
        path={subscribePath}
      />
      <h1 tabIndex={-1} className="page-title">
        Subscribe in print or digital
      </h1>
      {data.from && (
        <p className="subscribe-from">
          You were reading: <Link to={data.from.url}>{data.from.headline}</Link>
        </p>
      )}
      <p className="page-intro">
        Weekly review of global news and ideas. Balanced, insightful and trustworthy.
      </p>
      <div className="offer-grid">
        {data.offers.map((offer) => (
          <OfferCard
            key={offer.id}
            offer={offer}
            campaign={data.campaign}
            context={data.context}
            today={data.today}
          />
        ))}
      </div>
      <NewsletterForm
        settings={site.newsletter}
        id="subscribe-newsletter"
        heading="Not ready to subscribe? Get the free weekly newsletter"
        placement="subscribe"
        story={data.context.story}
      />
    </>
  );
}
