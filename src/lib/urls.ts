// Every page URL on the site is built here, so links, the prerender and the sitemap agree.

export const homePath = '/';
export const searchPath = '/search';
export const subscribePath = '/subscribe';
export const offlinePath = '/offline';
export const savedPath = '/saved';

export function sectionPath(section: string): string {
  return `/${section}`;
}

/** Lists run to pages: page 1 at the plain address, later ones under /page/N. */
export function homePagePath(page: number): string {
  return page <= 1 ? homePath : `/page/${String(page)}`;
}

export function sectionPagePath(section: string, page: number): string {
  return page <= 1 ? sectionPath(section) : `/${section}/page/${String(page)}`;
}

/** A list page number from a URL: a whole number from 2 up, written plainly. */
export function parsePage(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-9][0-9]{0,5}$/.test(value)) return undefined;
  return Number(value);
}

export function storyPath(section: string, slug: string): string {
  return `/${section}/${slug}`;
}

/** Where a subscribe link stands on the page: carried to the checkout for the newsroom's analytics. */
const placements = ['header', 'inline', 'sidebar', 'footer'] as const;
export type Placement = (typeof placements)[number];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isPlacement(value: string | null | undefined): value is Placement {
  return placements.some((p) => p === value);
}

/** A story slug from a URL, or undefined when it is missing or could not be one. */
export function parseSlug(value: string | null | undefined): string | undefined {
  return value && value.length <= 200 && slugPattern.test(value) ? value : undefined;
}

export interface SubscribeContext {
  placement?: Placement | undefined;
  story?: string | undefined;
}

/** `/subscribe?placement=…&story=…`, built with the URL API so nothing is ever mis-encoded. */
export function subscribeHref({ placement, story }: SubscribeContext = {}): string {
  const url = new URL(subscribePath, 'https://site.invalid');
  if (placement) url.searchParams.set('placement', placement);
  if (story) url.searchParams.set('story', story);
  return `${url.pathname}${url.search}`;
}

/** RSS feeds: every story at /rss.xml, each section's at /<section>/rss.xml. */
export function feedPath(section?: string): string {
  return section ? `/${section}/rss.xml` : '/rss.xml';
}

/** A search's address: `/search?q=…`, and `&page=N` from page 2 on. */
export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `${searchPath}?${params.toString()}`;
}

/** The newsletter's own pages: sign-up (with an error to show), thanks, unsubscribe and done. */
export const newsletterPath = '/newsletter';
export const newsletterThanksPath = '/newsletter/thanks';
export const unsubscribePath = '/newsletter/unsubscribe';
export const unsubscribedPath = '/newsletter/unsubscribed';

/** The sign-up page showing why a sign-up was refused, with what the reader typed kept. */
export function newsletterRetryHref(error: string, email?: string): string {
  const params = new URLSearchParams({ error });
  if (email) params.set('email', email);
  return `${newsletterPath}?${params.toString()}`;
}

/** The link in every newsletter email: a page that asks before it unsubscribes anyone. */
export function unsubscribeHref(token: string): string {
  return `${unsubscribePath}?${new URLSearchParams({ token }).toString()}`;
}

/**
 * Sign-up pages whose content depends on their query (an error to show with the address kept,
 * an unsubscribe token) are rendered by the sign-up service (server/pages.ts), so they work without JavaScript;
 * the same pages without a query are the prerendered files. vite preview and nginx route by
 * this rule (matched against the path and query).
 */
export const serviceRenderedPage = /^\/newsletter(?:\/unsubscribe)?\/?\?./;
