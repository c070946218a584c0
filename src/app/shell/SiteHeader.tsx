import { useEffect, useRef } from 'react';
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
 * them, without rebuilding them: a page change stays as quick as it was.
 */
export function SiteHeader() {
  const story = useCurrentStory();
  const location = useLocation();
  // The header's box shows the query of the results on screen, and is empty elsewhere.
  const query =
    location.pathname === searchPath ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const settings = useRef<HTMLDetailsElement>(null);
  const searchTool = useRef<HTMLDetailsElement>(null);
  // Closed on a page change only: one the reader opened before the app arrived stays open.
  const shown = useRef(location.key);
  useEffect(() => {
    if (shown.current === location.key) return;
    shown.current = location.key;
    for (const tool of [settings.current, searchTool.current]) if (tool) tool.open = false;
  }, [location.key]);
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
        <details ref={settings} className="header-tool header-settings js-only">
          <summary>Settings</summary>
          <div className="header-tool-panel">
            <ReaderPreferences />
          </div>
        </details>
        <details ref={searchTool} className="header-tool header-search">
          <summary>Search</summary>
          <div className="header-tool-panel">
            {/* A new query on screen starts the box afresh with it. */}
            <SearchForm key={query} id={search} defaultQuery={query} />
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
