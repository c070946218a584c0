// Every page URL on the site is built here, so links, the prerender and the sitemap agree.

export const homePath = '/';
export const searchPath = '/search';
export const subscribePath = '/subscribe';

export function sectionPath(section: string): string {
  return `/${section}`;
}

export function storyPath(section: string, slug: string): string {
  return `/${section}/${slug}`;
}

export function searchHref(query: string): string {
  const params = new URLSearchParams({ q: query });
  return `${searchPath}?${params.toString()}`;
}
