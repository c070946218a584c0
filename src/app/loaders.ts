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

export const homeLoader = ({ request }: LoaderFunctionArgs) => loadHome(request.signal);

export const sectionLoader = ({ params, request }: LoaderFunctionArgs) => {
  const section = site.sections.find((s) => s.id === params.section);
  if (!section) throw notFound();
  return orNotFound(loadSection(section.id, request.signal));
};

export const storyLoader = async ({ params, request }: LoaderFunctionArgs) => {
  const page = await orNotFound(loadStory(params.slug ?? '', request.signal));
  // A story reached under the wrong section moves to its one stable address.
  if (page.article.section !== params.section) throw redirect(page.article.url);
  return page;
};

export const offersLoader = ({ request }: LoaderFunctionArgs) => loadOffers(request.signal);

export const searchLoader = async ({ request }: LoaderFunctionArgs) => {
  const query = new URL(request.url).searchParams.get('q')?.trim() ?? '';
  if (!query) return { query, hits: [] };
  return { query, hits: await searchStories(query, request.signal) };
};
// The prerendered /search page has no query: in the browser, run the loader for the real URL.
searchLoader.hydrate = true as const;

export const notFoundLoader = () => {
  throw notFound();
};
