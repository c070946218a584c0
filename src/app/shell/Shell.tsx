import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import { site } from '../../content/site';
import { feedPath } from '../../lib/urls';
import { HydratedSignal } from './HydratedSignal';
import { LoadingBar } from './LoadingBar';
import { RouteAnnouncer } from './RouteAnnouncer';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLinks } from './SkipLinks';
import { UpdatePrompt } from '../onDemand';
import type { SkipTarget } from './skipTargets';

const maincontent: SkipTarget = 'maincontent';

/** The frame around every page. */
export function Shell() {
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
      {/* Before the page, so a reader meets it early in Tab order. */}
      <UpdatePrompt />
      <main id={maincontent} tabIndex={-1} className="page">
        {/* Each page's code is a chunk of its own (pageModules.ts): while it loads, the
            prerendered page stays on screen, and so does the last page on a client-side change. */}
        <Suspense>
          <Outlet />
          <HydratedSignal />
        </Suspense>
      </main>
      <SiteFooter />
      <RouteAnnouncer />
      <ScrollRestoration />
    </>
  );
}
