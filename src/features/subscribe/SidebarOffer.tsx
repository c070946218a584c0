import { Link } from 'react-router-dom';
import { subscribeHref } from '../../lib/urls';

/** The compact subscription box under the sidebar's promos. */
export function SidebarOffer({ story }: { story: string }) {
  return (
    <section className="sidebar-offer" aria-labelledby="sidebar-offer-heading">
      <h2 id="sidebar-offer-heading">Subscribe</h2>
      <p>Weekly review of global news and ideas. Balanced, insightful and trustworthy.</p>
      <Link className="button" to={subscribeHref({ placement: 'sidebar', story })}>
        See print and digital offers
      </Link>
    </section>
  );
}
