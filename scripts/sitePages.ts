import type { Content } from '../src/content/validate';
import { listPageSize } from '../src/content/payloads';
import {
  homePagePath,
  newsletterPath,
  newsletterThanksPath,
  offlinePath,
  savedPath,
  searchPath,
  sectionPagePath,
  storyPath,
  subscribePath,
  unsubscribedPath,
  unsubscribePath,
} from '../src/lib/urls';

export interface SitePage {
  url: string;
  /** Where the prerendered HTML goes, relative to dist/. */
  file: string;
  status: number;
  /** Listed in sitemap.xml: the front page, sections and stories. */
  indexable: boolean;
}

const page = (url: string, indexable = true): SitePage => ({
  url,
  file: url === '/' ? 'index.html' : `${url.slice(1)}/index.html`,
  status: 200,
  indexable,
});

/** Page numbers of a list of `count` stories (at least page 1). */
const pages = (count: number) =>
  Array.from({ length: Math.max(1, Math.ceil(count / listPageSize)) }, (_, i) => i + 1);

/** Every URL the site has, in the order a reader would meet them. */
export function sitePages(content: Content): SitePage[] {
  return [
    ...pages(content.stories.length).map((n) => page(homePagePath(n))),
    ...content.site.sections.flatMap((s) =>
      pages(content.stories.filter((a) => a.section === s.id).length).map((n) =>
        page(sectionPagePath(s.id, n)),
      ),
    ),
    ...content.stories.map((a) => page(storyPath(a.section, a.slug))),
    page(searchPath, false),
    page(subscribePath, false),
    page(savedPath, false),
    page(newsletterPath, false),
    page(newsletterThanksPath, false),
    page(unsubscribePath, false),
    page(unsubscribedPath, false),
    page(offlinePath, false),
    { url: '/404', file: '404.html', status: 404, indexable: false },
  ];
}
