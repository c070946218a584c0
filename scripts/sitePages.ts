import type { Content } from '../src/content/validate';
import { homePath, searchPath, sectionPath, storyPath, subscribePath } from '../src/lib/urls';

export interface SitePage {
  url: string;
  /** Where the prerendered HTML goes, relative to dist/. */
  file: string;
  status: number;
}

const page = (url: string): SitePage => ({
  url,
  file: url === '/' ? 'index.html' : `${url.slice(1)}/index.html`,
  status: 200,
});

/** Every URL the site has, in the order a reader would meet them. */
export function sitePages(content: Content): SitePage[] {
  return [
    page(homePath),
    ...content.site.sections.map((s) => page(sectionPath(s.id))),
    ...content.articles.map((a) => page(storyPath(a.section, a.slug))),
    page(searchPath),
    page(subscribePath),
    { url: '/404', file: '404.html', status: 404 },
  ];
}
