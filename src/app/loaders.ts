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
  const page = await orNotFound(loadStory(params.slug ?? ''));
  // A story reached under the wrong section moves to its one stable address.
  if (page.article.section !== params.section) throw redirect(page.article.url);
  return page;
};

export const offersLoader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const placement = url.searchParams.get('placement');
  const slug = parseSlug(url.searchParams.get('story'));
  const [offers, story] = await Promise.all([
    loadOffers(),
    // An unknown or unloadable story is simply not mentioned: the offers still show.
    slug ? loadStory(slug).catch(() => undefined) : undefined,
  ]);
  return {
    ...offers,
    context: {
      placement: isPlacement(placement) ? placement : undefined,
      story: story?.article.slug,
    },
    from: story && { headline: story.article.headline, url: story.article.url },
    // Decided here, for the day the loader runs: at build time, then again in the browser.
    today: today(site.timeZone),
    search: url.search,
  };
};

export const searchLoader = async ({ request }: LoaderFunctionArgs) => {
  const query = new URL(request.url).searchParams.get('q')?.trim() ?? '';
  if (!query) return { query, hits: [] };
  return { query, hits: await searchStories(query) };
};
// The prerendered /search page has no query: in the browser, run the loader for the real URL.
searchLoader.hydrate = true as const;

export const notFoundLoader = () => {
  throw notFound();
};
