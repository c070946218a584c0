import { Link, NavLink, useLocation } from 'react-router-dom';
import { site } from '../../content/site';
import { useCurrentStory } from './useCurrentStory';
import { ReaderPreferences } from '../onDemand';
import { SearchForm } from '../../features/search/SearchForm';
import { homePath, savedPath, searchPath, sectionPath, subscribeHref } from '../../lib/urls';
import type { SkipTarget } from './skipTargets';

const navigation: SkipTarget = 'navigation';
const search: SkipTarget = 'search';

/**
 * Masthead, Subscribe, reader settings, search and the sections. On a phone, settings and search
 * are disclosures (<details>: no script, and they work before the app arrives) opening a panel
 * under the header; on wide screens they are shown in place (layout.css). A page change closes
 * them (the key).
 */
export function SiteHeader() {
  const story = useCurrentStory();
  const location = useLocation();
  // The header's box shows the query of the results on screen, and is empty elsewhere.
  const query =
    location.pathname === searchPath ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  return (
    <header className="site-header">
      <Link to={homePath} className="masthead-name">
        {site.name}
      </Link>
      <p className="masthead-tagline">{site.tagline}</p>
      <div className="header-tools">
        <Link to={subscribeHref({ placement: 'header', story })} className="button subscribe-link">
          Subscribe
        </Link>
        {/* Shown once hydrated, as the preferences need JavaScript. */}
        <details key={`settings${location.key}`} className="header-tool header-settings js-only">
          <summary>Settings</summary>
          <div className="header-tool-panel">
            <ReaderPreferences />
          </div>
        </details>
        <details key={`search${location.key}`} className="header-tool header-search">
          <summary>Search</summary>
          <div className="header-tool-panel">
            <SearchForm id={search} defaultQuery={query} />
          </div>
        </details>
      </div>
      <nav id={navigation} tabIndex={-1} aria-label="Sections" className="section-nav">
        <ul>
          <li>
            <NavLink to={homePath} end>
              Front page
            </NavLink>
          </li>
          {site.sections.map((section) => (
            <li key={section.id}>
              <NavLink to={sectionPath(section.id)}>{section.name}</NavLink>
            </li>
          ))}
          <li>
            <NavLink to={savedPath}>Saved</NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
