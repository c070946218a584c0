import { RegionBoundary } from '../../components/RegionBoundary';
import type { PromoTeaser, StorySummary } from '../../content/payloads';
import { RelatedStories } from '../../features/story/RelatedStories';
import { SeriesPromo } from '../../features/promos/SeriesPromo';
import { SidebarOffer } from '../../features/subscribe/SidebarOffer';

interface Props {
  promos: PromoTeaser[];
  related: StorySummary[];
  /** The story beside which the sidebar stands, for the subscribe link's campaign. */
  story: string;
}

/**
 * Promos, the subscription box and related stories beside a story: links and text, so its code
 * loads once the page is idle (src/app/onDemand.ts). Each region fails on its own.
 */
export function StorySidebar({ promos, related, story }: Props) {
  return (
    <>
      <RegionBoundary name="Series promotions">
        {promos.map((promo) => (
          <SeriesPromo key={promo.id} promo={promo} />
        ))}
      </RegionBoundary>
      <RegionBoundary name="Subscription offer">
        <SidebarOffer story={story} />
      </RegionBoundary>
      <RegionBoundary name="Related stories">
        <RelatedStories stories={related} />
      </RegionBoundary>
    </>
  );
}
