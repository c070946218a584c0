import { useLoaderData } from 'react-router-dom';
import { PageMeta } from '../../components/PageMeta';
import { OfferCard } from '../../features/subscribe/OfferCard';
import { subscribePath } from '../../lib/urls';
import type { offersLoader } from '../loaders';

export function SubscribePage() {
  const { offers } = useLoaderData<typeof offersLoader>();
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
      <p className="page-intro">
        Weekly review of global news and ideas. Balanced, insightful and trustworthy.
      </p>
      <div className="offer-grid">
        {offers.map((offer) => (
          <OfferCard key={offer.id} offer={offer} />
        ))}
      </div>
    </>
  );
}
