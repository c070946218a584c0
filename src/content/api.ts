import {
  dataPaths,
  type OffersPayload,
  type SectionListPayload,
  type StoryListPayload,
  type StoryPayload,
} from './payloads';
import type { SearchOutcome } from './searchEngine';

export type { SearchOutcome } from './searchEngine';

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
const load = <T>(path: string) => cached(path) as Promise<T>;

export const loadStory = (slug: string) => load<StoryPayload>(dataPaths.story(slug));
export const loadHome = (page: number) => load<StoryListPayload>(dataPaths.home(page));
export const loadSection = (id: string, page: number) =>
  load<SectionListPayload>(dataPaths.section(id, page));
export const loadOffers = () => load<OffersPayload>(dataPaths.offers());

// Search code and index load only when a reader searches (or opens the search page), and stay
// for the next query.
let engine: Promise<typeof import('./searchEngine')> | undefined;
const searchEngine = () => (engine ??= import('./searchEngine'));

/** Page `page` (from 1) of the stories matching `query`, best first, with the exact count. */
export async function searchStories(query: string, page = 1): Promise<SearchOutcome> {
  const { runSearch } = await searchEngine();
  return runSearch(query, page, source);
}

/** Starts loading the search code and the index's manifest, so the first query answers sooner. */
export function prepareSearch(): void {
  searchEngine()
    .then(({ prepareSearch: prepare }) => prepare(source))
    .catch(() => undefined);
}
