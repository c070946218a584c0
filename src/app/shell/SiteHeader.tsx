import { Link, NavLink } from 'react-router-dom';
import { site } from '../../content/site';
import { useCurrentStory } from './useCurrentStory';
import { ReaderPreferences } from '../onDemand';
import { SearchForm } from '../../features/search/SearchForm';
import { homePath, savedPath, sectionPath, subscribeHref } from '../../lib/urls';
import type { SkipTarget } from './skipTargets';

const navigation: SkipTarget = 'navigation';
const search: SkipTarget = 'search';

export function SiteHeader() {
  const story = useCurrentStory();
  return (
    <header className="site-header">
      <div className="masthead">
        <Link to={homePath} className="masthead-name">
          {site.name}
        </Link>
        <p className="masthead-tagline">{site.tagline}</p>
        <Link to={subscribeHref({ placement: 'header', story })} className="button subscribe-link">
          Subscribe
        </Link>
        {/* After Subscribe in the tab order; shown once hydrated, as it needs JavaScript. */}
        <ReaderPreferences />
      </div>
      <div className="header-bar">
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
        <SearchForm id={search} />
      </div>
    </header>
  );
}
