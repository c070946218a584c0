import { Outlet, ScrollRestoration } from 'react-router-dom';
import { site } from '../../content/site';
import { useHydratedMarker } from '../../lib/hydration';
import { feedPath } from '../../lib/urls';
import { LoadingBar } from './LoadingBar';
import { RouteAnnouncer } from './RouteAnnouncer';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLinks } from './SkipLinks';
import { UpdatePrompt } from './UpdatePrompt';
import type { SkipTarget } from './skipTargets';

const maincontent: SkipTarget = 'maincontent';

/** The frame around every page. */
export function Shell() {
  useHydratedMarker();
  return (
    <>
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${site.name}: all stories`}
        href={feedPath()}
      />
      <LoadingBar />
      <SkipLinks />
      <SiteHeader />
      <main id={maincontent} tabIndex={-1} className="page">
        <Outlet />
      </main>
      <SiteFooter />
      <RouteAnnouncer />
      <UpdatePrompt />
      <ScrollRestoration />
    </>
  );
}
