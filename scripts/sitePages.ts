import type { Content } from '../src/content/validate';
import { savedPath } from '../src/features/saved/savedPath';
import { homePath, searchPath, sectionPath, storyPath, subscribePath } from '../src/lib/urls';

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

/** Every URL the site has, in the order a reader would meet them. */
export function sitePages(content: Content): SitePage[] {
  return [
    page(homePath),
    ...content.site.sections.map((s) => page(sectionPath(s.id))),
    ...content.articles.map((a) => page(storyPath(a.section, a.slug))),
    page(searchPath, false),
    page(subscribePath, false),
    page(savedPath, false),
    { url: '/404', file: '404.html', status: 404, indexable: false },
  ];
}
