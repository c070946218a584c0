import { data, redirect, type LoaderFunctionArgs } from 'react-router-dom';
import {
  NotFoundError,
  loadHome,
  loadOffers,
  loadSection,
  loadStory,
  searchStories,
} from '../content/api';
import { site } from '../content/site';
import { today } from '../lib/today';
import { isNewsletterPlacement, isSignupError, parseToken } from '../lib/newsletterSignup';
import { isPlacement, parsePage, parseSlug } from '../lib/urls';

// Loaders return plain data; a missing page becomes a 404 the page error boundary shows.

const notFound = () => data('Not found', { status: 404 });

async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) throw notFound();
    throw error;
  }
}

/**
 * Page 1 of a list has only its plain address (a static host could not redirect `/page/1`),
 * so `/page/1`, like any nonsense page number, is a 404.
 */
function listPage(params: LoaderFunctionArgs['params']): number {
  if (params.page === undefined) return 1;
  const page = parsePage(params.page);
  if (page === undefined || page === 1) throw notFound();
  return page;
}

export const homeLoader = ({ params }: LoaderFunctionArgs) =>
  orNotFound(loadHome(listPage(params)));

export const sectionLoader = ({ params }: LoaderFunctionArgs) => {
  const section = site.sections.find((s) => s.id === params.section);
  if (!section) throw notFound();
  return orNotFound(loadSection(section.id, listPage(params)));
};

export const storyLoader = async ({ params }: LoaderFunctionArgs) => {
  // Not a slug (`index.html`, an encoded path): no story by that name is asked for.
  const slug = parseSlug(params.slug);
  if (!slug) throw notFound();
  const page = await orNotFound(loadStory(slug));
  // A story reached under the wrong section moves to its one stable address.
  if (page.story.section.id !== params.section) throw redirect(page.story.url);
  return page;
};

export const offersLoader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const placement = url.searchParams.get('placement');
  const slug = parseSlug(url.searchParams.get('story'));
  const [offers, storyPage] = await Promise.all([
    loadOffers(),
    // An unknown or unloadable story is simply not mentioned: the offers still show.
    slug ? loadStory(slug).catch(() => undefined) : undefined,
  ]);
  return {
    ...offers,
    context: {
      placement: isPlacement(placement) ? placement : undefined,
      story: storyPage?.story.slug,
    },
    from: storyPage && { headline: storyPage.story.headline, url: storyPage.story.url },
    // Decided here, for the day the loader runs: at build time, then again in the browser.
    today: today(site.timeZone),
    search: url.search,
  };
};

export const searchLoader = async ({ request }: LoaderFunctionArgs) => {
  const params = new URL(request.url).searchParams;
  const query = params.get('q')?.trim() ?? '';
  // A page number that is not one (or is missing) means the first page.
  const page = parsePage(params.get('page') ?? undefined) ?? 1;
  if (!query) return { query, page, results: undefined };
  return { query, page, results: await searchStories(query, page) };
};

export const notFoundLoader = () => {
  throw notFound();
};

/**
 * The sign-up page: a refused sign-up to show (`?error=&email=&placement=&story=`). The sign-up
 * service sends a refused no-JavaScript sign-up here and renders that page itself
 * (server/pages.ts), so its HTML and hydration data already hold the refusal.
 */
export const newsletterLoader = ({ request }: LoaderFunctionArgs) => {
  const query = new URL(request.url).searchParams;
  const error = query.get('error');
  const placement = query.get('placement');
  return {
    refused: isSignupError(error)
      ? {
          error,
          // What the reader typed, kept so they can correct it; never longer than a field holds.
          email: (query.get('email') ?? '').slice(0, 320),
          placement: isNewsletterPlacement(placement) ? placement : undefined,
          story: parseSlug(query.get('story')),
        }
      : undefined,
  };
};

/** The unsubscribe page: the token from the link in a newsletter email (`?token=`). */
export const unsubscribeLoader = ({ request }: LoaderFunctionArgs) => ({
  token: parseToken(new URL(request.url).searchParams.get('token')),
});
