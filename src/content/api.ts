import {
  dataPaths,
  type OffersPage,
  type SectionList,
  type StoryList,
  type StoryPage,
} from './payloads';

// How pages get their data: fetched from the JSON the build wrote, or, while prerendering,
// handed over from memory. Pages call these functions and never touch JSON themselves.

export class NotFoundError extends Error {
  constructor(readonly path: string) {
    super(`Not found: ${path}`);
    this.name = 'NotFoundError';
  }
}

type DataSource = (path: string, signal?: AbortSignal) => Promise<unknown>;

const fetchSource: DataSource = async (path) => {
  const response = await fetch(path);
  if (response.status === 404) throw new NotFoundError(path);
  if (!response.ok) throw new Error(`Could not load ${path}: HTTP ${response.status}`);
  return response.json();
};

let source: DataSource = fetchSource;

/** Where payloads come from now: over HTTP, or from the prerender's memory. */
export const dataSource = (path: string) => source(path);

/** Lets the prerender serve payloads from memory instead of over HTTP (and tests control it). */
export function setDataSource(next: DataSource): void {
  source = next;
  cache.clear();
}

// Recently used payloads stay in memory, so a story fetched when its link was hovered, or
// visited a moment ago, shows at once. Bounded, so a long reading session does not grow it.
const cache = new Map<string, Promise<unknown>>();
const cacheLimit = 40;

function cached(path: string): Promise<unknown> {
  const hit = cache.get(path);
  if (hit) {
    cache.delete(path);
    cache.set(path, hit);
    return hit;
  }
  // Not tied to one navigation's abort signal: a prefetch and the click after it share one request.
  const loading = source(path).catch((error: unknown) => {
    cache.delete(path);
    throw error;
  });
  cache.set(path, loading);
  const oldest = cache.keys().next();
  if (cache.size > cacheLimit && !oldest.done) cache.delete(oldest.value);
  return loading;
}

// The payloads were checked against the schema when the build wrote them.
export const load = <T>(path: string) => cached(path) as Promise<T>;

export const loadStory = (slug: string) => load<StoryPage>(dataPaths.story(slug));
export const loadHome = (page: number) => load<StoryList>(dataPaths.home(page));
export const loadSection = (id: string, page: number) =>
  load<SectionList>(dataPaths.section(id, page));
export const loadOffers = () => load<OffersPage>(dataPaths.offers());
