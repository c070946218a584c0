import { Link } from 'react-router-dom';
import { RegionBoundary } from '../../components/RegionBoundary';
import { site } from '../../content/site';
import { NewsletterForm } from '../onDemand';
import { feedPath, sectionPath, subscribeHref } from '../../lib/urls';
import { useCurrentStory } from './useCurrentStory';

export function SiteFooter() {
  const story = useCurrentStory();
  return (
    <footer className="site-footer">
      <section aria-labelledby="follow-heading">
        <h2 id="follow-heading">{site.follow.heading}</h2>
        <ul className="follow-links">
          {site.follow.links.map((link) => (
            <li key={link.label}>
              <a href={link.href}>
                {link.label}
                {link.sample && ' (sample account)'}
              </a>
            </li>
          ))}
          <li>
            <a href={feedPath()} type="application/rss+xml">
              {site.feeds.label}
            </a>
          </li>
        </ul>
      </section>
      <nav aria-label="Footer">
        <h2>Sections</h2>
        <ul>
          {site.sections.map((section) => (
            <li key={section.id}>
              <Link to={sectionPath(section.id)}>{section.name}</Link>
            </li>
          ))}
          <li>
            <Link to={subscribeHref({ placement: 'footer', story })}>Subscribe</Link>
          </li>
        </ul>
      </nav>
      {/* A failing sign-up form must not take the footer's links with it. */}
      <RegionBoundary name="Newsletter sign-up">
        <NewsletterForm
          settings={site.newsletter}
          id="footer-newsletter"
          placement="footer"
          story={story}
        />
      </RegionBoundary>
      <p className="colophon">
        © {site.name}. Sample stories are marked as such; they are not reporting.
      </p>
    </footer>
  );
}
